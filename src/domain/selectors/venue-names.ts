import type { Venue } from '@/contract/schemas'

/** What an event or a count tied to no venue is filed under. */
export const NO_VENUE = 'Not tied to one meeting'

/**
 * What to call a venue where it is named alone (a chart's axis, lane or legend, a slide's table, a
 * filter): its title, which says who met ("Chaoyang District government"), not its theme, which reads
 * as a topic ("Silk Market", "Online copyright") and tied events to a subject the cable does not. A
 * title that several of `venues` share ("Embassy comment") carries its cable's id.
 */
export function venueNamer(venues: readonly Pick<Venue, 'id' | 'title' | 'cableId'>[]): (id: string | null) => string {
  const sharing = new Map<string, number>()
  for (const venue of venues) sharing.set(venue.title, (sharing.get(venue.title) ?? 0) + 1)
  const names = new Map(venues.map((v) => [v.id, (sharing.get(v.title) ?? 0) > 1 ? `${v.title} (${v.cableId})` : v.title]))
  return (id) => (id === null ? NO_VENUE : (names.get(id) ?? id))
}
