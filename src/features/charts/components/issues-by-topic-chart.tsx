import { useId } from 'react'
import type { Issue, Topic, Venue } from '@/contract/schemas'
import { countIssuesByTopicAndVenue, type TopicVenueCount } from '@/domain/selectors/venue-counts'
import { pluralize, joinNames } from '@/lib/format'
import type { TableData } from '@/lib/csv'
import { foldNote, foldVenues, otherVenuesLabel } from '../lib/fold-venues'
import { venueNamer } from '@/domain/selectors/describe-view'
import { OTHER_VENUES_STYLE, venueStyler, type VenueStyle } from '../lib/venue-styles'
import { ChartFrame } from './chart-frame'
import { describeStyle, LegendList } from './pattern-fill'
import { StackedBars } from './stacked-bars'

const TITLE = 'Issues by topic and venue'

function issuesTakeaway(issues: readonly Issue[], rows: readonly TopicVenueCount[], label: (venueId: string) => string, foldedVenues: number): string {
  const top = rows.filter((r) => r.total === rows[0]?.total)
  const where = (row: TopicVenueCount) => [...row.byVenue.keys()].map(label)
  const lead =
    top.length === 1 && top[0]
      ? `the most common is ${top[0].topicLabel} (${pluralize(top[0].total, 'issue')}${where(top[0]).length === 1 ? `, all at ${where(top[0])[0]}` : ''})`
      : `the most common are ${joinNames(top.map((r) => r.topicLabel))} (${pluralize(top[0]?.total ?? 0, 'issue')} each)`
  return `${pluralize(issues.length, 'issue')} ${issues.length === 1 ? 'touches' : 'touch'} ${pluralize(rows.length, 'topic')}; ${lead}${foldedVenues ? `; ${foldNote(foldedVenues)}` : ''}.`
}

interface VenueSeries extends VenueStyle {
  /** Pattern id, unique on the page. */
  id: string
  /** Key of the series in the chart's rows. */
  key: string
  name: string
  count: (row: TopicVenueCount) => number
}

/** How many issues each topic has, stacked by venue; an issue with two topics counts under both. */
export function IssuesByTopicChart({ issues, topics, allVenues }: { issues: readonly Issue[]; topics: readonly Topic[]; allVenues: readonly Venue[] }) {
  const patternPrefix = useId().replaceAll(':', '')
  const rows = countIssuesByTopicAndVenue(issues, topics, allVenues)
  const allIds = allVenues.map((v) => v.id)
  const totals = new Map(allVenues.map((v) => [v.id, rows.reduce((sum, r) => sum + (r.byVenue.get(v.id) ?? 0), 0)]))
  // Every venue with issues goes in the table; the chart stacks the biggest few and one "Other venues".
  const shownVenues = allVenues.filter((v) => (totals.get(v.id) ?? 0) > 0)
  const { shown, folded } = foldVenues(totals, allIds)
  const style = venueStyler(allIds)
  const label = venueNamer(allVenues)
  const series: VenueSeries[] = shown.map((venueId, i) => ({
    id: `${patternPrefix}-${venueId}`, key: `s${i}`, name: label(venueId), ...style(venueId), count: (r) => r.byVenue.get(venueId) ?? 0,
  }))
  if (folded.length) {
    series.push({
      id: `${patternPrefix}-other-venues`, key: 'other', name: otherVenuesLabel(folded.length), ...OTHER_VENUES_STYLE,
      count: (r) => folded.reduce((sum, id) => sum + (r.byVenue.get(id) ?? 0), 0),
    })
  }
  const table: TableData = {
    caption: `${TITLE}: number of issues per topic at each venue (an issue with several topics counts under each)`,
    columns: ['Topic', ...shownVenues.map((v) => label(v.id)), 'Total'],
    rows: rows.map((r) => [r.topicLabel, ...shownVenues.map((v) => r.byVenue.get(v.id) ?? 0), r.total]),
  }
  return (
    <ChartFrame
      slug="issues-by-topic-and-venue"
      title={TITLE}
      takeaway={issuesTakeaway(issues, rows, label, folded.length)}
      citations={issues.flatMap((i) => i.citations)}
      markings={issues.flatMap((i) => i.markings)}
      table={table}
      exportNotes={[`Venues: ${series.map((s) => `${s.name} (${describeStyle(s)})`).join('; ')}`, 'An issue with several topics counts under each.']}
      emptyNote={rows.length === 0 ? 'No issues match the current filters.' : null}
      legend={<LegendList items={series} label="Venues" />}
    >
      <StackedBars rows={rows.map((r) => ({ topic: r.topicLabel, ...Object.fromEntries(series.map((s) => [s.key, s.count(r)])) }))} category="topic" series={series} widestAxis={330} rowHeight={52} />
    </ChartFrame>
  )
}
