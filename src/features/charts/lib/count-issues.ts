import type { Issue, Topic, Venue } from '@/contract/schemas'

export interface TopicVenueCount {
  topicId: string
  topicLabel: string
  /** Issues per venue id, one key for every venue given (0 where none). */
  byVenue: Record<string, number>
  total: number
}

/**
 * Issues per topic, split by venue, busiest topic first. An issue with several topics counts
 * once under each, so totals can exceed the number of issues.
 */
export function countIssuesByTopicAndVenue(issues: readonly Issue[], topics: readonly Topic[], venues: readonly Venue[]): TopicVenueCount[] {
  const rows = new Map<string, TopicVenueCount>()
  const labels = new Map(topics.map((t) => [t.id, t.label]))
  for (const issue of issues) {
    for (const topicId of new Set(issue.topicIds)) {
      let row = rows.get(topicId)
      if (!row) {
        const byVenue = Object.fromEntries(venues.map((v) => [v.id, 0]))
        const topicLabel = labels.get(topicId) ?? topicId
        rows.set(topicId, (row = { topicId, topicLabel, byVenue, total: 0 }))
      }
      row.byVenue[issue.venueId] = (row.byVenue[issue.venueId] ?? 0) + 1
      row.total++
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.topicLabel.localeCompare(b.topicLabel))
}
