import type { Issue, Position, Side, Topic, Venue } from '@/contract/schemas'

export interface TopicRow {
  topicId: string
  label: string
  total: number
  /** Issues per venue, only venues with at least one, in the deck's venue order. */
  byVenue: { venueId: string; count: number }[]
}

/** Issues per topic (an issue with two topics counts under both), busiest first. */
export function countIssuesByTopic(issues: readonly Issue[], topics: readonly Topic[], venues: readonly Venue[]): TopicRow[] {
  const venueOrder = new Map(venues.map((v, i) => [v.id, i]))
  const rows = new Map<string, Map<string, number>>()
  for (const issue of issues) {
    for (const topicId of new Set(issue.topicIds)) {
      const byVenue = rows.get(topicId) ?? new Map<string, number>()
      byVenue.set(issue.venueId, (byVenue.get(issue.venueId) ?? 0) + 1)
      rows.set(topicId, byVenue)
    }
  }
  const rank = (id: string) => venueOrder.get(id) ?? Number.MAX_SAFE_INTEGER
  return [...rows.entries()]
    .map(([topicId, byVenue]) => ({
      topicId,
      label: topics.find((t) => t.id === topicId)?.label ?? topicId,
      total: [...byVenue.values()].reduce((a, b) => a + b, 0),
      byVenue: [...byVenue.entries()].map(([venueId, count]) => ({ venueId, count })).sort((a, b) => rank(a.venueId) - rank(b.venueId)),
    }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label))
}

export interface SideRow {
  venueId: string
  counts: Record<Side, number>
  total: number
}

/** Positions per venue and side, in the order of `venues`; a position reaches its venue through its issue. */
export function countPositionsBySide(positions: readonly Position[], issues: readonly Issue[], venues: readonly Venue[]): SideRow[] {
  const venueOfIssue = new Map(issues.map((i) => [i.id, i.venueId]))
  const rows = new Map<string, SideRow>(venues.map((v) => [v.id, { venueId: v.id, counts: { US: 0, China: 0, other: 0 }, total: 0 }]))
  for (const position of positions) {
    const row = rows.get(venueOfIssue.get(position.issueId) ?? '')
    if (!row) continue
    row.counts[position.side]++
    row.total++
  }
  return [...rows.values()].filter((row) => row.total > 0)
}
