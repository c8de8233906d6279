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
  const index = viewSteps.index(visible)
  return { filters, visible, index, filtered: viewSteps.filtered(visible, index, filters), counts: viewSteps.counts(visible, index, filters) }
}

/**
 * Steps 2–4 (the issue index, the filtered view, the facet counts), each remembered for the very inputs
 * it reads: the lists (by identity: the query cache hands every reader the same arrays) and the filters
 * (by value). The browser builds them for a prerendered page's view in tasks of their own before it
 * hydrates (app/page-loaders.ts), so the hydrating render finds them done instead of computing them
 * all in one long task; the same inputs give the same result, so nothing else can change. One entry
 * per index: the latest view.
 */
export const viewSteps = {
  index(data: DashboardData): IssueIndex[] {
    const inputs = [data.positions, data.venues]
    const hit = indexes.get(data.issues)
    if (hit && sameItems(hit.inputs, inputs)) return hit.index
    const index = indexIssues(data)
    indexes.set(data.issues, { inputs, index })
    return index
  },
  filtered(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): FilteredDashboard {
    return remembered(filteredViews, index, [data.issues, data.venues, data.figures, data.events, data.positions, ...readsOfFilters(data, filters)], filters, () =>
      filterDashboard(data, index, filters),
    )
  },
  counts(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): FacetCounts {
    return remembered(facetCounts, index, readsOfFilters(data, filters), filters, () => countFacets(data, index, filters))
  },
}

interface Remembered<T> {
  inputs: readonly unknown[]
  filters: DashboardFilters
  result: T
}
const indexes = new WeakMap<readonly unknown[], { inputs: readonly unknown[]; index: IssueIndex[] }>()
const filteredViews = new WeakMap<readonly IssueIndex[], Remembered<FilteredDashboard>>()
const facetCounts = new WeakMap<readonly IssueIndex[], Remembered<FacetCounts>>()

/** What compiling the filters reads: the organizations (their tree), and the paragraphs only when there is a search. */
const readsOfFilters = (data: DashboardData, filters: DashboardFilters) => [data.organizations, filters.query.trim() === '' ? null : data.paragraphs]

function remembered<T>(
  cache: WeakMap<readonly IssueIndex[], Remembered<T>>,
  index: readonly IssueIndex[],
  inputs: readonly unknown[],
  filters: DashboardFilters,
  compute: () => T,
): T {
  const hit = cache.get(index)
  if (hit && sameItems(hit.inputs, inputs) && sameFilters(hit.filters, filters)) return hit.result
  const result = compute()
  cache.set(index, { inputs, filters, result })
  return result
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, i) => item === b[i])

function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  if (a === b) return true
  return (Object.keys(a) as (keyof DashboardFilters)[]).every((key) => {
    const x = a[key]
    const y = b[key]
    return Array.isArray(x) && Array.isArray(y) ? sameItems(x, y) : x === y
  })
}

/** Every paragraph of every cable, each with its cable id: the text the view searches and redacts. */
export function corpusParagraphs(cables: readonly Pick<Cable, 'id' | 'paragraphs'>[]): CorpusParagraph[] {
  return cables.flatMap((cable) => cable.paragraphs.map(({ number, marking, text }) => ({ cableId: cable.id, number, marking, text })))
}
