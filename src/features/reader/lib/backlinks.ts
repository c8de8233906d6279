import type { CableEvent, Citation, Figure, Issue, Organization, Person, Position } from '@/contract/schemas'
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

/** A paragraph or a quote with its line breaks as spaces: quotes are matched across the cable's wrapped lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

/**
 * For each paragraph of `cableId`, the items that rest on it, each with the address of its
 * card: issues and positions on their venue page (`/venues/<venue>#issue-<issue>`), figures
 * and events on the dashboard (`/#figure-<id>`, `/#event-<id>`). `search` keeps the filters. Each
 * paragraph's links run issues, positions, figures, events, and within each in the order their quotes
 * come in `texts` (the paragraphs' words, by number), so a link sits beside its sentence.
 */
export function backlinksByParagraph(source: BacklinkSource, cableId: string, search: string, texts: ReadonlyMap<number, string> = new Map()): Map<number, Backlink[]> {
  const byParagraph = new Map<number, Backlink[]>()
  // Where in its paragraph each link's quote begins: within a kind, links follow the paragraph's sentences.
  const at = new Map<string, number>()
  const key = (n: number, link: Backlink) => `${n}:${link.kind}:${link.id}`
  const paragraphs = new Map([...texts].map(([n, text]) => [n, flat(text)]))
  const add = (citations: readonly Citation[], link: Backlink) => {
    for (const n of new Set(citations.filter((c) => c.cableId === cableId).map((c) => c.paragraph))) {
      const list = byParagraph.get(n) ?? []
      if (!list.some((l) => l.kind === link.kind && l.id === link.id)) {
        const offsets = citations.filter((c) => c.cableId === cableId && c.paragraph === n).map((c) => paragraphs.get(n)?.indexOf(flat(c.quote)) ?? -1)
        at.set(key(n, link), Math.min(...offsets.map((offset) => (offset < 0 ? Number.MAX_SAFE_INTEGER : offset))))
        list.push(link)
      }
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
  for (const [n, list] of byParagraph) list.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (at.get(key(n, a)) ?? 0) - (at.get(key(n, b)) ?? 0))
  return byParagraph
}

/**
 * A figure as its card gives it, in one line: its qualifiers, who gives it and who disputes it. A bare
 * "up to 80–90% — Share of goods …" beside the paragraph would read as a measured fact.
 */
function figureAsGiven(figure: Figure, organizations: readonly Organization[]): string {
  const name = (id: string) => organizationLabel(id, organizations)
  const missing = qualifiersNotShown(figure)
  const disputers = [...new Set(figure.disputes.map((d) => inSentence(name(d.organizationId))))]
  const disputed = disputers.length > 0 ? `; disputed by ${joinNames(disputers)}` : ''
  return `${figure.display} — ${figure.label}${missing.length > 0 ? ` (${missing.join(', ')})` : ''} (${figureSource(figure, name)}${disputed})`
}
