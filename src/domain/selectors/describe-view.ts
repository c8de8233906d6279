/**
 * The shared words for a view: venue names, the active filters and what public-safe hides (side and
 * voice names are voices.ts's).
 * One copy below the features, so the slide footer, the printed cover, the banner and the
 * filter chips can never describe the same view differently.
 */
import type { CableSummary, Organization, Topic, Venue } from '@/contract/schemas'
import { isPublicMarking, NO_MARKING, placeKey, placeLabel, type CorpusParagraph, type DashboardFilters } from './filter-dashboard'
import { organizationLabels } from './organization-labels'
import { VOICE_LABELS } from './voices'


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

/** How a marking filter value reads: "unmarked" for paragraphs without one. */
export const markingLabel = (marking: string) => (marking === NO_MARKING ? 'unmarked' : marking)

export interface ViewNames {
  organizations: readonly Organization[]
  topics: readonly Topic[]
  venues: readonly Venue[]
  cables: readonly Pick<CableSummary, 'id'>[]
}

const line = (singular: string, plural: string, values: string[]) => (values.length ? [`${values.length > 1 ? plural : singular}: ${values.join(', ')}`] : [])

/** One line per active filter ("Agency: MOFCOM, CIECC"), public-safe left to the caller; empty when nothing is filtered. */
export function describeFilters(filters: DashboardFilters, names: ViewNames): string[] {
  const org = organizationLabels(names.organizations)
  const topic = new Map(names.topics.map((t) => [t.id, t.label]))
  const venue = venueNamer(names.venues)
  const place = new Map(names.venues.map((v) => [placeKey(v.place), placeLabel(v.place)]))
  return [
    ...line('Cable', 'Cables', filters.cables),
    ...line('Place', 'Places', filters.places.map((id) => place.get(id) ?? id)),
    ...line('Agency', 'Agencies', filters.organizations.map((id) => org.get(id) ?? id)),
    ...line('Issue topic', 'Issue topics', filters.topics.map((id) => topic.get(id) ?? id)),
    ...line('Venue', 'Venues', filters.venues.map(venue)),
    ...line('Who says it', 'Who says it', filters.voices.map((v) => VOICE_LABELS[v])),
    ...line('Marking', 'Markings', filters.markings.map(markingLabel)),
    ...(filters.query.trim() ? [`Search: “${filters.query.trim()}”`] : []),
  ]
}

/** "07BEIJING2566 ¶18–20" style: paragraph numbers grouped under their cable, cables in the order given. */
export function formatCorpusParagraphs(paragraphs: readonly Pick<CorpusParagraph, 'cableId' | 'number'>[]): string {
  const byCable = new Map<string, number[]>()
  for (const p of paragraphs) byCable.set(p.cableId, [...(byCable.get(p.cableId) ?? []), p.number])
  return [...byCable].map(([cableId, numbers]) => `${cableId} ${formatNumbers(numbers)}`).join('; ')
}

/** "¶11" or "¶9–12" style labels for a set of paragraph numbers, in order, ranges collapsed. */
export function formatNumbers(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!
    let end = start
    while (sorted[i + 1] === end + 1) end = sorted[++i]!
    parts.push(end > start + 1 ? `${start}–${end}` : end === start + 1 ? `${start}, ${end}` : `${start}`)
  }
  return parts.length ? `¶${parts.join(', ')}` : ''
}

/**
 * What the public-safe view hides, from the cables themselves: "paragraphs marked SBU (07BEIJING2566 ¶18–20)".
 * Without the cable texts (still loading or failed) it says "sensitive paragraphs".
 */
export function describeHiddenParagraphs(paragraphs: readonly CorpusParagraph[] | undefined): string {
  const hidden = (paragraphs ?? []).filter((p) => !isPublicMarking(p.marking))
  if (hidden.length === 0) return 'sensitive paragraphs'
  const marks = [...new Set(hidden.map((p) => p.marking))]
  const which = marks.includes(null) ? 'paragraphs not marked U' : `paragraphs marked ${marks.join(' or ')}`
  return `${which} (${formatCorpusParagraphs(hidden)})`
}

/** The cables a view draws on, in the corpus's order: those its venues come from. */
export function cablesInView<C extends Pick<CableSummary, 'id'>>(venues: readonly Pick<Venue, 'cableId'>[], cables: readonly C[]): C[] {
  const ids = new Set(venues.map((v) => v.cableId))
  return cables.filter((c) => ids.has(c.id))
}

/** "07BEIJING2566" or "07BEIJING2566, 07GUANGZHOU376 and 08SHANGHAI330": the cables a view or export covers. */
export function nameCables(cables: readonly Pick<CableSummary, 'id'>[]): string {
  const ids = cables.map((c) => c.id)
  return ids.length <= 1 ? (ids[0] ?? 'no cable') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`
}
