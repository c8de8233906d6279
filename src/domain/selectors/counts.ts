/**
 * The counts the app shows by topic, organization or cable (voices.ts counts by voice); venue-counts.ts has those by venue,
 * which only the charts and the slides show (a module of their own, so their code loads with them, not
 * with the first screen). The venue cards, the charts, the slides and the series overview read the same
 * numbers. Pure, over whatever (filtered) arrays they are given; a position reaches its venue through
 * its issue, a venue its cable.
 */
import type { Issue, Position, Venue } from '@/contract/schemas'
import { compareText } from '@/domain/compare-text'
import { atOnce, pauseDue } from './pieces'
import { voiceOf } from './voices'

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

/**
 * countPositionsByOrganizationAndCable, pausing (yield) after each piece of issues, then of positions.
 * What the cable states in its own voice is no agency's position: it is left out, not put on the post.
 */
export function* countPositionsByOrganizationAndCableInPieces(
  positions: readonly Pick<Position, 'organizationId' | 'issueId' | 'side' | 'reportingVerb'>[],
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
    if (cableId && voiceOf(position) !== 'cable') tally.add(position.organizationId, cableId)
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
