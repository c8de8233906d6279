import type { Issue, Position, Side, Venue } from '@/contract/schemas'

export { SIDES } from '@/domain/selectors/describe-view'

export interface VenueSideCount {
  venueId: string
  counts: Record<Side, number>
  total: number
}

/**
 * Positions per venue and side, in the order of `venues`. A position reaches its venue through
 * its issue; positions whose issue is not in `issues` are counted in `unplaced`, never guessed.
 */
export function countPositionsBySideAndVenue(
  positions: readonly Position[],
  issues: readonly Issue[],
  venues: readonly Venue[],
): { rows: VenueSideCount[]; unplaced: number } {
  const venueOfIssue = new Map(issues.map((i) => [i.id, i.venueId]))
  const byVenue = new Map<string, VenueSideCount>()
  let unplaced = 0
  for (const position of positions) {
    const venueId = venueOfIssue.get(position.issueId)
    if (!venueId) {
      unplaced++
      continue
    }
    let row = byVenue.get(venueId)
    if (!row) byVenue.set(venueId, (row = { venueId, counts: { US: 0, China: 0, other: 0 }, total: 0 }))
    row.counts[position.side]++
    row.total++
  }
  const order = new Map(venues.map((v, i) => [v.id, i]))
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER
  const rows = [...byVenue.values()].sort((a, b) => rank(a.venueId) - rank(b.venueId) || a.venueId.localeCompare(b.venueId))
  return { rows, unplaced }
}
