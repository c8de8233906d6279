/**
 * Views only a corpus makes possible: which problems recur in which cables, and who spoke where.
 * Pure counts over the filtered view, keyed by cable id in the corpus's order.
 */
import type { Issue, Position, Venue } from '@/contract/schemas'

export interface CableMatrixRow {
  /** A topic or organization id. */
  id: string
  /** Count per cable id (absent = 0). */
  byCable: Map<string, number>
  total: number
  /** How many cables it appears in: what "recurs" means. */
  cableCount: number
}

function matrix(pairs: Iterable<[rowId: string, cableId: string]>): CableMatrixRow[] {
  const rows = new Map<string, CableMatrixRow>()
  for (const [id, cableId] of pairs) {
    let row = rows.get(id)
    if (!row) rows.set(id, (row = { id, byCable: new Map(), total: 0, cableCount: 0 }))
    const before = row.byCable.get(cableId) ?? 0
    if (before === 0) row.cableCount++
    row.byCable.set(cableId, before + 1)
    row.total++
  }
  // Recurring first (more cables), then more issues, then id for a stable order.
  return [...rows.values()].sort((a, b) => b.cableCount - a.cableCount || b.total - a.total || a.id.localeCompare(b.id))
}

/** Issues per topic per cable: a topic counts once per issue tagged with it. */
export function issuesByTopicAndCable(issues: readonly Issue[], venues: readonly Pick<Venue, 'id' | 'cableId'>[]): CableMatrixRow[] {
  const cableOf = new Map(venues.map((v) => [v.id, v.cableId]))
  return matrix(
    issues.flatMap((issue) => {
      const cableId = cableOf.get(issue.venueId)
      return cableId ? issue.topicIds.map((topicId): [string, string] => [topicId, cableId]) : []
    }),
  )
}

/** Positions per speaking organization per cable: who said something, and where. */
export function positionsByOrganizationAndCable(
  positions: readonly Pick<Position, 'organizationId' | 'issueId'>[],
  issues: readonly Pick<Issue, 'id' | 'venueId'>[],
  venues: readonly Pick<Venue, 'id' | 'cableId'>[],
): CableMatrixRow[] {
  const cableOfVenue = new Map(venues.map((v) => [v.id, v.cableId]))
  const cableOfIssue = new Map(issues.map((i) => [i.id, cableOfVenue.get(i.venueId)]))
  return matrix(
    positions.flatMap((p) => {
      const cableId = cableOfIssue.get(p.issueId)
      return cableId ? [[p.organizationId, cableId] as [string, string]] : []
    }),
  )
}

/** Venues and issues per cable, for the series overview's "how much is in each". */
export function countByCable(
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
