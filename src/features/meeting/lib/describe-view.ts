/** The current view in words, for the printed cover and the public-safe banner. */
import type { Organization, Paragraph, Side, Topic, Venue } from '@/contract/schemas'
import { isPublicMarking, NO_MARKING, type DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { formatParagraphs } from '@/lib/citations'

const SIDE_WORDS: Record<Side, string> = { US: 'United States', China: 'China', other: 'Other' }

interface Names {
  organizations: readonly Organization[]
  topics: readonly Topic[]
  venues: readonly Venue[]
}

const line = (label: string, values: string[]) => (values.length ? [`${label}: ${values.join(', ')}`] : [])

/** One line per active filter ("Agency: MOFCOM, CIECC"); empty when the whole cable is shown. */
export function describeFilters(filters: DashboardFilters, names: Names): string[] {
  const org = new Map(names.organizations.map((o) => [o.id, o.shortName ?? o.name]))
  const topic = new Map(names.topics.map((t) => [t.id, t.label]))
  const venue = new Map(names.venues.map((v) => [v.id, v.title]))
  return [
    ...line(filters.organizations.length > 1 ? 'Agencies' : 'Agency', filters.organizations.map((id) => org.get(id) ?? id)),
    ...line(filters.topics.length > 1 ? 'Issues' : 'Issue', filters.topics.map((id) => topic.get(id) ?? id)),
    ...line(filters.venues.length > 1 ? 'Venues' : 'Venue', filters.venues.map((id) => venue.get(id) ?? id)),
    ...line(filters.sides.length > 1 ? 'Sides' : 'Side', filters.sides.map((s) => SIDE_WORDS[s])),
    ...line(filters.markings.length > 1 ? 'Markings' : 'Marking', filters.markings.map((m) => (m === NO_MARKING ? 'unmarked' : m))),
    ...(filters.query.trim() ? [`Search: “${filters.query.trim()}”`] : []),
  ]
}

/**
 * What the public-safe view hides, from the cable itself: "paragraphs marked SBU (¶18–20)".
 * Without the cable text (still loading or failed) it says "sensitive paragraphs".
 */
export function describeHiddenParagraphs(paragraphs: readonly Paragraph[] | undefined): string {
  const hidden = (paragraphs ?? []).filter((p) => !isPublicMarking(p.marking))
  if (hidden.length === 0) return 'sensitive paragraphs'
  const marks = [...new Set(hidden.map((p) => p.marking))]
  const which = marks.includes(null) ? 'paragraphs not marked U' : `paragraphs marked ${marks.join(' or ')}`
  return `${which} (${formatParagraphs(hidden.map((p) => p.number))})`
}
