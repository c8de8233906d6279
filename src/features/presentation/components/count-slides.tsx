import { sumVoiceCounts, type TopicVenueCount, type VenueVoiceCount } from '@/domain/selectors/venue-counts'
import { VOICE_LABELS, VOICES, type Voice } from '@/domain/selectors/voices'
import { joinNames, pluralize } from '@/lib/format'
import type { DeckNames } from '../lib/deck-names'

/** A bar in CSS beside the number, so the table reads as a chart from the back of the room. */
function Bar({ value, max, voice }: { value: number; max: number; voice?: Voice }) {
  return <span className={`count-bar${voice ? ` count-bar--${voice}` : ''}`} style={{ width: `${max ? (value / max) * 5 : 0}em` }} aria-hidden="true" />
}

/** Issues per topic with the venues they were raised at; an issue with two topics counts under both. */
export function IssuesByTopicSlide({ rows, allRows, names }: { rows: TopicVenueCount[]; allRows: TopicVenueCount[]; names: DeckNames }) {
  // The takeaway and the bars' scale are the whole view's, on every part of a table split over slides.
  const max = Math.max(...allRows.map((r) => r.total))
  const leaders = allRows.filter((r) => r.total === allRows[0]?.total)
  return (
    <div className="count-slide">
      {leaders.length > 0 && (
        <p className="slide__takeaway">
          {pluralize(allRows.length, 'topic')}; most issues: {joinNames(leaders.map((r) => r.topicLabel))} ({pluralize(leaders[0]?.total ?? 0, 'issue')}
          {leaders.length > 1 ? ' each' : ''}). An issue with several topics counts under each.
        </p>
      )}
      <table className="count-table count-table--dense">
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Issues</th>
            <th scope="col">Where raised</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.topicId}>
              <th scope="row">{row.topicLabel}</th>
              <td className="count-table__number">
                <CountValue value={row.total} max={max} /> <Bar value={row.total} max={max} />
              </td>
              <td>{[...row.byVenue].map(([venueId, count]) => `${names.venue(venueId)} ${count}`).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** How many positions each side took at each venue, and how many the cable states in its own voice. */
export function PositionsByVoiceSlide({ rows, allRows, names }: { rows: VenueVoiceCount[]; allRows: VenueVoiceCount[]; names: DeckNames }) {
  const totals = sumVoiceCounts(allRows)
  const max = Math.max(...allRows.flatMap((r) => VOICES.map((voice) => r.counts[voice])))
  return (
    <div className="count-slide">
      <p className="slide__takeaway">
        In this view:{' '}
        {VOICES.filter((voice) => totals[voice] > 0)
          .map((voice) => `${VOICE_LABELS[voice]}: ${pluralize(totals[voice], 'position')}`)
          .join(' · ') || 'no positions'}
      </p>
      <table className="count-table">
        <thead>
          <tr>
            <th scope="col">Venue</th>
            {VOICES.map((voice) => (
              <th key={voice} scope="col">
                {VOICE_LABELS[voice]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.venueId}>
              <th scope="row">{names.venue(row.venueId)}</th>
              {VOICES.map((voice) => (
                <td key={voice} className="count-table__number">
                  <CountValue value={row.counts[voice]} max={max} /> <Bar value={row.counts[voice]} max={max} voice={voice} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A count as wide as the largest in the table, so that the bars after the counts start on one line. */
function CountValue({ value, max }: { value: number; max: number }) {
  return (
    <span className="count-table__value" style={{ minWidth: `${String(max).length}ch` }}>
      {value}
    </span>
  )
}
