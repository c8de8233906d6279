/**
 * Counts by venue, which only the charts and the slides show: apart from counts.ts, whose counts the
 * first screen shows, so that this code loads with the charts, not with the page.
 */
import type { Issue, Position, Topic, Venue } from '@/contract/schemas'
import { compareText } from '@/domain/compare-text'
import { noVoices, voiceOf, VOICES, type VoiceCounts } from './voices'

/** An issue's topics, each once even if the data names one twice. */
const topicsOf = (issue: Pick<Issue, 'topicIds'>) => new Set(issue.topicIds)

/** Orders ids as `ordered` lists them; ids it does not list come last, by id. */
function byListedOrder(ordered: readonly { id: string }[]): (a: string, b: string) => number {
  const rank = new Map(ordered.map((item, i) => [item.id, i]))
  const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER
  return (a, b) => at(a) - at(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** The title of what counts positions by voice (the chart, its slide): "side" would call the cable's own account a side. */
export const POSITIONS_BY_VOICE_TITLE = 'Positions at each venue, by who says them'

export interface VenueVoiceCount {
  venueId: string
  counts: VoiceCounts
  total: number
}

/** The voices' counts of `rows` added up: a chart's or slide's totals, or its folded venues'. */
export function sumVoiceCounts(rows: readonly Pick<VenueVoiceCount, 'counts'>[]): VoiceCounts {
  const sum = noVoices()
  for (const row of rows) for (const voice of VOICES) sum[voice] += row.counts[voice]
  return sum
}

/**
 * Positions per venue and voice, venues with at least one, in the order of `venues`. Positions
 * whose issue is not in `issues` (filtered out) are counted in `unplaced`, never guessed.
 */
export function countPositionsByVoiceAndVenue(
  positions: readonly Pick<Position, 'side' | 'reportingVerb' | 'issueId'>[],
  issues: readonly Pick<Issue, 'id' | 'venueId'>[],
  venues: readonly Pick<Venue, 'id'>[],
): { rows: VenueVoiceCount[]; unplaced: number } {
  const venueOfIssue = new Map(issues.map((i) => [i.id, i.venueId]))
  const byVenue = new Map<string, VenueVoiceCount>()
  let unplaced = 0
  for (const position of positions) {
    const venueId = venueOfIssue.get(position.issueId)
    if (venueId === undefined) {
      unplaced++
      continue
    }
    let row = byVenue.get(venueId)
    if (!row) byVenue.set(venueId, (row = { venueId, counts: noVoices(), total: 0 }))
    row.counts[voiceOf(position)]++
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
