import { useId } from 'react'
import { CitationList } from '@/components/citation-link'
import type { CableEvent, Venue } from '@/contract/schemas'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import { EventDateText } from '@/components/date-text'
import { formatEventDate, inferredBases } from '@/lib/format'
import type { TableData } from '@/lib/csv'
import { foldNote } from '../lib/fold-venues'
import { venueLabeller } from '../lib/names'
import { foldLanes, timelineLanes, timelineTakeaway, type TimelineItem, type TimelineLane } from '../lib/timeline'
import { ChartFrame } from './chart-frame'
import { EventsTimelineSvg, type NumberedLane } from './events-timeline-svg'

const TITLE = 'Timeline of dated events, January 2006 to April 2007'
const PRECISION_NOTE =
  'A dot is an exact day; a dashed bar spans the whole month, year or range when the cable gives no more precise date. A hollow mark is a plan or a state "as of" a date, not a happening; a dotted outline is a date inferred rather than stated (the key says from what).'

/**
 * Numbers events in date order across all lanes, so the key below reads chronologically. A mark
 * standing for several events with the same span (on the Other venues lane) gets their range, "12–31";
 * the stable sort keeps those events next to each other.
 */
function numberLanes(lanes: readonly TimelineLane[]): { numbered: NumberedLane[]; ordered: TimelineItem[] } {
  const ordered = lanes
    .flatMap((l) => l.items.flatMap((item) => (item.sameSpan ?? [item.event]).map((event) => ({ ...item, event }))))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const numberOf = new Map(ordered.map((item, i) => [item.event.id, i + 1]))
  const label = (item: TimelineItem) => {
    const numbers = (item.sameSpan ?? [item.event]).map((event) => numberOf.get(event.id) ?? 0)
    const first = Math.min(...numbers)
    const last = Math.max(...numbers)
    return first === last ? String(first) : `${first}–${last}`
  }
  return { numbered: lanes.map((lane) => ({ ...lane, numbers: lane.items.map(label) })), ordered }
}

function EventLine({ event, label }: { event: CableEvent; label: (id: string | null) => string }) {
  return (
    <>
      <strong>
        <EventDateText event={event} />
      </strong>{' '}
      — {event.label} ({label(event.venueId)}) <CitationList citations={event.citations} />
    </>
  )
}

const dated = (e: CableEvent) => `${formatEventDate(e)}${inferredBases(e.start, e.end).length ? ' (inferred)' : ''}`

/** Dated events by venue inside the window; anything earlier or later is listed, not drawn. */
export function EventsTimelineChart({ events, allVenues }: { events: readonly CableEvent[]; allVenues: readonly Venue[] }) {
  const patternPrefix = useId().replaceAll(':', '')
  const venueIds = allVenues.map((v) => v.id)
  const label = venueLabeller(allVenues)
  const { lanes: venueLanes, outside } = timelineLanes(events, venueIds)
  const { lanes, folded } = foldLanes(venueLanes, venueIds)
  const { numbered, ordered } = numberLanes(lanes)
  const takeaway = timelineTakeaway({
    drawn: ordered.length,
    lanes: lanes.length,
    // Events tied to no venue are not a venue that "has the most".
    perLane: venueLanes.filter((lane) => lane.venueId !== null).map((lane) => ({ name: label(lane.venueId), count: lane.items.length })),
    outside: outside.length,
    foldNote: folded.length ? foldNote(folded.length) : null,
  })
  const table: TableData = {
    caption: `${TITLE}: every dated event, with how precise its date is`,
    columns: ['Event', 'Number on chart', 'Date', 'Date precision', 'Date inferred from', 'Venue', 'Paragraphs'],
    rows: [...ordered.map((item, i) => [item.event, i + 1] as const), ...outside.map((e) => [e, null] as const)].map(([e, n]) => [
      e.label, n ?? 'outside the timeline', formatEventDate(e), e.end && e.end.value !== e.start.value ? `${e.start.precision} to ${e.end.precision}` : e.start.precision,
      inferredBases(e.start, e.end).join('; ') || 'stated', label(e.venueId), formatParagraphs(citedParagraphs(e.citations)),
    ]),
  }
  const key = ordered.map((item, i) => `${i + 1}. ${dated(item.event)}: ${item.event.label}`)
  const outsideNotes = outside.map((e) => `Outside the timeline: ${dated(e)}: ${e.label}`)
  return (
    <ChartFrame
      slug="events-timeline"
      title={TITLE}
      takeaway={takeaway}
      citations={events.flatMap((e) => e.citations)}
      table={table}
      exportNotes={[PRECISION_NOTE, ...key, ...outsideNotes]}
      emptyNote={events.length === 0 ? 'No dated events match the current filters.' : null}
      footer={
        <div className="events-timeline__key">
          <p className="chart-card__note">{PRECISION_NOTE}</p>
          {ordered.length > 0 && (
            <ol aria-label="Events on the timeline">
              {ordered.map((item) => <li key={item.event.id} id={`event-${item.event.id}`}><EventLine event={item.event} label={label} /></li>)}
            </ol>
          )}
          {outside.length > 0 && (
            <>
              <h4>Outside the timeline</h4>
              <ul aria-label="Outside the timeline">
                {outside.map((event) => <li key={event.id} id={`event-${event.id}`}><EventLine event={event} label={label} /></li>)}
              </ul>
            </>
          )}
        </div>
      }
    >
      {lanes.length > 0 ? <EventsTimelineSvg lanes={numbered} allVenues={allVenues} patternPrefix={patternPrefix} /> : null}
    </ChartFrame>
  )
}
