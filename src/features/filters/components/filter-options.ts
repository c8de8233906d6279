import type { CableSummary, Organization, Side, Topic, Venue } from '@/contract/schemas'
import { venueNamer } from '@/domain/selectors/describe-view'
import { VOICE_LABELS, VOICES } from '@/domain/selectors/voices'
import { placeKey, placeLabel } from '@/domain/selectors/filter-dashboard'
import { postName } from '@/domain/selectors/cables'
import { formatTimestamp } from '@/lib/format'
import type { FacetOption } from './facet-group'
import { organizationLabels } from '@/domain/selectors/organization-labels'
import { compareText } from '@/domain/compare-text'

/** One option per cable, in the corpus's order, described by who sent it and when. */
export const cableOptions = (cables: readonly CableSummary[]): FacetOption[] =>
  cables.map((c) => ({
    value: c.id,
    label: c.id,
    description: [postName(c.origin), c.sent ? formatTimestamp(c.sent) : null].filter(Boolean).join(', '),
  }))

/** One option per place the venues give, alphabetical. */
export function placeOptions(venues: readonly Venue[]): FacetOption[] {
  const places = new Map(venues.map((v) => [placeKey(v.place), placeLabel(v.place)]))
  return [...places].sort((a, b) => compareText(a[1], b[1])).map(([value, label]) => ({ value, label }))
}

/** Organizations of one side as a tree, parents first, so MOFCOM sits above CIECC. */
export function organizationOptions(organizations: readonly Organization[], side: Side, involved: ReadonlySet<string>): FacetOption[] {
  const ofSide = organizations.filter((o) => o.side === side)
  const ids = new Set(ofSide.map((o) => o.id))
  const children = new Map<string | null, Organization[]>()
  for (const org of ofSide) {
    const parent = org.parentId && ids.has(org.parentId) ? org.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), org])
  }
  const labels = organizationLabels(organizations)
  const labelOf = (org: Organization) => labels.get(org.id) ?? org.name
  const options: FacetOption[] = []
  const visit = (parent: string | null, depth: number) => {
    for (const org of (children.get(parent) ?? []).sort((a, b) => compareText(labelOf(a), labelOf(b)))) {
      if (involved.has(org.id)) options.push({ value: org.id, label: labelOf(org), depth, description: org.name })
      visit(org.id, involved.has(org.id) ? depth + 1 : depth)
    }
  }
  visit(null, 0)
  return options
}

/** In alphabetical order, like places and agencies: the data lists them in the order the cables raise them. */
export const topicOptions = (topics: readonly Topic[]): FacetOption[] =>
  topics.map((t) => ({ value: t.id, label: t.label, description: t.description })).sort((a, b) => compareText(a.label, b.label))

export function venueOptions(venues: readonly Venue[]): FacetOption[] {
  // "Embassy comment" is the title of three venues: each says which cable it is in.
  const name = venueNamer(venues)
  return venues.map((v) => ({ value: v.id, label: name(v.id), description: v.theme }))
}

export const voiceOptions = (): FacetOption[] =>
  VOICES.map((voice) => ({
    value: voice,
    label: VOICE_LABELS[voice],
    ...(voice === 'cable' ? { description: "What the cable states without naming a speaker: the post's own narration, notes and comment" } : {}),
  }))

const MARKING_LABELS: Record<string, string> = {
  U: 'U — Unclassified',
  SBU: 'SBU — Sensitive but unclassified',
  C: 'C — Confidential',
  S: 'S — Secret',
  none: 'Unmarked',
}
export const markingLabel = (marking: string) => MARKING_LABELS[marking] ?? marking

export const markingOptions = (markings: readonly string[]): FacetOption[] =>
  markings.map((m) => ({ value: m, label: markingLabel(m) }))
