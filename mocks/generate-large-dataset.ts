/**
 * A large dataset for the benchmark and the dev `large` scenario, built from the real one so it keeps the contract
 * and valid provenance. Its cables are clones of the real cables (round-robin, each keeping its source's header and
 * paragraphs under a new id), so the venues spread over many cables as the review series will. Each generated venue
 * belongs to one clone, and it and everything under it (issues, positions, figures, events) are copies of real items
 * of the clone's SOURCE cable with every citation re-pointed to the clone: the same paragraph numbers, the same
 * quotes, found in the same text. The organizations, people and topics are the real registry, their citations
 * re-pointed to the first clone of the cable they cite. Seeded, so every run gets the same data.
 */
import {
  datasetSchema,
  type Cable,
  type CableEvent,
  type Citation,
  type Dataset,
  type Figure,
  type Issue,
  type Position,
  type PositionKind,
  type Venue,
} from '@/contract/schemas'
import { seededRandom } from '@/domain/seeded-random'

export interface GenerateOptions {
  venues: number
  issues: number
  /** Average positions per issue (each issue gets 2 to 2 × average − 2). */
  positionsPerIssue: number
  /** How many cables the venues spread across (default 50); at least as many as the real dataset has. */
  cables?: number
  /** The random generator's seed: the same seed gives the same dataset. */
  seed?: number
}

export const DEFAULT_CABLES = 50
const DEFAULT_SEED = 20070316

/** "90GENERATED1": shaped like a cable id (and a valid id in the app's URLs), never a real one. */
export const generatedCableId = (n: number) => `90GENERATED${n}`

const KINDS: readonly PositionKind[] = ['claim', 'concern', 'recommendation', 'request', 'denial', 'commitment']
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** The real items each cable reports, as the generator borrows them. */
interface SourceItems {
  venues: Venue[]
  issues: Issue[]
  positions: Position[]
  figures: Figure[]
  events: CableEvent[]
}

function itemsByCable(real: Dataset): Map<string, SourceItems> {
  const byCable = new Map<string, SourceItems>(real.cables.map((c) => [c.id, { venues: [], issues: [], positions: [], figures: [], events: [] }]))
  const venueCable = new Map(real.venues.map((v) => [v.id, v.cableId]))
  const issueCable = new Map(real.issues.map((i) => [i.id, venueCable.get(i.venueId)]))
  const add = <K extends keyof SourceItems>(cableId: string | undefined, kind: K, item: SourceItems[K][number]) => {
    if (cableId !== undefined) (byCable.get(cableId)?.[kind] as SourceItems[K][number][] | undefined)?.push(item)
  }
  for (const v of real.venues) add(v.cableId, 'venues', v)
  for (const i of real.issues) add(venueCable.get(i.venueId), 'issues', i)
  for (const p of real.positions) add(issueCable.get(p.issueId), 'positions', p)
  for (const f of real.figures) add(venueCable.get(f.venueId), 'figures', f)
  for (const e of real.events) {
    // An event without a venue rests on the one cable all its citations are in (the builder checks it).
    const cables = new Set(e.citations.map((c) => c.cableId))
    const cableId = e.venueId !== null ? venueCable.get(e.venueId) : cables.size === 1 ? [...cables][0] : undefined
    add(cableId, 'events', e)
  }
  return byCable
}

const repoint = (citations: readonly Citation[], cableId: string): Citation[] => citations.map((c) => ({ ...c, cableId }))

export function generateDataset(real: Dataset, options: GenerateOptions): Dataset {
  const cableCount = options.cables ?? DEFAULT_CABLES
  if (!Number.isInteger(cableCount) || cableCount < real.cables.length) {
    throw new Error(`cables must be a whole number of at least ${real.cables.length} (one clone of every real cable, for the registry's citations); got ${cableCount}`)
  }
  const rnd = seededRandom(options.seed ?? DEFAULT_SEED)
  const pick = <T>(xs: readonly T[]): T => {
    if (xs.length === 0) throw new Error('the real dataset is missing a kind of item the generator borrows from')
    return xs[Math.floor(rnd() * xs.length)] as T
  }
  const pickSome = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(xs.length, min + Math.floor(rnd() * (max - min + 1)))
    const chosen = new Set<T>()
    while (chosen.size < n) chosen.add(pick(xs))
    return [...chosen]
  }

  // Clone k is a copy of real cable k mod (real cables): clones 1..N of the real cables come first, so the
  // registry's citations can point at the first clone of the cable they cite.
  const cables: Cable[] = Array.from({ length: cableCount }, (_, k) => ({ ...(real.cables[k % real.cables.length] as Cable), id: generatedCableId(k + 1) }))
  const sourceOf = new Map(cables.map((clone, k) => [clone.id, real.cables[k % real.cables.length] as Cable]))
  const firstClone = new Map(real.cables.map((cable, k) => [cable.id, generatedCableId(k + 1)]))
  const sources = itemsByCable(real)
  const registryCitations = (citations: readonly Citation[]): Citation[] =>
    citations.map((c) => {
      const cableId = firstClone.get(c.cableId)
      if (!cableId) throw new Error(`a registry citation names ${c.cableId}, which the real dataset does not hold`)
      return { ...c, cableId }
    })
  const organizations = real.organizations.map((o) => ({ ...o, citations: registryCitations(o.citations) }))
  const people = real.people.map((p) => ({ ...p, citations: registryCitations(p.citations) }))
  const topics = real.topics.map((t) => ({ ...t, citations: registryCitations(t.citations) }))

  const topicIds = topics.map((t) => t.id)
  const organizationById = new Map(organizations.map((o) => [o.id, o]))
  const peopleByOrg = new Map<string, string[]>()
  for (const person of people) {
    if (person.organizationId) peopleByOrg.set(person.organizationId, [...(peopleByOrg.get(person.organizationId) ?? []), person.id])
  }
  const usOrgs = organizations.filter((o) => o.side === 'US')
  const chinaOrgs = organizations.filter((o) => o.side === 'China')

  const venueWidth = String(options.venues).length
  const issueWidth = String(options.issues).length
  const venues: Venue[] = []
  const issues: Issue[] = []
  const positions: Position[] = []
  const figures: Figure[] = []
  const events: CableEvent[] = []
  /** The source items of each generated venue's cable. */
  const venueSource = new Map<string, SourceItems>()

  for (let v = 0; v < options.venues; v++) {
    // Round-robin over the clones, so every cable gets venues (four each at 200 venues and 50 cables).
    const clone = cables[v % cables.length] as Cable
    const source = sources.get((sourceOf.get(clone.id) as Cable).id) as SourceItems
    const template = pick(source.venues)
    const hosts = pickSome(chinaOrgs, 1, 2)
    const visitors = pickSome(usOrgs, 1, 2)
    const id = `gen-venue-${pad(v + 1, venueWidth)}`
    venueSource.set(id, source)
    const venueTopics = pickSome(topicIds, 2, 6)
    const month = 1 + (v % 12)
    const year = template.date?.value.slice(0, 4) ?? clone.sent?.slice(0, 4) ?? '2007'
    venues.push({
      ...template,
      id,
      cableId: clone.id,
      title: `${hosts[0]?.name ?? 'Venue'} meeting ${v + 1}`,
      theme: `Generated venue ${v + 1}`,
      kind: 'meeting',
      date: { value: `${year}-${pad(month, 2)}-${pad(1 + (v % 28), 2)}`, precision: 'day', inferredFrom: null },
      summary: `Generated meeting ${v + 1} for the benchmark; its citations are borrowed from ${template.title} (${template.cableId}).`,
      organizationIds: [...visitors, ...hosts].map((o) => o.id),
      participantIds: [...visitors, ...hosts].flatMap((o) => (peopleByOrg.get(o.id) ?? []).slice(0, 1)),
      topicIds: venueTopics,
      citations: repoint(template.citations, clone.id),
    })
    const figureTemplate = pick(source.figures)
    figures.push({
      ...figureTemplate,
      id: `gen-figure-${pad(v + 1, venueWidth)}`,
      venueId: id,
      topicIds: pickSome(venueTopics, 1, 2),
      citations: repoint(figureTemplate.citations, clone.id),
      disputes: figureTemplate.disputes.map((d) => ({ ...d, citation: { ...d.citation, cableId: clone.id } })),
    })
    const eventTemplate = pick(source.events)
    events.push({
      ...eventTemplate,
      id: `gen-event-${pad(v + 1, venueWidth)}`,
      venueId: id,
      topicIds: pickSome(venueTopics, 1, 2),
      citations: repoint(eventTemplate.citations, clone.id),
    })
  }

  for (let i = 0; i < options.issues; i++) {
    const venue = venues[i % venues.length] as Venue
    const source = venueSource.get(venue.id) as SourceItems
    const template = pick(source.issues)
    const id = `gen-issue-${pad(i + 1, issueWidth)}`
    const orgIds = venue.organizationIds
    issues.push({
      ...template,
      id,
      venueId: venue.id,
      title: `${template.title} (${i + 1})`,
      topicIds: pickSome(venue.topicIds, 1, 3),
      organizationIds: pickSome(orgIds, 1, 3),
      citations: repoint(template.citations, venue.cableId),
    })
    const count = 2 + Math.floor(rnd() * (2 * options.positionsPerIssue - 3))
    for (let p = 0; p < count; p++) {
      const orgId = orgIds[p % orgIds.length]
      const org = (orgId !== undefined ? organizationById.get(orgId) : undefined) ?? pick(organizations)
      const positionTemplate = pick(source.positions)
      positions.push({
        ...positionTemplate,
        id: `${id}-position-${p + 1}`,
        issueId: id,
        organizationId: org.id,
        personId: (peopleByOrg.get(org.id) ?? [])[0] ?? null,
        side: org.side,
        kind: pick(KINDS),
        citations: repoint(positionTemplate.citations, venue.cableId),
      })
    }
  }

  const dataset: Dataset = {
    meta: {
      ...real.meta,
      datasetVersion: `bench-${cables.length}c-${options.venues}v-${options.issues}i`,
      cableIds: cables.map((c) => c.id),
      counts: {
        venues: venues.length,
        issues: issues.length,
        positions: positions.length,
        figures: figures.length,
        events: events.length,
        organizations: organizations.length,
        people: people.length,
        topics: topics.length,
      },
    },
    cables,
    organizations,
    people,
    topics,
    venues,
    issues,
    positions,
    figures,
    events,
  }
  // The contract is what the app validates; a generated dataset that breaks it would measure an error screen.
  return datasetSchema.parse(dataset)
}
