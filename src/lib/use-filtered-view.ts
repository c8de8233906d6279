import { useDeferredValue, useMemo } from 'react'
import { countFacets, filterDashboard, indexIssues, type DashboardData } from '@/domain/selectors/filter-dashboard'
import { visibleData, type View } from '@/domain/selectors/view'
import { useFilterStore } from './filter-store'

export type FilteredView<D extends DashboardData> = View<D>

/**
 * The domain's one view pipeline (buildView: public-safe, then filters), memoised step by step
 * for the current filters: the dashboard, venue page, reader, slides and exports all render from it.
 */
export function useFilteredView<D extends DashboardData>(data: D): FilteredView<D> {
  const filters = useFilterStore((s) => s.filters)
  // Typing stays responsive at 10,000 issues: the heavy filtering may lag one frame behind.
  const deferred = useDeferredValue(filters)
  const visible = useMemo(() => visibleData(data, deferred.publicSafe), [data, deferred.publicSafe])
  const index = useMemo(() => indexIssues(visible), [visible])
  const filtered = useMemo(() => filterDashboard(visible, index, deferred), [visible, index, deferred])
  const counts = useMemo(() => countFacets(visible, index, deferred), [visible, index, deferred])
  return { filters: deferred, visible, index, filtered, counts }
}
