import { useId } from 'react'
import { CitationList } from '@/components/citation-link'
import type { CableEvent, CableSummary, Venue } from '@/contract/schemas'
import { eventCableId } from '@/domain/selectors/filter-dashboard'
import { postName } from '@/domain/selectors/cables'
import { eventAsReported, positionLeadIn } from '@/domain/selectors/attribution'
import type { Lookups } from '@/domain/selectors/lookups'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import { EventDateText } from '@/components/date-text'
import { formatEventDate, inferredBases } from '@/lib/format'
import { formatEventDateMarked } from '@/lib/format-marked'
import type { TableData } from '@/lib/csv'
import { foldNote, MAX_SHOWN_VENUES, otherVenuesLabel } from '../lib/fold-venues'
import { venueNamer } from '@/domain/selectors/describe-view'
import { foldLanes, timelineLanes, timelineTakeaway, timelineWindow, windowBounds, type TimelineItem, type TimelineLane } from '../lib/timeline'
import { timelineLayout } from '../lib/timeline-axis'
import { useWidth } from '../lib/use-width'
import { OTHER_VENUES_STYLE, venueStyler } from '../lib/venue-styles'
import { ChartFrame } from './chart-frame'
import { EventsTimelineSvg, type NumberedLane } from './events-timeline-svg'

/** What a plan, a dotted outline or a dashed bar means; "the cable" or "the cables", as the view holds. */
const precisionNote = (several: boolean) =>
  `A dot is an exact day; a dashed bar spans the whole month, year or range when ${several ? 'a cable gives' : 'the cable gives'} no more precise date. A hollow mark is a plan or a state "as of" a date, not a happening; a dotted outline is a date inferred rather than stated (the key says from what).`

/** Width before the chart is measured (and in tests, which have no layout). */
const DEFAULT_WIDTH = 960

/**
 * Numbers events in date order across all lanes, so the key below reads chronologically. A mark
 * standing for several events with the same span (on the Other venues lane) gets their range, "12–31";
 * the stable sort keeps those events next to each other.
 */
function numberLanes(lanes: readonly TimelineLane[]): { numbered: (TimelineLane & { numbers: string[] })[]; ordered: TimelineItem[] } {
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

function EventLine({ event, said, place }: { event: CableEvent; said: (event: CableEvent) => string; place: (event: CableEvent) => string }) {
  return (
    <>
      <strong>
        <EventDateText event={event} />
      </strong>{' '}
      — {said(event)} ({place(event)}) <CitationList citations={event.citations} />
    </>
  )
}


/** "07GUANGZHOU376 · Consulate Guangzhou": a cable lane's name. */
function cableLabel(id: string, cables: readonly CableSummary[]): string {
  const post = postName(cables.find((c) => c.id === id)?.origin ?? null)
  return post ? `${id} · ${post}` : id
}

/**
 * Dated events inside a window the events themselves set (never shorter than January 2006 to
 * April 2007); anything earlier or later is listed, not drawn. Lanes are venues for one cable,
 * cables for several.
 */
export function EventsTimelineChart({ events, allVenues, cables = [], lookups }: { events: readonly CableEvent[]; allVenues: readonly Venue[]; cables?: readonly CableSummary[]; lookups: Lookups }) {
  const patternPrefix = useId().replaceAll(':', '')
  const [measureRef, width] = useWidth(DEFAULT_WIDTH)
  const venueIds = allVenues.map((v) => v.id)
  const venueLabel = venueNamer(allVenues)
  const venueCable = new Map(allVenues.map((v) => [v.id, v.cableId]))
  const cableOf = (event: CableEvent) => eventCableId(event, venueCable)
  const eventCables = new Set(events.map(cableOf))
  const byCable = eventCables.size > 1
  // Cables in the corpus's order; one the list lacks (still loading) after them, by id.
  const cableOrder = [...cables.map((c) => c.id), ...[...eventCables].filter((id): id is string => id !== null && !cables.some((c) => c.id === id)).sort()]
  const window = timelineWindow(events)
  const { from, to } = windowBounds(window)
  const title = `Timeline of dated events, ${from} to ${to}`
  const mayFold = !byCable && new Set(events.map((e) => e.venueId)).size > MAX_SHOWN_VENUES + 1
  const digits = String(Math.max(1, events.length)).length
  const layout = timelineLayout(width, window, '8'.repeat(mayFold ? 2 * digits + 1 : digits))
  const laneOrder = byCable ? cableOrder : venueIds
  const { lanes: unfolded, outside } = timelineLanes(events, laneOrder, { window, room: layout.room, cableOf: byCable ? cableOf : undefined })
  const { lanes, folded } = foldLanes(unfolded, venueIds, MAX_SHOWN_VENUES, layout.room)
  const { numbered, ordered } = numberLanes(lanes)
  const laneName = (lane: TimelineLane) => (lane.cableId ? lane.cableId : venueLabel(lane.venueId))
  const takeaway = timelineTakeaway({
    drawn: ordered.length,
    lanes: lanes.length,
    // Events tied to no venue are not a venue that "has the most".
    perLane: unfolded.filter((lane) => lane.cableId !== undefined || lane.venueId !== null).map((lane) => ({ name: laneName(lane), count: lane.items.length })),
    outside: outside.length,
    foldNote: folded.length ? foldNote(folded.length) : null,
    window,
    laneNoun: byCable ? 'cable' : 'lane',
  })
  const venueStyle = venueStyler(venueIds)
  const cableStyle = venueStyler(cableOrder)
  const drawn: NumberedLane[] = numbered.map((lane) => ({
    ...lane,
    label: lane.cableId ? cableLabel(lane.cableId, cables) : lane.foldedVenueIds ? otherVenuesLabel(lane.foldedVenueIds.length) : venueLabel(lane.venueId),
    style: lane.cableId ? cableStyle(lane.cableId) : lane.foldedVenueIds ? OTHER_VENUES_STYLE : venueStyle(lane.venueId),
  }))
  // In the key, an event names its venue, and its cable too when the view holds several.
  const eventPlace = (e: CableEvent) => (byCable ? `${cableOf(e) ?? 'no cable'}: ${venueLabel(e.venueId)}` : venueLabel(e.venueId))
  const said = (e: CableEvent) => eventAsReported(e, lookups)
  const table: TableData = {
    caption: `${title}: every dated event, with how precise its date is`,
    columns: ['Event', 'Attribution', 'Number on chart', 'Date', 'Date precision', 'Date inferred from', 'Venue', 'Cable', 'Paragraphs'],
    rows: [...ordered.map((item, i) => [item.event, i + 1] as const), ...outside.map((e) => [e, null] as const)].map(([e, n]) => [
      e.label, e.attribution ? positionLeadIn(e.attribution, lookups) : 'The cable states it', n ?? 'outside the timeline', formatEventDate(e), e.end && e.end.value !== e.start.value ? `${e.start.precision} to ${e.end.precision}` : e.start.precision,
      inferredBases(e.start, e.end).join('; ') || 'stated', venueLabel(e.venueId), cableOf(e) ?? '', formatParagraphs(citedParagraphs(e.citations)),
    ]),
  }
  const note = precisionNote(byCable)
  const key = ordered.map((item, i) => `${i + 1}. ${formatEventDateMarked(item.event)}${byCable ? ` (${cableOf(item.event)})` : ''} — ${said(item.event)}`)
  const keyLine = new Map(ordered.map((item, i) => [item.event.id, key[i]!]))
  // A date known only to its year (a "2008") can run past an edge of the span while starting within it.
  const outsideHeading = `Outside the timeline: before ${from}, after ${to}, or running past either end`
  const outsideNotes = outside.map((e) => `${outsideHeading}: ${formatEventDateMarked(e)}${byCable ? ` (${cableOf(e)})` : ''} — ${said(e)}`)
  const laneNotes = byCable ? [`One lane per cable: ${drawn.map((lane) => lane.label).join('; ')}.`] : []
  return (
    <ChartFrame
      slug="events-timeline"
      title={title}
      takeaway={takeaway}
      citations={events.flatMap((e) => e.citations)}
      markings={events.flatMap((e) => e.markings)}
      table={table}
      exportNotes={[note, ...laneNotes, ...key, ...outsideNotes]}
      emptyNote={events.length === 0 ? 'No dated events match the current filters.' : null}
      footer={
        <div className="events-timeline__key">
          <p className="chart-card__note">{note}</p>
          {ordered.length > 0 && (
            <ol aria-label="Events on the timeline">
              {ordered.map((item) => <li key={item.event.id} id={`event-${item.event.id}`}><EventLine event={item.event} said={said} place={eventPlace} /></li>)}
            </ol>
          )}
          {outside.length > 0 && (
            <>
              <h4>{outsideHeading}</h4>
              <ul aria-label="Outside the timeline">
                {outside.map((event) => <li key={event.id} id={`event-${event.id}`}><EventLine event={event} said={said} place={eventPlace} /></li>)}
              </ul>
            </>
          )}
        </div>
      }
    >
      <div ref={measureRef} className="events-timeline__measure">
        {lanes.length > 0 ? <EventsTimelineSvg lanes={drawn} window={window} layout={layout} patternPrefix={patternPrefix} describe={(e) => keyLine.get(e.id) ?? said(e)} /> : null}
      </div>
    </ChartFrame>
  )
}
