/**
 * Every count the app shows by side, topic, venue, organization or cable, in one place: the venue
 * cards, the charts, the slides and the series overview read the same numbers. Pure, over whatever
 * (filtered) arrays they are given; a position reaches its venue through its issue, a venue its cable.
 */
import type { Issue, Position, Side, Topic, Venue } from '@/contract/schemas'
import { compareText } from '@/domain/compare-text'
import { atOnce, pauseDue } from './pieces'

export type SideCounts = Record<Side, number>

const noSides = (): SideCounts => ({ US: 0, China: 0, other: 0 })

/** An issue's topics, each once even if the data names one twice. */
const topicsOf = (issue: Pick<Issue, 'topicIds'>) => new Set(issue.topicIds)

/** Orders ids as `ordered` lists them; ids it does not list come last, by id. */
function byListedOrder(ordered: readonly { id: string }[]): (a: string, b: string) => number {
  const rank = new Map(ordered.map((item, i) => [item.id, i]))
  const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER
  return (a, b) => at(a) - at(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** How many of `positions` each side took (all three sides, 0 where none). */
export function countPositionsBySide(positions: readonly Pick<Position, 'side'>[]): SideCounts {
  const counts = noSides()
  for (const p of positions) counts[p.side]++
  return counts
}

export interface VenueSideCount {
  venueId: string
  counts: SideCounts
  total: number
}

/**
 * Positions per venue and side, venues with at least one, in the order of `venues`. Positions
 * whose issue is not in `issues` (filtered out) are counted in `unplaced`, never guessed.
 */
export function countPositionsBySideAndVenue(
  positions: readonly Pick<Position, 'side' | 'issueId'>[],
  issues: readonly Pick<Issue, 'id' | 'venueId'>[],
  venues: readonly Pick<Venue, 'id'>[],
): { rows: VenueSideCount[]; unplaced: number } {
  const venueOfIssue = new Map(issues.map((i) => [i.id, i.venueId]))
  const byVenue = new Map<string, VenueSideCount>()
  let unplaced = 0
  for (const position of positions) {
    const venueId = venueOfIssue.get(position.issueId)
    if (venueId === undefined) {
      unplaced++
      continue
    }
    let row = byVenue.get(venueId)
    if (!row) byVenue.set(venueId, (row = { venueId, counts: noSides(), total: 0 }))
    row.counts[position.side]++
    row.total++
  }
  const order = byListedOrder(venues)
  return { rows: [...byVenue.values()].sort((a, b) => order(a.venueId, b.venueId)), unplaced }
}

export interface TopicVenueCount {
  topicId: string
  /** The topic's label, or its id when `topics` does not hold it. */
  topicLabel: string
  /** Issues per venue id: only venues with at least one, in the order of `venues`. */
  byVenue: ReadonlyMap<string, number>
  total: number
}

/**
 * Issues per topic, split by venue, busiest topic first (ties by label). An issue with several
 * topics counts once under each, so the totals can exceed the number of issues.
 */
export function countIssuesByTopicAndVenue(
  issues: readonly Pick<Issue, 'venueId' | 'topicIds'>[],
  topics: readonly Pick<Topic, 'id' | 'label'>[],
  venues: readonly Pick<Venue, 'id'>[],
): TopicVenueCount[] {
  const perTopic = new Map<string, Map<string, number>>()
  for (const issue of issues) {
    for (const topicId of topicsOf(issue)) {
      const byVenue = perTopic.get(topicId) ?? new Map<string, number>()
      byVenue.set(issue.venueId, (byVenue.get(issue.venueId) ?? 0) + 1)
      perTopic.set(topicId, byVenue)
    }
  }
  const labels = new Map(topics.map((t) => [t.id, t.label]))
  const order = byListedOrder(venues)
  return [...perTopic]
    .map(([topicId, byVenue]) => ({
      topicId,
      topicLabel: labels.get(topicId) ?? topicId,
      byVenue: new Map([...byVenue].sort(([a], [b]) => order(a, b))),
      total: [...byVenue.values()].reduce((sum, n) => sum + n, 0),
    }))
    .sort((a, b) => b.total - a.total || compareText(a.topicLabel, b.topicLabel))
}

export interface CableMatrixRow {
  /** A topic or organization id. */
  readonly id: string
  /** Count per cable id (absent = 0). */
  readonly byCable: ReadonlyMap<string, number>
  readonly total: number
  /** How many cables it appears in: what "recurs" means. */
  readonly cableCount: number
}

/** A row while it is counted. Rows leave the tally read-only: one table's rows may be handed to every reader of the same lists (view.ts). */
interface RowBeingCounted {
  id: string
  byCable: Map<string, number>
  total: number
  cableCount: number
}

/**
 * Tallies (row, cable) pairs into matrix rows, one pair at a time: building a list of tuples first
 * (and a Set per issue) took twice as long at 10,000 issues and 30,000 positions, and its garbage
 * was collected inside the render that first shows the cross-cable tables.
 */
class CableMatrixTally {
  private readonly rows = new Map<string, RowBeingCounted>()

  add(id: string, cableId: string): void {
    let row = this.rows.get(id)
    if (!row) this.rows.set(id, (row = { id, byCable: new Map(), total: 0, cableCount: 0 }))
    const before = row.byCable.get(cableId) ?? 0
    if (before === 0) row.cableCount++
    row.byCable.set(cableId, before + 1)
    row.total++
  }

  /** Recurring first (more cables), then more items, then id for a stable order. */
  sorted(): CableMatrixRow[] {
    return [...this.rows.values()].sort((a, b) => b.cableCount - a.cableCount || b.total - a.total || compareText(a.id, b.id))
  }
}

/** Issues per topic per cable: which problems recur in which cables. A topic counts once per issue tagged with it. */
export const countIssuesByTopicAndCable = atOnce(countIssuesByTopicAndCableInPieces)

/** countIssuesByTopicAndCable, pausing (yield) after each piece of issues. */
export function* countIssuesByTopicAndCableInPieces(
  issues: readonly Pick<Issue, 'venueId' | 'topicIds'>[],
  venues: readonly Pick<Venue, 'id' | 'cableId'>[],
): Generator<void, CableMatrixRow[]> {
  const cableOf = new Map(venues.map((v) => [v.id, v.cableId]))
  const tally = new CableMatrixTally()
  for (let n = 0; n < issues.length; n++) {
    if (pauseDue(n)) yield
    const issue = issues[n]!
    const cableId = cableOf.get(issue.venueId)
    if (!cableId) continue
    const { topicIds } = issue
    // A topic named twice on one issue counts once (an issue has a handful: no Set needed).
    for (let i = 0; i < topicIds.length; i++) if (topicIds.indexOf(topicIds[i]!) === i) tally.add(topicIds[i]!, cableId)
  }
  return tally.sorted()
}

/** Positions per speaking organization per cable: who said something, and where. */
export const countPositionsByOrganizationAndCable = atOnce(countPositionsByOrganizationAndCableInPieces)

/** countPositionsByOrganizationAndCable, pausing (yield) after each piece of issues, then of positions. */
export function* countPositionsByOrganizationAndCableInPieces(
  positions: readonly Pick<Position, 'organizationId' | 'issueId'>[],
  issues: readonly Pick<Issue, 'id' | 'venueId'>[],
  venues: readonly Pick<Venue, 'id' | 'cableId'>[],
): Generator<void, CableMatrixRow[]> {
  const cableOfVenue = new Map(venues.map((v) => [v.id, v.cableId]))
  const cableOfIssue = new Map<string, string>()
  for (let n = 0; n < issues.length; n++) {
    if (pauseDue(n)) yield
    const issue = issues[n]!
    const cableId = cableOfVenue.get(issue.venueId)
    if (cableId) cableOfIssue.set(issue.id, cableId)
  }
  const tally = new CableMatrixTally()
  for (let n = 0; n < positions.length; n++) {
    if (pauseDue(n)) yield
    const position = positions[n]!
    const cableId = cableOfIssue.get(position.issueId)
    if (cableId) tally.add(position.organizationId, cableId)
  }
  return tally.sorted()
}

/** Venues and issues per cable, for the series overview's "how much is in each". */
export function countVenuesAndIssuesByCable(
  venues: readonly Pick<Venue, 'id' | 'cableId'>[],
  issues: readonly Pick<Issue, 'venueId'>[],
  /** Where to look up an issue's venue when `venues` is a filtered subset. */
  allVenues: readonly Pick<Venue, 'id' | 'cableId'>[] = venues,
): Map<string, { venues: number; issues: number }> {
  const counts = new Map<string, { venues: number; issues: number }>()
  const entry = (cableId: string) => counts.get(cableId) ?? counts.set(cableId, { venues: 0, issues: 0 }).get(cableId)!
  const cableOf = new Map(allVenues.map((v) => [v.id, v.cableId]))
  for (const venue of venues) entry(venue.cableId).venues++
  for (const issue of issues) {
    const cableId = cableOf.get(issue.venueId)
    if (cableId) entry(cableId).issues++
  }
  return counts
}
