/**
 * The one pipeline from data and filters to what every page shows: public-safe first (so nothing
 * sensitive reaches the filters, counts or search), then the filters. Pages get it through
 * useFilteredView, which memoises these same steps; tests call buildView directly.
 */
import type { Cable, Issue, Organization, Position, Venue } from '@/contract/schemas'
import { countIssuesByTopicAndCableInPieces, countPositionsByOrganizationAndCableInPieces, type CableMatrixRow } from './counts'
import {
  countFacetsInPieces,
  filterDashboardInPieces,
  indexIssuesInPieces,
  redactForPublic,
  sliceByVenueInPieces,
  type CorpusParagraph,
  type DashboardData,
  type DashboardFilters,
  type FacetCounts,
  type FilteredDashboard,
  type IssueIndex,
  type VenueSlice,
  viewReads,
} from './filter-dashboard'
import { involvementInPieces, type Involvement } from './involvement'
import { atOnce } from './pieces'

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
 * Steps 2–5 (the issue index, the filtered view, the facet counts, each venue's slice), and what is
 * derived from them (what the index's issues involve, the counts by cable), each remembered for the
 * very inputs it reads (for steps 2–5, viewReads, beside them in filter-dashboard.ts; the others name
 * theirs below): the lists by identity (the query cache hands every reader the same arrays, and nothing
 * changes them in place) and the filters by value. As generators that pause between pieces of work: the
 * browser builds a prerendered page's view this way, in slices, before it hydrates
 * (app/prepare-hydration.ts), so the hydrating render finds it done instead of building it in long
 * tasks; the same inputs give the same result, so nothing else can change. These are module-level caches
 * (WeakMaps keyed by the issues list, the index, the filtered view or its lists: they go with them):
 * those keyed by the data's own lists or the index hold one entry each, the latest view; the others one
 * entry per filtered view still in use.
 */
export const viewStepsInPieces = {
  index: (data: DashboardData) => remembered(indexes, data.issues, viewReads.index(data), null, () => indexIssuesInPieces(data)),
  filtered: (data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters) =>
    remembered(filteredViews, index, viewReads.filtered(data, filters), filters, () => filterDashboardInPieces(data, index, filters)),
  counts: (data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters) =>
    remembered(facetCounts, index, viewReads.counts(data, filters), filters, () => countFacetsInPieces(data, index, filters)),
  /** Each venue's share of the filtered view (the venue cards'). */
  slices: (filtered: FilteredDashboard) => remembered(venueSlices, filtered, viewReads.slices(), null, () => sliceByVenueInPieces(filtered)),
  /** The organizations and markings the index's issues involve (involvement.ts). */
  involvement: (index: readonly IssueIndex[], organizations: readonly Organization[]) =>
    remembered(involvements, index, [organizations], null, () => involvementInPieces(index, organizations)),
  /** Issues by topic and by cable, and positions by organization and by cable (counts.ts). */
  issuesByTopicAndCable: (issues: readonly Issue[], venues: readonly Venue[]) =>
    remembered(topicMatrices, issues, [venues], null, () => countIssuesByTopicAndCableInPieces(issues, venues)),
  positionsByOrganizationAndCable: (positions: readonly Position[], issues: readonly Issue[], venues: readonly Venue[]) =>
    remembered(organizationMatrices, positions, [issues, venues], null, () => countPositionsByOrganizationAndCableInPieces(positions, issues, venues)),
}

/** The same steps, each run to its end at once (the render's way). */
export const viewSteps = {
  index: atOnce(viewStepsInPieces.index),
  filtered: atOnce(viewStepsInPieces.filtered),
  counts: atOnce(viewStepsInPieces.counts),
  slices: atOnce(viewStepsInPieces.slices),
  involvement: atOnce(viewStepsInPieces.involvement),
  issuesByTopicAndCable: atOnce(viewStepsInPieces.issuesByTopicAndCable),
  positionsByOrganizationAndCable: atOnce(viewStepsInPieces.positionsByOrganizationAndCable),
}

interface Remembered<T> {
  inputs: readonly unknown[]
  filters: DashboardFilters | null
  result: T
}
const indexes = new WeakMap<object, Remembered<readonly IssueIndex[]>>()
const filteredViews = new WeakMap<object, Remembered<FilteredDashboard>>()
const facetCounts = new WeakMap<object, Remembered<FacetCounts>>()
const venueSlices = new WeakMap<object, Remembered<ReadonlyMap<string, VenueSlice>>>()
const involvements = new WeakMap<object, Remembered<Involvement>>()
const topicMatrices = new WeakMap<object, Remembered<readonly CableMatrixRow[]>>()
const organizationMatrices = new WeakMap<object, Remembered<readonly CableMatrixRow[]>>()

/** The step's remembered result for these inputs, or the step itself (its pieces yielded), remembered once done. */
function* remembered<T>(
  cache: WeakMap<object, Remembered<T>>,
  key: object,
  inputs: readonly unknown[],
  filters: DashboardFilters | null,
  pieces: () => Generator<void, T>,
): Generator<void, T> {
  const hit = cache.get(key)
  if (hit && sameItems(hit.inputs, inputs) && sameFilters(hit.filters, filters)) return hit.result
  const result = yield* pieces()
  cache.set(key, { inputs, filters, result })
  return result
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, i) => item === b[i])

/** Equal filters, field by field (over both objects' fields, so a field one of them lacks is a difference). */
function sameFilters(a: DashboardFilters | null, b: DashboardFilters | null): boolean {
  if (a === b) return true
  if (a === null || b === null) return false
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof DashboardFilters>
  return [...fields].every((field) => {
    const x = a[field]
    const y = b[field]
    return Array.isArray(x) && Array.isArray(y) ? sameItems(x, y) : x === y
  })
}

/** Every paragraph of every cable, each with its cable id: the text the view searches and redacts. */
export function corpusParagraphs(cables: readonly Pick<Cable, 'id' | 'paragraphs'>[]): CorpusParagraph[] {
  return cables.flatMap((cable) => cable.paragraphs.map(({ number, marking, text }) => ({ cableId: cable.id, number, marking, text })))
}
