import { useId } from 'react'
import { CitationList } from '@/components/citation-link'
import type { CableEvent, Venue } from '@/contract/schemas'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import { formatPartialDate, pluralize } from '@/lib/format'
import type { TableData } from '../lib/csv'
import { foldNote } from '../lib/fold-venues'
import { venueLabeller } from '../lib/names'
import { foldLanes, timelineLanes, type TimelineItem, type TimelineLane } from '../lib/timeline'
import { ChartFrame } from './chart-frame'
import { EventsTimelineSvg, type NumberedLane } from './events-timeline-svg'

const TITLE = 'Timeline of dated events, January 2006 to April 2007'
const PRECISION_NOTE = 'A dot is an exact day; a dashed bar spans the whole month or year when the cable gives no more precise date.'

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
      <strong>{formatPartialDate(event.date)}</strong> — {event.label} ({label(event.venueId)}) <CitationList citations={event.citations} />
    </>
  )
}

/** Dated events by venue inside the window; anything earlier or later is listed, not drawn. */
export function EventsTimelineChart({ events, allVenues }: { events: readonly CableEvent[]; allVenues: readonly Venue[] }) {
  const patternPrefix = useId().replaceAll(':', '')
  const venueIds = allVenues.map((v) => v.id)
  const label = venueLabeller(allVenues)
  const { lanes: venueLanes, outside } = timelineLanes(events, venueIds)
  const { lanes, folded } = foldLanes(venueLanes, venueIds)
  const { numbered, ordered } = numberLanes(lanes)
  const busiest = venueLanes.reduce<TimelineLane | undefined>((best, lane) => (lane.items.length > (best?.items.length ?? 0) ? lane : best), undefined)
  const takeaway =
    (busiest
      ? `${pluralize(ordered.length, 'dated event')} fall between January 2006 and April 2007 across ${pluralize(lanes.length, 'lane')}; the busiest is ${label(busiest.venueId)} (${busiest.items.length})${folded.length ? `; ${foldNote(folded.length)}` : ''}.`
      : 'No dated event falls between January 2006 and April 2007.') +
    (outside.length ? ` ${pluralize(outside.length, 'event')} ${outside.length === 1 ? 'lies' : 'lie'} outside the timeline.` : '')
  const table: TableData = {
    caption: `${TITLE}: every dated event, with how precise its date is`,
    columns: ['Event', 'Number on chart', 'Date', 'Date precision', 'Venue', 'Paragraphs'],
    rows: [...ordered.map((item, i) => [item.event, i + 1] as const), ...outside.map((e) => [e, null] as const)].map(([e, n]) => [
      e.label, n ?? 'outside the timeline', formatPartialDate(e.date), e.date.precision, label(e.venueId), formatParagraphs(citedParagraphs(e.citations)),
    ]),
  }
  const key = ordered.map((item, i) => `${i + 1}. ${formatPartialDate(item.event.date)}: ${item.event.label}`)
  const outsideNotes = outside.map((e) => `Outside the timeline: ${formatPartialDate(e.date)}: ${e.label}`)
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
