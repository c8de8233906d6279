import type { CableEvent, Citation, Figure, Issue, Organization, Person, Position } from '@/contract/schemas'
import { findPhrase } from '@/domain/text-ranges'
import { eventAsReported, positionLine } from '@/domain/selectors/attribution'
import { figureSource, qualifiersNotShown } from '@/domain/selectors/figures'
import { buildLookups } from '@/domain/selectors/lookups'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { inSentence } from '@/domain/selectors/prose'
import { joinNames } from '@/lib/format'
import { formatEventDateMarked } from '@/lib/format-marked'
import { routeHref } from '@/lib/routes'

export type BacklinkKind = 'issue' | 'position' | 'figure' | 'event'

export interface Backlink {
  kind: BacklinkKind
  id: string
  label: string
  href: string
}

export interface BacklinkSource {
  issues: Issue[]
  positions: Position[]
  figures: Figure[]
  events: CableEvent[]
  organizations: Organization[]
  /** For naming who spoke; without them a position names its organization only. */
  people?: Person[]
}

const ORDER: BacklinkKind[] = ['issue', 'position', 'figure', 'event']

/**
 * For each paragraph of `cableId`, the items that rest on it, each with the address of its
 * card: issues and positions on their venue page (`/venues/<venue>#issue-<issue>`), figures
 * and events on the dashboard (`/#figure-<id>`, `/#event-<id>`). `search` keeps the filters. Each
 * paragraph's links run issues, positions, figures, events, and within each in the order their quotes
 * come in `texts` (the paragraphs' words, by number), so a link sits beside its sentence.
 */
export function backlinksByParagraph(source: BacklinkSource, cableId: string, search: string, texts: ReadonlyMap<number, string> = new Map()): Map<number, Backlink[]> {
  // Each link with where in its paragraph its quote begins: within a kind, links follow the paragraph's sentences.
  const byParagraph = new Map<number, { link: Backlink; at: number }[]>()
  const add = (citations: readonly Citation[], link: Backlink) => {
    const starts = new Map<number, number>()
    for (const c of citations) {
      if (c.cableId !== cableId) continue
      const at = findPhrase(texts.get(c.paragraph) ?? '', c.quote)[0]?.start ?? Number.MAX_SAFE_INTEGER
      starts.set(c.paragraph, Math.min(at, starts.get(c.paragraph) ?? at))
    }
    for (const [n, at] of starts) {
      const list = byParagraph.get(n) ?? []
      if (!list.some((l) => l.link.kind === link.kind && l.link.id === link.id)) list.push({ link, at })
      byParagraph.set(n, list)
    }
  }
  const issues = new Map(source.issues.map((i) => [i.id, i]))
  const lookups = buildLookups({ organizations: source.organizations, people: source.people ?? [], topics: [] })

  for (const issue of source.issues) {
    add(issue.citations, { kind: 'issue', id: issue.id, label: issue.title, href: routeHref('venue', { venueId: issue.venueId }, search, `#issue-${issue.id}`) })
  }
  for (const position of source.positions) {
    const issue = issues.get(position.issueId)
    if (!issue) continue
    add(position.citations, {
      kind: 'position',
      id: position.id,
      label: positionLine(position, lookups),
      href: routeHref('venue', { venueId: issue.venueId }, search, `#issue-${issue.id}`),
    })
  }
  for (const figure of source.figures) {
    const link: Backlink = { kind: 'figure', id: figure.id, label: figureAsGiven(figure, source.organizations), href: `/${search}#figure-${figure.id}` }
    add([...figure.citations, ...figure.disputes.map((d) => d.citation)], link)
  }
  for (const event of source.events) {
    // With who reported it, as everywhere else: beside the cable's own words, a report must not read as what the cable states.
    add(event.citations, { kind: 'event', id: event.id, label: `${formatEventDateMarked(event)} — ${eventAsReported(event, lookups)}`, href: `/${search}#event-${event.id}` })
  }
  const ordered = new Map<number, Backlink[]>()
  for (const [n, list] of byParagraph) ordered.set(n, list.sort((a, b) => ORDER.indexOf(a.link.kind) - ORDER.indexOf(b.link.kind) || a.at - b.at).map((l) => l.link))
  return ordered
}

/**
 * A figure as its card gives it, in one line: its qualifiers, who gives it and who disputes it. A bare
 * "up to 80–90% — Share of goods …" beside the paragraph would read as a measured fact.
 */
function figureAsGiven(figure: Figure, organizations: readonly Organization[]): string {
  const name = (id: string) => organizationLabel(id, organizations)
  const missing = qualifiersNotShown(figure)
  const disputed = figure.disputes.length > 0 ? `; disputed by ${joinNames(figure.disputes.map((d) => inSentence(name(d.organizationId))))}` : ''
  return `${figure.display} — ${figure.label}${missing.length > 0 ? ` (${missing.join(', ')})` : ''} (${figureSource(figure, name)}${disputed})`
}
