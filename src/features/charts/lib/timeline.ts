import type { CableEvent, DatePrecision, EventKind, PartialDate } from '@/contract/schemas'
import { joinNames, pluralize } from '@/lib/format'
import { foldVenues, MAX_SHOWN_VENUES } from './fold-venues'

export interface TimelineWindow {
  /** First instant drawn (the 1st of a month), UTC ms. */
  start: number
  /** First instant not drawn (the 1st of the month after the last month drawn), UTC ms. */
  end: number
}

/**
 * The least the timeline draws: the run-up to 07BEIJING2566's March 2007 meetings and its April.
 * A view of that cable alone draws exactly this; a wider view stretches it.
 */
export const TIMELINE_WINDOW: TimelineWindow = { start: Date.UTC(2006, 0, 1), end: Date.UTC(2007, 4, 1) }

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const firstOfNextMonth = (time: number) => {
  const d = new Date(time)
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
  return first === time ? time : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
}

/**
 * The window a set of events needs: from January of the earliest year (2006 or later) an event
 * starts in, to the end of the month of the latest event's end. A date known only to the year
 * (a plan "in 2008") does not stretch the window by itself; it is drawn if it fits, else listed.
 * Whenever the window reaches back before May 2007 it covers all of `TIMELINE_WINDOW`, so no
 * view is drawn on a shorter stretch than 07BEIJING2566's.
 */
export function timelineWindow(events: readonly Pick<CableEvent, 'start' | 'end'>[]): TimelineWindow {
  const spans = events
    .map((event) => ({ ...eventSpan(event), yearEnd: (event.end ?? event.start).precision === 'year' }))
    .filter((span) => span.start >= TIMELINE_WINDOW.start)
  if (spans.length === 0) return { ...TIMELINE_WINDOW }
  const start = Date.UTC(new Date(Math.min(...spans.map((s) => s.start))).getUTCFullYear(), 0, 1)
  const precise = spans.filter((s) => !s.yearEnd)
  const latest = Math.max(...(precise.length ? precise : spans).map((s) => s.end))
  const end = firstOfNextMonth(latest)
  return start < TIMELINE_WINDOW.end ? { start: Math.min(start, TIMELINE_WINDOW.start), end: Math.max(end, TIMELINE_WINDOW.end) } : { start, end }
}

/** Months the window spans. */
export function windowMonths(window: TimelineWindow): number {
  const a = new Date(window.start)
  const b = new Date(window.end)
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
}

const monthName = (time: number) => `${MONTH_NAMES[new Date(time).getUTCMonth()]} ${new Date(time).getUTCFullYear()}`

/** The window's first and last month in words: { from: 'January 2006', to: 'August 2008' }. */
export function windowBounds(window: TimelineWindow): { from: string; to: string } {
  const last = new Date(window.end)
  return { from: monthName(window.start), to: monthName(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 1, 1)) }
}

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
  /** The lane's venue; null for events tied to no venue, for the "Other venues" lane and for cable lanes. */
  venueId: string | null
  /** Only when lanes are cables (a view of several cables): the lane's cable. */
  cableId?: string
  items: TimelineItem[]
  rows: number
  /** Only on the "Other venues" lane: the venues whose events it gathers. */
  foldedVenueIds?: string[]
}

/** Room kept after a mark for its number label, so neighbours in a row do not collide. */
const LABEL_ROOM = 40 * 24 * 3600 * 1000

/**
 * Room kept around marks, in ms of the window: after a mark for its number label, before a day's
 * dot for its radius. The chart works these out from its width, so a narrow chart keeps more time free.
 */
export interface PackRoom {
  /** After a mark, for a single number. */
  label: number
  /** Before a day's mark (a dot reaches left of its day). */
  lead: number
}
const DEFAULT_ROOM: PackRoom = { label: LABEL_ROOM, lead: 0 }

/** Greedy interval packing: each item goes to the first row whose last item ends (plus label room) before it starts. */
function packRows(items: Omit<TimelineItem, 'row'>[], room: PackRoom = DEFAULT_ROOM): { items: TimelineItem[]; rows: number } {
  /** Per row, when the room taken by its last item (mark plus label) ends. */
  const rowEnds: number[] = []
  const packed = [...items]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((item) => {
      const from = item.precision === 'day' ? item.start - room.lead : item.start
      let row = rowEnds.findIndex((end) => end <= from)
      if (row < 0) row = rowEnds.push(0) - 1
      // A range label ("12–31") needs about twice the room of a single number.
      rowEnds[row] = item.end + ((item.sameSpan?.length ?? 1) > 1 ? 2 * room.label : room.label)
      return { ...item, row }
    })
  return { items: packed, rows: rowEnds.length }
}

export interface LaneOptions {
  window?: TimelineWindow
  room?: PackRoom
  /**
   * Lanes by cable instead of by venue: each event's cable (its venue's, else its citations').
   * `laneOrder` is then the cables' order, and an event with no venue goes in its cable's lane.
   */
  cableOf?: (event: CableEvent) => string | null
}

/**
 * Splits events into lanes (one per venue, in `laneOrder`, events tied to no venue last; or one
 * per cable with `cableOf`) and those that fall, wholly or partly, outside the window; those are
 * listed, not squeezed in.
 */
export function timelineLanes(
  events: readonly CableEvent[],
  laneOrder: readonly string[],
  { window = TIMELINE_WINDOW, room, cableOf }: LaneOptions = {},
): { lanes: TimelineLane[]; outside: CableEvent[] } {
  const lanes = new Map<string | null, Omit<TimelineItem, 'row'>[]>()
  const outside: CableEvent[] = []
  for (const event of events) {
    const span = eventSpan(event)
    if (span.start < window.start || span.end > window.end) {
      outside.push(event)
      continue
    }
    const laneId = cableOf ? cableOf(event) : event.venueId
    const items = lanes.get(laneId) ?? []
    const precision = event.end && event.end.value !== event.start.value ? 'month' : event.start.precision
    items.push({ event, ...span, precision, kind: event.kind, inferred: Boolean(event.start.inferredFrom ?? event.end?.inferredFrom) })
    lanes.set(laneId, items)
  }
  const order = new Map(laneOrder.map((id, i) => [id, i]))
  const rank = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? Number.MAX_SAFE_INTEGER - 1))
  const sorted = [...lanes.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, items]): TimelineLane => (cableOf && id !== null ? { venueId: null, cableId: id, ...packRows(items, room) } : { venueId: cableOf ? null : id, ...packRows(items, room) }))
  outside.sort((a, b) => eventSpan(a).start - eventSpan(b).start)
  return { lanes: sorted, outside }
}

/**
 * Keeps a lane of its own for the `max` venues with the most events (ties by `venueOrder`) and
 * gathers the other venues' events into one "Other venues" lane after them, re-packed into rows;
 * the lane of events tied to no venue stays last. Lanes come in the order `timelineLanes` gives.
 */
export function foldLanes(lanes: readonly TimelineLane[], venueOrder: readonly string[], max = MAX_SHOWN_VENUES, room?: PackRoom): { lanes: TimelineLane[]; folded: string[] } {
  // Cable lanes are few (one per cable in view): never folded.
  if (lanes.some((lane) => lane.cableId !== undefined)) return { lanes: [...lanes], folded: [] }
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
  const other: TimelineLane = { venueId: null, ...packRows([...bySpan.values()], room), foldedVenueIds: folded }
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
  /** Events per venue (or cable) lane before folding, so "the most" names real venues or cables. */
  perLane: readonly { name: string; count: number }[]
  outside: number
  foldNote: string | null
  /** The window drawn; today's January 2006 to April 2007 when not given. */
  window?: TimelineWindow
  /** Lanes are cables: "across 5 lanes, one per cable". */
  laneNoun?: 'lane' | 'cable'
}): string {
  const { drawn, lanes, perLane, outside, foldNote, window = TIMELINE_WINDOW, laneNoun = 'lane' } = args
  const { from, to } = windowBounds(window)
  const most = Math.max(0, ...perLane.map((l) => l.count))
  const leaders = perLane.filter((l) => l.count === most).map((l) => l.name)
  const lead =
    drawn === 0
      ? `No dated event falls between ${from} and ${to}.`
      : `${pluralize(drawn, 'dated event')} ${drawn === 1 ? 'falls' : 'fall'} between ${from} and ${to} across ${pluralize(lanes, 'lane')}${laneNoun === 'cable' ? ', one per cable' : ''}` +
        (perLane.length > 1 ? `; ${leaders.length === 1 ? `${leaders[0]} has the most` : `${joinNames(leaders)} tie for the most`} (${most}${leaders.length > 1 ? ' each' : ''})` : '') +
        (foldNote ? `; ${foldNote}` : '') +
        '.'
  return outside ? `${lead} ${pluralize(outside, 'event')} ${outside === 1 ? 'lies' : 'lie'} outside the timeline.` : lead
}
