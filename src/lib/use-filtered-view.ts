import { useDeferredValue, useMemo } from 'react'
import type { DashboardData } from '@/domain/selectors/filter-dashboard'
import { viewSteps, visibleData, type View } from '@/domain/selectors/view'
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
  // viewSteps remember each step by its inputs (a prerendered page's are built before it hydrates);
  // these memos keep the steps' arguments' identity from render to render.
  const index = useMemo(() => viewSteps.index(visible), [visible])
  const filtered = useMemo(() => viewSteps.filtered(visible, index, deferred), [visible, index, deferred])
  const counts = useMemo(() => viewSteps.counts(visible, index, deferred), [visible, index, deferred])
  return { filters: deferred, visible, index, filtered, counts }
}
