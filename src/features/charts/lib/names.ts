import type { Organization, Venue } from '@/contract/schemas'

/** The full name, for where brevity would blur who is meant (e.g. who disputes a figure). */
export function organizationFullName(id: string, organizations: readonly Organization[]): string {
  return organizations.find((o) => o.id === id)?.name ?? id
}

/** A venue's short subject ("Online copyright") for axes and lanes, where the full title would not fit. */
export function venueLabel(id: string | null, venues: readonly Venue[]): string {
  if (id === null) return 'Not tied to one meeting'
  return venues.find((v) => v.id === id)?.theme ?? id
}

/** `venueLabel` with the venues indexed once: for labelling many rows, lanes or events. */
export function venueLabeller(venues: readonly Venue[]): (id: string | null) => string {
  const themes = new Map(venues.map((v) => [v.id, v.theme]))
  return (id) => (id === null ? 'Not tied to one meeting' : (themes.get(id) ?? id))
}
