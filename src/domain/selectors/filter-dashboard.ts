/**
 * Pure selectors for the dashboard: which issues, positions, figures and events the
 * current filters keep, and how many issues each facet value would keep.
 */
import type { CableEvent, Citation, Figure, Issue, Marking, Organization, Person, Place, Position, Topic, Venue } from '@/contract/schemas'
import { pauseDue, runToEnd } from './pieces'
import { voiceOf, type Voice } from './voices'

export interface DashboardFilters {
  /** Cable ids: the cables whose meetings are shown. */
  cables: string[]
  /** Places (a venue's city, see placeKey). */
  places: string[]
  /** Organization ids; an organization also matches its sub-organizations. */
  organizations: string[]
  topics: string[]
  venues: string[]
  /** Whose voice a position is in (voices.ts): a side, or the cable's own account. */
  voices: Voice[]
  /** Paragraph markings, with 'none' for unmarked paragraphs. */
  markings: string[]
  query: string
  /** Hide SBU paragraphs and everything that rests only on them. */
  publicSafe: boolean
}

export const emptyFilters: DashboardFilters = {
  cables: [],
  places: [],
  organizations: [],
  topics: [],
  venues: [],
  voices: [],
  markings: [],
  query: '',
  publicSafe: false,
}

/** Whether any filter narrows the view; public-safe is a handling mode, not a filter. */
export const hasActiveFilters = (filters: DashboardFilters): boolean =>
  DIMENSIONS.some((d) => (d === 'query' ? filters.query.trim() !== '' : filters[d].length > 0))

export interface DashboardData {
  venues: Venue[]
  issues: Issue[]
  positions: Position[]
  figures: Figure[]
  events: CableEvent[]
  organizations: Organization[]
  /** The topic vocabulary; optional for callers that never show topics. */
  topics?: Topic[]
  /** Paragraph texts of every cable, for full-text search and redaction; empty when the cables are not loaded. */
  paragraphs: CorpusParagraph[]
}

/** A numbered paragraph and the cable it belongs to: paragraph numbers repeat across cables. */
export interface CorpusParagraph {
  cableId: string
  number: number
  marking: Marking
  text: string
}

/** One key per paragraph of the corpus: "07BEIJING2566¶11". */
export const paragraphKey = (cableId: string, number: number) => `${cableId}¶${number}`

/** A place's facet and URL value: its city (the finest level every venue gives) as a slug, "guangzhou". */
export const placeKey = (place: Place) => place.city.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

/** A place as people read it: "Guangzhou, Guangdong" or "Beijing". */
export const placeLabel = (place: Place) => (place.province ? `${place.city}, ${place.province}` : place.city)

/** The cable an event belongs to: its venue's, or (for an event without one) that of its citations. */
export const eventCableId = (event: CableEvent, venueCable: ReadonlyMap<string, string>) =>
  (event.venueId !== null ? venueCable.get(event.venueId) : undefined) ?? event.citations[0]?.cableId ?? null

/**
 * Read-only, as every step's result is (FacetCounts, VenueSlice, IssueIndex): each is remembered and handed to every
 * reader of the same inputs (view.ts), so one reader changing it in place would change it for all.
 */
export interface FilteredDashboard {
  readonly venues: readonly Venue[]
  readonly issues: readonly Issue[]
  readonly positions: readonly Position[]
  readonly figures: readonly Figure[]
  readonly events: readonly CableEvent[]
  /** Issues left once public-safe is applied: the "M" in "N of M issues". */
  readonly totalIssues: number
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
  const publicParagraphs = new Set(data.paragraphs.filter((p) => isPublicMarking(p.marking)).map((p) => paragraphKey(p.cableId, p.number)))
  const keepCitation = (c: Citation) => publicParagraphs.has(paragraphKey(c.cableId, c.paragraph))
  const redact = <T extends { markings: Marking[]; citations: Citation[] }>(items: T[]): T[] =>
    items
      .filter(restsOnPublicParagraph)
      .map((item) => ({ ...item, markings: item.markings.filter(isPublicMarking), citations: item.citations.filter(keepCitation) }))
      .filter((item) => item.citations.length > 0)
  // A topic described only from sensitive paragraphs goes too, and so does every tag naming it.
  const topics = data.topics ? redact(data.topics) : undefined
  const topicIds = topics ? new Set(topics.map((t) => t.id)) : null
  const keepTopics = <T extends { topicIds: string[] }>(item: T): T => (topicIds ? { ...item, topicIds: item.topicIds.filter((id) => topicIds.has(id)) } : item)
  // People too, when the data carries them: a name found only in sensitive (or unmarked) paragraphs goes, from the registry and from participant lists.
  const people = 'people' in data ? redact((data as { people: Person[] }).people) : undefined
  const personIds = people ? new Set(people.map((p) => p.id)) : null
  const venues = redact(data.venues)
    .map((v) => ({ ...v, paragraphs: v.paragraphs.filter((n) => publicParagraphs.has(paragraphKey(v.cableId, n))) }))
    .map((v) => (personIds ? { ...v, participantIds: v.participantIds.filter((id) => personIds.has(id)) } : v))
    .map(keepTopics)
  const venueIds = new Set(venues.map((v) => v.id))
  const issues = redact(data.issues)
    .filter((i) => venueIds.has(i.venueId))
    .map(keepTopics)
  const issueIds = new Set(issues.map((i) => i.id))
  // A figure disputed in a sensitive paragraph goes too: shown without its dispute it would read as
  // undisputed, and a note that one is hidden would say what the sensitive paragraph holds.
  const figures = redact(data.figures)
    .filter((f) => venueIds.has(f.venueId) && f.disputes.every((d) => keepCitation(d.citation)))
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
    ...(people ? { people } : {}),
    paragraphs: data.paragraphs.filter((p) => isPublicMarking(p.marking)),
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

/**
 * Lower-cased, with every dash a hyphen and curly quotes straight, one character for one (Highlight marks
 * by position): the cables write "80-90%", the dashboard shows "80–90%", and a search for either found
 * only the one it was typed as.
 */
export const foldForSearch = (text: string): string => text.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')

/** Folded (foldForSearch) and whitespace-collapsed text for matching. */
export function normalizeForSearch(text: string): string {
  return foldForSearch(text).replace(/\s+/g, ' ').trim()
}

type Dimension = 'cables' | 'places' | 'organizations' | 'topics' | 'venues' | 'voices' | 'markings' | 'query'
const DIMENSIONS: Dimension[] = ['cables', 'places', 'organizations', 'topics', 'venues', 'voices', 'markings', 'query']

/** What each issue offers to each facet, computed once per dataset and reused for every filter change. */
export interface IssueIndex {
  readonly issue: Issue
  /** The cable and place of the issue's venue (null when the venue is not in the data). */
  readonly cable: string | null
  readonly place: string | null
  /** Each value once. Short lists, not sets: an index of 10,000 issues made 40,000 sets, on the way to the page being interactive. */
  readonly organizations: readonly string[]
  readonly topics: readonly string[]
  readonly voices: readonly Voice[]
  readonly markings: readonly string[]
  /** The issue's own words: title, summary, paraphrases and quotes. */
  readonly text: string
  /** Cited paragraphs of the issue's own venue (paragraphKey), searched too (not ¶1, which cites everything). */
  readonly paragraphs: readonly string[]
}

export function indexIssues(data: DashboardData): readonly IssueIndex[] {
  return runToEnd(indexIssuesInPieces(data))
}

/** indexIssues, pausing (yield) after each piece of work: a caller may let the page run between pieces. */
export function* indexIssuesInPieces(data: DashboardData): Generator<void, readonly IssueIndex[]> {
  const positionsByIssue = yield* groupByInPieces(data.positions, (p) => p.issueId)
  if (data.positions.length > 0) yield
  const venues = new Map(data.venues.map((v) => [v.id, { cable: v.cableId, place: placeKey(v.place) }]))
  const venueParagraphs = new Map(data.venues.map((v) => [v.id, new Set(v.paragraphs.map((n) => paragraphKey(v.cableId, n)))]))
  const none: Position[] = []
  const index: IssueIndex[] = []
  for (const issue of data.issues) {
    if (pauseDue(index.length)) yield
    index.push(new IssueEntry(issue, positionsByIssue.get(issue.id) ?? none, venues.get(issue.venueId), venueParagraphs))
  }
  return index
}

/**
 * One issue's index entry. A class, not an object literal with getters and closures: at 10,000 issues
 * the index is built before the page can be used (ahead of hydration, or in a render), and per-object accessors made it about
 * twice as slow.
 */
class IssueEntry implements IssueIndex {
  readonly cable: string | null
  readonly place: string | null
  readonly organizations: readonly string[]
  readonly topics: readonly string[]
  readonly voices: readonly Voice[]
  readonly markings: readonly string[]
  // Built on the first search, not with the index: the page's first render (hydration) never reads them.
  #text: string | undefined
  #paragraphs: string[] | undefined

  constructor(
    readonly issue: Issue,
    private readonly positions: readonly Position[],
    venue: { cable: string; place: string } | undefined,
    private readonly venueParagraphs: ReadonlyMap<string, ReadonlySet<string>>,
  ) {
    this.cable = venue?.cable ?? null
    this.place = venue?.place ?? null
    // Plain loops: this runs for every issue before the page can be used.
    gathering.length = 0 // what an entry that threw part-way left behind
    for (const id of issue.organizationIds) addOnce(gathering, id)
    for (const position of positions) addOnce(gathering, position.organizationId)
    this.organizations = gathering.splice(0)
    for (const id of issue.topicIds) addOnce(gathering, id)
    this.topics = gathering.splice(0)
    for (const position of positions) addOnce(gathering, voiceOf(position))
    this.voices = gathering.splice(0) as Voice[]
    for (const marking of issue.markings) addOnce(gathering, markingKey(marking))
    for (const position of positions) for (const marking of position.markings) addOnce(gathering, markingKey(marking))
    this.markings = gathering.splice(0)
  }

  private allCitations(): Citation[] {
    return [...this.issue.citations, ...this.positions.flatMap((p) => p.citations)]
  }

  get text(): string {
    const { issue, positions } = this
    return (this.#text ??= normalizeForSearch([issue.title, issue.summary, ...positions.map((p) => p.paraphrase), ...this.allCitations().map((c) => c.quote)].join(' \u0000 ')))
  }

  // Paragraph texts are matched once per query, not copied into every issue: at 10,000 issues that copy cost seconds.
  get paragraphs(): string[] {
    const own = this.venueParagraphs.get(this.issue.venueId)
    return (this.#paragraphs ??= [...new Set(this.allCitations().map((c) => paragraphKey(c.cableId, c.paragraph)).filter((key) => own?.has(key)))])
  }
}

const addOnce = <T>(list: T[], value: T) => {
  if (!list.includes(value)) list.push(value)
}

/*
 * Where an index entry gathers each of its lists, to keep them with `gathering.splice(0)`: that takes them
 * out in a list of exactly their number. The lists stay in memory from the first load on, and the garbage
 * collector copies them while the index is built; 10,000 issues made 40,000 lists, and each grown by push
 * kept room for 17 values. An entry is built in one go (never across a pause), so no two gather at once.
 */
const gathering: string[] = []

/** Items grouped by key, pausing before each next piece (30,000 positions are 150 pieces). */
function* groupByInPieces<T>(items: readonly T[], key: (item: T) => string): Generator<void, Map<string, T[]>> {
  const groups = new Map<string, T[]>()
  for (let i = 0; i < items.length; i++) {
    if (pauseDue(i)) yield
    const item = items[i]!
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
  cables: Set<string> | null
  places: Set<string> | null
  organizations: Set<string> | null
  topics: Set<string> | null
  venues: Set<string> | null
  voices: Set<Voice> | null
  markings: Set<string> | null
  query: string
  /** Paragraphs (paragraphKey) whose text contains the query. */
  matchingParagraphs: Set<string>
}

const setOrNull = <T>(values: readonly T[]) => (values.length ? new Set(values) : null)
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

function compile(filters: DashboardFilters, data: Pick<DashboardData, 'organizations' | 'paragraphs'>): CompiledFilters {
  const query = normalizeForSearch(filters.query)
  const organizations = data.organizations
  return {
    cables: setOrNull(filters.cables),
    places: setOrNull(filters.places),
    organizations: filters.organizations.length ? expandOrganizations(filters.organizations, organizations) : null,
    topics: setOrNull(filters.topics),
    venues: setOrNull(filters.venues),
    voices: setOrNull(filters.voices),
    markings: setOrNull(filters.markings),
    query,
    matchingParagraphs: new Set(query ? data.paragraphs.filter((p) => normalizeForSearch(p.text).includes(query)).map((p) => paragraphKey(p.cableId, p.number)) : []),
  }
}

function issuePasses(entry: IssueIndex, f: CompiledFilters, dimension: Dimension): boolean {
  switch (dimension) {
    case 'cables':
      return !f.cables || (entry.cable !== null && f.cables.has(entry.cable))
    case 'places':
      return !f.places || (entry.place !== null && f.places.has(entry.place))
    case 'organizations':
      return !f.organizations || intersects(f.organizations, entry.organizations)
    case 'topics':
      return !f.topics || intersects(f.topics, entry.topics)
    case 'venues':
      return !f.venues || f.venues.has(entry.issue.venueId)
    case 'voices':
      return !f.voices || intersects(f.voices, entry.voices)
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
  return runToEnd(filterDashboardInPieces(data, index, filters))
}

/** filterDashboard, pausing (yield) after each piece of work. */
export function* filterDashboardInPieces(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): Generator<void, FilteredDashboard> {
  const f = compile(filters, data)
  const issues: Issue[] = []
  for (let i = 0; i < index.length; i++) {
    if (pauseDue(i)) yield
    const entry = index[i]!
    if (passesAll(entry, f)) issues.push(entry.issue)
  }
  const issueIds = new Set(issues.map((i) => i.id))
  const anyFilter = DIMENSIONS.some((d) => (d === 'query' ? f.query !== '' : f[d] !== null))
  const venueById = new Map(data.venues.map((v) => [v.id, v]))
  const venueCable = new Map(data.venues.map((v) => [v.id, v.cableId]))
  /** Cable and place of a venue id: a venue not in the data passes neither filter. */
  const inCableAndPlace = (venueId: string | null, cableId: string | null) => {
    const venue = venueId === null ? undefined : venueById.get(venueId)
    if (f.cables && (cableId === null || !f.cables.has(cableId))) return false
    return !f.places || (venue !== undefined && f.places.has(placeKey(venue.place)))
  }

  const issueVenueIds = new Set(issues.map((i) => i.venueId))
  const figures = data.figures.filter((figure) => {
    const orgs = [...figure.assertedBy, ...figure.disputes.map((d) => d.organizationId)]
    return (
      inCableAndPlace(figure.venueId, venueCable.get(figure.venueId) ?? null) &&
      (!f.venues || f.venues.has(figure.venueId)) &&
      (!f.topics || intersects(f.topics, figure.topicIds)) &&
      (!f.organizations || intersects(f.organizations, orgs)) &&
      // A figure names who gives it, not in whose voice: counting the post's own numbers as the US side's
      // is what voices undo for positions. The voice filter keeps the figures of the meetings still shown.
      (!f.voices || issueVenueIds.has(figure.venueId)) &&
      (!f.markings || intersects(f.markings, figure.markings.map(markingKey))) &&
      (!f.query || matchesText(f.query, [figure.label, figure.display, ...figure.citations.map((c) => c.quote)]))
    )
  })
  const events = data.events.filter(
    (event) =>
      inCableAndPlace(event.venueId, eventCableId(event, venueCable)) &&
      (!f.venues || (event.venueId !== null && f.venues.has(event.venueId))) &&
      (!f.topics || intersects(f.topics, event.topicIds)) &&
      (!f.markings || intersects(f.markings, event.markings.map(markingKey))) &&
      // Events name no organization or voice: those filters keep the events of the venues still shown.
      (!(f.organizations || f.voices) || (event.venueId !== null && issueVenueIds.has(event.venueId))) &&
      (!f.query || matchesText(f.query, [event.label, ...event.citations.map((c) => c.quote)])),
  )
  const shownVenueIds = new Set([...issues.map((i) => i.venueId), ...figures.map((x) => x.venueId)])
  const venues = anyFilter ? data.venues.filter((v) => shownVenueIds.has(v.id)) : data.venues

  const positions: Position[] = []
  for (let i = 0; i < data.positions.length; i++) {
    if (pauseDue(i)) yield
    const p = data.positions[i]!
    if (issueIds.has(p.issueId) && (!f.voices || f.voices.has(voiceOf(p))) && (!f.markings || intersects(f.markings, p.markings.map(markingKey)))) positions.push(p)
  }
  return { venues, issues, positions, figures, events, totalIssues: data.issues.length }
}

function matchesText(query: string, fields: readonly string[]): boolean {
  return fields.some((field) => normalizeForSearch(field).includes(query))
}

export type FacetCounts = Readonly<Record<Exclude<Dimension, 'query'>, ReadonlyMap<string, number>>>

/**
 * For every facet value, how many issues would remain if it were chosen, given the
 * other facets: the usual faceted-search count, so a zero warns before the click.
 */
export function countFacets(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): FacetCounts {
  return runToEnd(countFacetsInPieces(data, index, filters))
}

/** countFacets, pausing (yield) after each piece of work. */
export function* countFacetsInPieces(data: DashboardData, index: readonly IssueIndex[], filters: DashboardFilters): Generator<void, FacetCounts> {
  const f = compile(filters, data)
  const counts: Record<keyof FacetCounts, Map<string, number>> = {
    cables: new Map(),
    places: new Map(),
    organizations: new Map(),
    topics: new Map(),
    venues: new Map(),
    voices: new Map(),
    markings: new Map(),
  }
  const ancestorsOf = ancestorLookup(data.organizations)

  for (let i = 0; i < index.length; i++) {
    if (pauseDue(i)) yield
    const entry = index[i]!
    if (entry.cable !== null && passesAll(entry, f, 'cables')) bump(counts.cables, entry.cable)
    if (entry.place !== null && passesAll(entry, f, 'places')) bump(counts.places, entry.place)
    if (passesAll(entry, f, 'organizations')) {
      // An issue counts for an organization when it involves it or any organization below it.
      const credited = new Set<string>()
      for (const id of entry.organizations) for (const a of ancestorsOf(id)) credited.add(a)
      for (const id of credited) bump(counts.organizations, id)
    }
    if (passesAll(entry, f, 'topics')) for (const id of entry.topics) bump(counts.topics, id)
    if (passesAll(entry, f, 'venues')) bump(counts.venues, entry.issue.venueId)
    if (passesAll(entry, f, 'voices')) for (const voice of entry.voices) bump(counts.voices, voice)
    if (passesAll(entry, f, 'markings')) for (const m of entry.markings) bump(counts.markings, m)
  }
  return counts
}

/**
 * What each step of the view reads from the data, besides the index and the filters: viewSteps
 * (view.ts) remembers a step's result for exactly these, so a step that comes to read another list
 * must name it here. `organizations` is read for the organization tree (an agency filter);
 * the paragraphs only by a search (compile), so without one another paragraphs list is no change.
 */
export const viewReads = {
  index: (data: DashboardData) => [data.issues, data.positions, data.venues],
  filtered: (data: DashboardData, filters: DashboardFilters) => [
    data.issues,
    data.venues,
    data.figures,
    data.events,
    data.positions,
    data.organizations,
    searchesText(filters) ? data.paragraphs : null,
  ],
  counts: (data: DashboardData, filters: DashboardFilters) => [data.organizations, searchesText(filters) ? data.paragraphs : null],
  /** Each venue's slice reads only the filtered view it is keyed by. */
  slices: (): unknown[] => [],
}

/** Whether the filters search the text (compile's rule): only then are the paragraphs read. */
const searchesText = (filters: DashboardFilters) => normalizeForSearch(filters.query) !== ''

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
  readonly issues: readonly Issue[]
  readonly positions: readonly Position[]
  readonly figures: readonly Figure[]
}

/**
 * The filtered issues, positions and figures of each venue, in one pass over the data, pausing
 * (yield) before each next piece of issues and positions (counted together). Run through
 * viewSteps.slices (view.ts), which remembers it per filtered view.
 */
export function* sliceByVenueInPieces(filtered: Pick<FilteredDashboard, 'issues' | 'positions' | 'figures'>): Generator<void, ReadonlyMap<string, VenueSlice>> {
  const slices = new Map<string, { issues: Issue[]; positions: Position[]; figures: Figure[] }>()
  const slice = (venueId: string) => {
    let s = slices.get(venueId)
    if (!s) slices.set(venueId, (s = { issues: [], positions: [], figures: [] }))
    return s
  }
  const venueOfIssue = new Map<string, string>()
  let seen = 0
  for (const issue of filtered.issues) {
    if (pauseDue(seen)) yield
    seen++
    venueOfIssue.set(issue.id, issue.venueId)
    slice(issue.venueId).issues.push(issue)
  }
  for (const position of filtered.positions) {
    if (pauseDue(seen)) yield
    seen++
    const venueId = venueOfIssue.get(position.issueId)
    if (venueId) slice(venueId).positions.push(position)
  }
  for (const figure of filtered.figures) slice(figure.venueId).figures.push(figure)
  return slices
}
