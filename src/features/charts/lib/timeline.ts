import type { CableEvent, DatePrecision, EventKind, PartialDate } from '@/contract/schemas'
import { joinNames, pluralize } from '@/lib/format'
import { foldVenues, MAX_SHOWN_VENUES } from './fold-venues'

/** The stretch the timeline draws: the run-up to the March 2007 meetings and the cable's April. */
export const TIMELINE_WINDOW = { start: Date.UTC(2006, 0, 1), end: Date.UTC(2007, 4, 1) } as const

/** The whole stretch of time a date can mean: a day, a month or a year, as [start, end) in UTC ms. */
export function partialDateSpan(date: PartialDate): { start: number; end: number } {
  const [year = 0, month = 1, day = 1] = date.value.split('-').map(Number)
  if (date.precision === 'year') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) }
  if (date.precision === 'month') return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) }
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) }
}

/** From the start of an event's first date to the end of its last: a range keeps both ends. */
export function eventSpan(event: Pick<CableEvent, 'start' | 'end'>): { start: number; end: number } {
  return { start: partialDateSpan(event.start).start, end: partialDateSpan(event.end ?? event.start).end }
}

export interface TimelineItem {
  event: CableEvent
  start: number
  end: number
  /** The start's precision: a day-precise single date is a dot, anything else a bar. */
  precision: DatePrecision
  kind: EventKind
  /** Either end of the date is read from elsewhere, not stated where the event is cited. */
  inferred: boolean
  /** Sub-row within the lane, so overlapping spans never hide each other. */
  row: number
  /** Only on the "Other venues" lane: every event this one mark stands for (same span), `event` first. */
  sameSpan?: CableEvent[]
}

export interface TimelineLane {
  /** The lane's venue; null for events tied to no venue, and for the "Other venues" lane. */
  venueId: string | null
  items: TimelineItem[]
  rows: number
  /** Only on the "Other venues" lane: the venues whose events it gathers. */
  foldedVenueIds?: string[]
}

/** Room kept after a mark for its number label, so neighbours in a row do not collide. */
const LABEL_ROOM = 40 * 24 * 3600 * 1000

/** Greedy interval packing: each item goes to the first row whose last item ends (plus label room) before it starts. */
function packRows(items: Omit<TimelineItem, 'row'>[]): { items: TimelineItem[]; rows: number } {
  /** Per row, when the room taken by its last item (mark plus label) ends. */
  const rowEnds: number[] = []
  const packed = [...items]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((item) => {
      let row = rowEnds.findIndex((end) => end <= item.start)
      if (row < 0) row = rowEnds.push(0) - 1
      // A range label ("12–31") needs about twice the room of a single number.
      rowEnds[row] = item.end + ((item.sameSpan?.length ?? 1) > 1 ? 2 * LABEL_ROOM : LABEL_ROOM)
      return { ...item, row }
    })
  return { items: packed, rows: rowEnds.length }
}

/**
 * Splits events into lanes (one per venue, in `venueOrder`; events tied to no venue last) and
 * those that fall, wholly or partly, outside the window; those are listed, not squeezed in.
 */
export function timelineLanes(
  events: readonly CableEvent[],
  venueOrder: readonly string[],
  window: { start: number; end: number } = TIMELINE_WINDOW,
): { lanes: TimelineLane[]; outside: CableEvent[] } {
  const lanes = new Map<string | null, Omit<TimelineItem, 'row'>[]>()
  const outside: CableEvent[] = []
  for (const event of events) {
    const span = eventSpan(event)
    if (span.start < window.start || span.end > window.end) {
      outside.push(event)
      continue
    }
    const items = lanes.get(event.venueId) ?? []
    const precision = event.end && event.end.value !== event.start.value ? 'month' : event.start.precision
    items.push({ event, ...span, precision, kind: event.kind, inferred: Boolean(event.start.inferredFrom ?? event.end?.inferredFrom) })
    lanes.set(event.venueId, items)
  }
  const order = new Map(venueOrder.map((id, i) => [id, i]))
  const rank = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? Number.MAX_SAFE_INTEGER - 1))
  const sorted = [...lanes.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([venueId, items]) => ({ venueId, ...packRows(items) }))
  outside.sort((a, b) => eventSpan(a).start - eventSpan(b).start)
  return { lanes: sorted, outside }
}

/**
 * Keeps a lane of its own for the `max` venues with the most events (ties by `venueOrder`) and
 * gathers the other venues' events into one "Other venues" lane after them, re-packed into rows;
 * the lane of events tied to no venue stays last. Lanes come in the order `timelineLanes` gives.
 */
export function foldLanes(lanes: readonly TimelineLane[], venueOrder: readonly string[], max = MAX_SHOWN_VENUES): { lanes: TimelineLane[]; folded: string[] } {
  const venueLanes = lanes.filter((lane): lane is TimelineLane & { venueId: string } => lane.venueId !== null)
  const { folded } = foldVenues(new Map(venueLanes.map((lane) => [lane.venueId, lane.items.length])), venueOrder, max)
  if (folded.length === 0) return { lanes: [...lanes], folded }
  const isFolded = new Set(folded)
  // Many venues' events share a few dates: one mark per span (numbered as a range) keeps the lane a few rows tall.
  const bySpan = new Map<string, Omit<TimelineItem, 'row'> & { sameSpan: CableEvent[] }>()
  for (const lane of venueLanes) {
    if (!isFolded.has(lane.venueId)) continue
    for (const item of lane.items) {
      const key = `${item.start}/${item.end}`
      const mark = bySpan.get(key)
      if (mark) mark.sameSpan.push(item.event)
      else bySpan.set(key, { ...item, sameSpan: [item.event] })
    }
  }
  const other: TimelineLane = { venueId: null, ...packRows([...bySpan.values()]), foldedVenueIds: folded }
  return {
    lanes: [...venueLanes.filter((lane) => !isFolded.has(lane.venueId)), other, ...lanes.filter((lane) => lane.venueId === null)],
    folded,
  }
}

/**
 * The timeline's one-sentence takeaway: how many events it draws, across how many lanes, which
 * lane has the most (every lane that ties for it), and how many lie outside the window.
 */
export function timelineTakeaway(args: {
  drawn: number
  lanes: number
  /** Events per venue lane before folding, so "the most" names real venues. */
  perLane: readonly { name: string; count: number }[]
  outside: number
  foldNote: string | null
}): string {
  const { drawn, lanes, perLane, outside, foldNote } = args
  const most = Math.max(0, ...perLane.map((l) => l.count))
  const leaders = perLane.filter((l) => l.count === most).map((l) => l.name)
  const lead =
    drawn === 0
      ? 'No dated event falls between January 2006 and April 2007.'
      : `${pluralize(drawn, 'dated event')} ${drawn === 1 ? 'falls' : 'fall'} between January 2006 and April 2007 across ${pluralize(lanes, 'lane')}` +
        (perLane.length > 1 ? `; ${leaders.length === 1 ? `${leaders[0]} has the most` : `${joinNames(leaders)} tie for the most`} (${most}${leaders.length > 1 ? ' each' : ''})` : '') +
        (foldNote ? `; ${foldNote}` : '') +
        '.'
  return outside ? `${lead} ${pluralize(outside, 'event')} ${outside === 1 ? 'lies' : 'lie'} outside the timeline.` : lead
}
