/**
 * The one pipeline from data and filters to what every page shows: public-safe first (so nothing
 * sensitive reaches the filters, counts or search), then the filters. Pages get it through
 * useFilteredView, which memoises these same steps; tests call buildView directly.
 */
import type { Cable } from '@/contract/schemas'
import {
  countFacets,
  filterDashboard,
  indexIssues,
  redactForPublic,
  type CorpusParagraph,
  type DashboardData,
  type DashboardFilters,
  type FacetCounts,
  type FilteredDashboard,
  type IssueIndex,
} from './filter-dashboard'

export interface View<D extends DashboardData> {
  filters: DashboardFilters
  /** The data after public-safe redaction, before the other filters. */
  visible: D
  index: readonly IssueIndex[]
  filtered: FilteredDashboard
  counts: FacetCounts
}

/** Step 1: what may be shown at all. */
export const visibleData = <D extends DashboardData>(data: D, publicSafe: boolean): D => (publicSafe ? redactForPublic(data) : data)

export function buildView<D extends DashboardData>(data: D, filters: DashboardFilters): View<D> {
  const visible = visibleData(data, filters.publicSafe)
  const index = indexIssues(visible)
  return { filters, visible, index, filtered: filterDashboard(visible, index, filters), counts: countFacets(visible, index, filters) }
}

/** Every paragraph of every cable, each with its cable id: the text the view searches and redacts. */
export function corpusParagraphs(cables: readonly Pick<Cable, 'id' | 'paragraphs'>[]): CorpusParagraph[] {
  return cables.flatMap((cable) => cable.paragraphs.map(({ number, marking, text }) => ({ cableId: cable.id, number, marking, text })))
}
