/**
 * Pure selectors for the dashboard: which issues, positions, figures and events the
 * current filters keep, and how many issues each facet value would keep.
 */
import type { CableEvent, Citation, Figure, Issue, Marking, Organization, Paragraph, Position, Side, Topic, Venue } from '@/contract/schemas'

export interface DashboardFilters {
  /** Organization ids; an organization also matches its sub-organizations. */
  organizations: string[]
  topics: string[]
  venues: string[]
  sides: Side[]
  /** Paragraph markings, with 'none' for unmarked paragraphs. */
  markings: string[]
  query: string
  /** Hide SBU paragraphs and everything that rests only on them. */
  publicSafe: boolean
}

export const emptyFilters: DashboardFilters = {
  organizations: [],
  topics: [],
  venues: [],
  sides: [],
  markings: [],
  query: '',
  publicSafe: false,
}

export interface DashboardData {
  venues: Venue[]
  issues: Issue[]
  positions: Position[]
  figures: Figure[]
  events: CableEvent[]
  organizations: Organization[]
  /** The topic vocabulary; optional for callers that never show topics. */
  topics?: Topic[]
  /** Paragraph texts for full-text search; empty when the cable is not loaded. */
  paragraphs: Paragraph[]
}

export interface FilteredDashboard {
  venues: Venue[]
  issues: Issue[]
  positions: Position[]
  figures: Figure[]
  events: CableEvent[]
  /** Issues left once public-safe is applied: the "M" in "N of M issues". */
  totalIssues: number
}

export const NO_MARKING = 'none'
const markingKey = (marking: Marking) => marking ?? NO_MARKING

/** Only unclassified paragraphs may be shown in a public-safe view. */
export const isPublicMarking = (marking: Marking) => marking === 'U'

/** An item stays in a public-safe view when at least one of its paragraphs is public. */
export const restsOnPublicParagraph = (item: { markings: Marking[] }) => item.markings.some(isPublicMarking)

/**
 * Public-safe view: drop what rests only on sensitive paragraphs, and strip sensitive
 * citations from what remains, so no SBU quote survives anywhere downstream.
 */
export function redactForPublic<D extends DashboardData>(data: D): D {
  const publicParagraphs = new Set(data.paragraphs.filter((p) => isPublicMarking(p.marking)).map((p) => p.number))
  const keepCitation = (c: Citation) => publicParagraphs.has(c.paragraph)
  const redact = <T extends { markings: Marking[]; citations: Citation[] }>(items: T[]): T[] =>
    items
      .filter(restsOnPublicParagraph)
      .map((item) => ({ ...item, markings: item.markings.filter(isPublicMarking), citations: item.citations.filter(keepCitation) }))
      .filter((item) => item.citations.length > 0)
  // A topic described only from sensitive paragraphs goes too, and so does every tag naming it.
  const topics = data.topics ? redact(data.topics) : undefined
  const topicIds = topics ? new Set(topics.map((t) => t.id)) : null
  const keepTopics = <T extends { topicIds: string[] }>(item: T): T => (topicIds ? { ...item, topicIds: item.topicIds.filter((id) => topicIds.has(id)) } : item)
  const venues = redact(data.venues)
    .map((v) => ({ ...v, paragraphs: v.paragraphs.filter((n) => publicParagraphs.has(n)) }))
    .map(keepTopics)
  const venueIds = new Set(venues.map((v) => v.id))
  const issues = redact(data.issues)
    .filter((i) => venueIds.has(i.venueId))
    .map(keepTopics)
  const issueIds = new Set(issues.map((i) => i.id))
  const figures = redact(data.figures)
    .filter((f) => venueIds.has(f.venueId))
    .map((f) => ({ ...f, disputes: f.disputes.filter((d) => keepCitation(d.citation)) }))
    .map(keepTopics)
  return {
    ...data,
    venues,
    issues,
    positions: redact(data.positions).filter((p) => issueIds.has(p.issueId)),
    figures,
    events: redact(data.events)
      .filter((e) => e.venueId === null || venueIds.has(e.venueId))
      .map(keepTopics),
    organizations: redact(data.organizations),
    ...(topics ? { topics } : {}),
    paragraphs: data.paragraphs.filter((p) => publicParagraphs.has(p.number)),
  }
}

/** Selected organizations plus every organization below them (MOFCOM selects CIECC too). */
export function expandOrganizations(selected: readonly string[], organizations: readonly Organization[]): Set<string> {
  const children = new Map<string, string[]>()
  for (const org of organizations) {
    if (org.parentId) children.set(org.parentId, [...(children.get(org.parentId) ?? []), org.id])
  }
  const result = new Set<string>()
  const stack = [...selected]
  while (stack.length) {
    const id = stack.pop()!
    if (result.has(id)) continue
    result.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return result
}

/** Lower-cased, whitespace-collapsed text for matching. */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

type Dimension = 'organizations' | 'topics' | 'venues' | 'sides' | 'markings' | 'query'
const DIMENSIONS: Dimension[] = ['organizations', 'topics', 'venues', 'sides', 'markings', 'query']

/** What each issue offers to each facet, computed once per dataset and reused for every filter change. */
export interface IssueIndex {
  issue: Issue
  organizations: Set<string>
  topics: Set<string>
  sides: Set<Side>
  markings: Set<string>
  /** The issue's own words: title, summary, paraphrases and quotes. */
  text: string
  /** Cited paragraphs of the issue's own venue, searched too (not ¶1, which cites everything). */
  paragraphs: number[]
}

export function indexIssues(data: DashboardData): IssueIndex[] {
  const positionsByIssue = groupBy(data.positions, (p) => p.issueId)
  const venueParagraphs = new Map(data.venues.map((v) => [v.id, new Set(v.paragraphs)]))
  return data.issues.map((issue) => {
    const positions = positionsByIssue.get(issue.id) ?? []
    const citations = [...issue.citations, ...positions.flatMap((p) => p.citations)]
    return {
      issue,
      organizations: new Set([...issue.organizationIds, ...positions.map((p) => p.organizationId)]),
      topics: new Set(issue.topicIds),
      sides: new Set(positions.map((p) => p.side)),
      markings: new Set([...issue.markings, ...positions.flatMap((p) => p.markings)].map(markingKey)),
      text: normalizeForSearch([issue.title, issue.summary, ...positions.map((p) => p.paraphrase), ...citations.map((c) => c.quote)].join(' \u0000 ')),
      // Paragraph texts are matched once per query, not copied into every issue: at 10,000 issues that copy cost seconds.
      paragraphs: [...new Set(citations.map((c) => c.paragraph).filter((n) => venueParagraphs.get(issue.venueId)?.has(n)))],
    }
  })
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

const intersects = <T>(selected: ReadonlySet<T>, values: ReadonlySet<T> | readonly T[]) => {
  for (const value of values) if (selected.has(value)) return true
  return false
}

interface CompiledFilters {
  organizations: Set<string> | null
  topics: Set<string> | null
  venues: Set<string> | null
  sides: Set<Side> | null
  markings: Set<string> | null
  query: string
  /** Paragraphs whose text contains the query. */
  matchingParagraphs: Set<number>
}

const setOrNull = <T>(values: readonly T[]) => (values.length ? new Set(values) : null)
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

function compile(filters: DashboardFilters, data: Pick<DashboardData, 'organizations' | 'paragraphs'>): CompiledFilters {
  const query = normalizeForSearch(filters.query)
  const organizations = data.organizations
  return {
    organizations: filters.organizations.length ? expandOrganizations(filters.organizations, organizations) : null,
    topics: setOrNull(filters.topics),
    venues: setOrNull(filters.venues),
    sides: setOrNull(filters.sides),
    markings: setOrNull(filters.markings),
    query,
    matchingParagraphs: new Set(query ? data.paragraphs.filter((p) => normalizeForSearch(p.text).includes(query)).map((p) => p.number) : []),
  }
}

function issuePasses(entry: IssueIndex, f: CompiledFilters, dimension: Dimension): boolean {
  switch (dimension) {
    case 'organizations':
      return !f.organizations || intersects(f.organizations, entry.organizations)
    case 'topics':
      return !f.topics || intersects(f.topics, entry.topics)
    case 'venues':
      return !f.venues || f.venues.has(entry.issue.venueId)
    case 'sides':
      return !f.sides || intersects(f.sides, entry.sides)
    case 'markings':
      return !f.markings || intersects(f.markings, entry.markings)
    case 'query':
      return !f.query || entry.text.includes(f.query) || entry.paragraphs.some((n) => f.matchingParagraphs.has(n))
  }
}

const passesAll = (entry: IssueIndex, f: CompiledFilters, except?: Dimension) =>
  DIMENSIONS.every((d) => d === except || issuePasses(entry, f, d))

/** Applies the filters (public-safe already applied to `data` and `index`). */
export function filterDashboard(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): FilteredDashboard {
  const f = compile(filters, data)
  const issues = index.filter((entry) => passesAll(entry, f)).map((entry) => entry.issue)
  const issueIds = new Set(issues.map((i) => i.id))
  const anyFilter = DIMENSIONS.some((d) => (d === 'query' ? f.query !== '' : f[d] !== null))

  const figures = data.figures.filter((figure) => {
    const orgs = [...figure.assertedBy, ...figure.disputes.map((d) => d.organizationId)]
    const sides = new Set(data.organizations.filter((o) => orgs.includes(o.id)).map((o) => o.side))
    return (
      (!f.venues || f.venues.has(figure.venueId)) &&
      (!f.topics || intersects(f.topics, figure.topicIds)) &&
      (!f.organizations || intersects(f.organizations, orgs)) &&
      (!f.sides || intersects(f.sides, sides)) &&
      (!f.markings || intersects(f.markings, figure.markings.map(markingKey))) &&
      (!f.query || matchesText(f.query, [figure.label, figure.display, ...figure.citations.map((c) => c.quote)]))
    )
  })
  const events = data.events.filter(
    (event) =>
      (!f.venues || (event.venueId !== null && f.venues.has(event.venueId))) &&
      (!f.topics || intersects(f.topics, event.topicIds)) &&
      (!f.markings || intersects(f.markings, event.markings.map(markingKey))) &&
      // Events name no organization or side: those filters keep the events of the venues still shown.
      (!(f.organizations || f.sides) || issues.some((i) => i.venueId === event.venueId)) &&
      (!f.query || matchesText(f.query, [event.label, ...event.citations.map((c) => c.quote)])),
  )
  const shownVenueIds = new Set([...issues.map((i) => i.venueId), ...figures.map((x) => x.venueId)])
  const venues = anyFilter ? data.venues.filter((v) => shownVenueIds.has(v.id)) : data.venues

  return {
    venues,
    issues,
    positions: data.positions.filter(
      (p) => issueIds.has(p.issueId) && (!f.sides || f.sides.has(p.side)) && (!f.markings || intersects(f.markings, p.markings.map(markingKey))),
    ),
    figures,
    events,
    totalIssues: data.issues.length,
  }
}

function matchesText(query: string, fields: readonly string[]): boolean {
  return fields.some((field) => normalizeForSearch(field).includes(query))
}

export type FacetCounts = Record<Exclude<Dimension, 'query'>, Map<string, number>>

/**
 * For every facet value, how many issues would remain if it were chosen, given the
 * other facets: the usual faceted-search count, so a zero warns before the click.
 */
export function countFacets(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): FacetCounts {
  const f = compile(filters, data)
  const counts: FacetCounts = {
    organizations: new Map(),
    topics: new Map(),
    venues: new Map(),
    sides: new Map(),
    markings: new Map(),
  }
  const ancestorsOf = ancestorLookup(data.organizations)

  for (const entry of index) {
    if (passesAll(entry, f, 'organizations')) {
      // An issue counts for an organization when it involves it or any organization below it.
      const credited = new Set<string>()
      for (const id of entry.organizations) for (const a of ancestorsOf(id)) credited.add(a)
      for (const id of credited) bump(counts.organizations, id)
    }
    if (passesAll(entry, f, 'topics')) for (const id of entry.topics) bump(counts.topics, id)
    if (passesAll(entry, f, 'venues')) bump(counts.venues, entry.issue.venueId)
    if (passesAll(entry, f, 'sides')) for (const side of entry.sides) bump(counts.sides, side)
    if (passesAll(entry, f, 'markings')) for (const m of entry.markings) bump(counts.markings, m)
  }
  return counts
}

function ancestorLookup(organizations: readonly Organization[]): (id: string) => string[] {
  const parent = new Map(organizations.map((o) => [o.id, o.parentId]))
  const memo = new Map<string, string[]>()
  return function ancestors(id: string): string[] {
    const cached = memo.get(id)
    if (cached) return cached
    const chain: string[] = []
    let current: string | null | undefined = id
    while (current && !chain.includes(current)) {
      chain.push(current)
      current = parent.get(current)
    }
    memo.set(id, chain)
    return chain
  }
}

export interface VenueSlice {
  issues: Issue[]
  positions: Position[]
  figures: Figure[]
}

/** The filtered issues, positions and figures of each venue, in one pass over the data. */
export function sliceByVenue(filtered: Pick<FilteredDashboard, 'issues' | 'positions' | 'figures'>): Map<string, VenueSlice> {
  const slices = new Map<string, VenueSlice>()
  const slice = (venueId: string) => {
    let s = slices.get(venueId)
    if (!s) slices.set(venueId, (s = { issues: [], positions: [], figures: [] }))
    return s
  }
  const venueOfIssue = new Map(filtered.issues.map((i) => [i.id, i.venueId]))
  for (const issue of filtered.issues) slice(issue.venueId).issues.push(issue)
  for (const position of filtered.positions) {
    const venueId = venueOfIssue.get(position.issueId)
    if (venueId) slice(venueId).positions.push(position)
  }
  for (const figure of filtered.figures) slice(figure.venueId).figures.push(figure)
  return slices
}
