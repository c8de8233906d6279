import { useDeferredValue, useMemo } from 'react'
import {
  countFacets,
  filterDashboard,
  indexIssues,
  redactForPublic,
  type DashboardData,
  type DashboardFilters,
  type FacetCounts,
  type FilteredDashboard,
  type IssueIndex,
} from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from './filter-store'

export interface FilteredView<D extends DashboardData> {
  /** The filters the view was computed with (may lag the store by a frame while typing). */
  filters: DashboardFilters
  /** The data after public-safe redaction, before the other filters. */
  visible: D
  index: readonly IssueIndex[]
  filtered: FilteredDashboard
  counts: FacetCounts
}

/**
 * The one pipeline from data to what is on screen — public-safe, then filters — shared by
 * the dashboard, slides and exports so they can never disagree about what is shown.
 */
export function useFilteredView<D extends DashboardData>(data: D): FilteredView<D> {
  const filters = useFilterStore((s) => s.filters)
  // Typing stays responsive at 10,000 issues: the heavy filtering may lag one frame behind.
  const deferred = useDeferredValue(filters)
  const visible = useMemo(() => (deferred.publicSafe ? redactForPublic(data) : data), [data, deferred.publicSafe])
  const index = useMemo(() => indexIssues(visible), [visible])
  const filtered = useMemo(() => filterDashboard(visible, index, deferred), [visible, index, deferred])
  const counts = useMemo(() => countFacets(visible, index, deferred), [visible, index, deferred])
  return { filters: deferred, visible, index, filtered, counts }
}
