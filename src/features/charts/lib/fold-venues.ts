import { pluralize } from '@/lib/format'

/** How many venues a chart draws on its own; the rest share one "Other venues" series, row or lane. */
export const MAX_SHOWN_VENUES = 8

/**
 * A chart with one row per venue, named on its axis, needs no colour per venue, so it draws this many
 * before folding: with the five cables' 19 venues folded to 8, "Other venues (11)" was the longest bar
 * of the chart, and read as the busiest venue.
 */
export const MAX_VENUE_ROWS = 24

export interface VenueFold {
  /** Venues drawn on their own, in `allVenueIds` order (unknown ids last, by id). */
  shown: string[]
  /** Venues folded into "Other venues", in the same order; empty when nothing is folded. */
  folded: string[]
}

/**
 * Picks the venues a chart draws: the `max` with the most items in it (ties by their place in
 * `allVenueIds`), the rest folded into one "Other venues". Venues with no items are left out;
 * nothing is folded while at most `max + 1` venues have items, since folding one venue hides it for nothing.
 */
export function foldVenues(itemsByVenue: ReadonlyMap<string, number>, allVenueIds: readonly string[], max = MAX_SHOWN_VENUES): VenueFold {
  const order = new Map(allVenueIds.map((id, i) => [id, i]))
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER
  const byOrder = (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
  const present = [...itemsByVenue].filter(([, n]) => n > 0).map(([id]) => id)
  if (present.length <= max + 1) return { shown: present.sort(byOrder), folded: [] }
  const biggest = new Set(present.sort((a, b) => (itemsByVenue.get(b) ?? 0) - (itemsByVenue.get(a) ?? 0) || byOrder(a, b)).slice(0, max))
  return { shown: present.filter((id) => biggest.has(id)).sort(byOrder), folded: present.filter((id) => !biggest.has(id)).sort(byOrder) }
}

/** The label of the folded series, row or lane: "Other venues (192)". */
export function otherVenuesLabel(count: number): string {
  return `Other venues (${count})`
}

/** Ends a takeaway when venues were folded: "192 smaller venues are grouped as Other venues". */
export function foldNote(count: number): string {
  return `${pluralize(count, 'smaller venue')} ${count === 1 ? 'is' : 'are'} grouped as Other venues`
}
