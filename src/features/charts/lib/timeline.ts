import type { CableEvent, DatePrecision, PartialDate } from '@/contract/schemas'

/** The stretch the timeline draws: the run-up to the March 2007 meetings and the cable's April. */
export const TIMELINE_WINDOW = { start: Date.UTC(2006, 0, 1), end: Date.UTC(2007, 4, 1) } as const

/** The whole stretch of time a date can mean: a day, a month or a year, as [start, end) in UTC ms. */
export function partialDateSpan(date: PartialDate): { start: number; end: number } {
  const [year = 0, month = 1, day = 1] = date.value.split('-').map(Number)
  if (date.precision === 'year') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) }
  if (date.precision === 'month') return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) }
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) }
}

export interface TimelineItem {
  event: CableEvent
  start: number
  end: number
  precision: DatePrecision
  /** Sub-row within the lane, so overlapping spans never hide each other. */
  row: number
}

export interface TimelineLane {
  venueId: string | null
  items: TimelineItem[]
  rows: number
}

/** Room kept after a mark for its number label, so neighbours in a row do not collide. */
const LABEL_ROOM = 40 * 24 * 3600 * 1000

/** Greedy interval packing: each item goes to the first row whose last item ends (plus label room) before it starts. */
function packRows(items: Omit<TimelineItem, 'row'>[]): { items: TimelineItem[]; rows: number } {
  const rowEnds: number[] = []
  const packed = [...items]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((item) => {
      let row = rowEnds.findIndex((end) => end + LABEL_ROOM <= item.start)
      if (row < 0) row = rowEnds.push(0) - 1
      rowEnds[row] = item.end
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
    const span = partialDateSpan(event.date)
    if (span.start < window.start || span.end > window.end) {
      outside.push(event)
      continue
    }
    const items = lanes.get(event.venueId) ?? []
    items.push({ event, ...span, precision: event.date.precision })
    lanes.set(event.venueId, items)
  }
  const rank = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : venueOrder.indexOf(id) + 1 || Number.MAX_SAFE_INTEGER - 1)
  const sorted = [...lanes.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([venueId, items]) => ({ venueId, ...packRows(items) }))
  outside.sort((a, b) => partialDateSpan(a.date).start - partialDateSpan(b.date).start)
  return { lanes: sorted, outside }
}
