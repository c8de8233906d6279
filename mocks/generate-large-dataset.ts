/**
 * A large dataset for the benchmark and the dev `large` scenario, built from the real one so it keeps the contract
 * and valid provenance: the real cable, organizations, people and topics are reused;
 * venues, issues, positions, figures and events are generated (seeded, so every run
 * gets the same data) and borrow the citations and markings of real items.
 */
import {
  datasetSchema,
  type CableEvent,
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
}


const KINDS: readonly PositionKind[] = ['claim', 'concern', 'recommendation', 'request', 'denial', 'commitment']
const pad = (n: number, width: number) => String(n).padStart(width, '0')

export function generateDataset(real: Dataset, options: GenerateOptions): Dataset {
  const rnd = seededRandom(20070316)
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
  const topicIds = real.topics.map((t) => t.id)
  const organizations = real.organizations
  const peopleByOrg = new Map<string, string[]>()
  for (const person of real.people) {
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

  for (let v = 0; v < options.venues; v++) {
    const template = pick(real.venues)
    const hosts = pickSome(chinaOrgs, 1, 2)
    const visitors = pickSome(usOrgs, 1, 2)
    const id = `gen-venue-${pad(v + 1, venueWidth)}`
    const venueTopics = pickSome(topicIds, 2, 6)
    const month = 1 + (v % 12)
    venues.push({
      ...template,
      id,
      title: `${hosts[0]?.name ?? 'Venue'} meeting ${v + 1}`,
      theme: `Generated venue ${v + 1}`,
      kind: 'meeting',
      date: { value: `2007-${pad(month, 2)}-${pad(1 + (v % 28), 2)}`, precision: 'day', inferredFrom: null },
      summary: `Generated meeting ${v + 1} for the benchmark; its citations are borrowed from ${template.title}.`,
      organizationIds: [...visitors, ...hosts].map((o) => o.id),
      participantIds: [...visitors, ...hosts].flatMap((o) => (peopleByOrg.get(o.id) ?? []).slice(0, 1)),
      topicIds: venueTopics,
    })
    const figureTemplate = pick(real.figures)
    figures.push({
      ...figureTemplate,
      id: `gen-figure-${pad(v + 1, venueWidth)}`,
      venueId: id,
      assertedBy: figureTemplate.assertedBy,
      topicIds: pickSome(venueTopics, 1, 2),
    })
    const eventTemplate = pick(real.events)
    events.push({ ...eventTemplate, id: `gen-event-${pad(v + 1, venueWidth)}`, venueId: id, topicIds: pickSome(venueTopics, 1, 2) })
  }

  for (let i = 0; i < options.issues; i++) {
    const venue = venues[i % venues.length] as Venue
    const template = pick(real.issues)
    const id = `gen-issue-${pad(i + 1, issueWidth)}`
    const orgIds = venue.organizationIds
    issues.push({
      ...template,
      id,
      venueId: venue.id,
      title: `${template.title} (${i + 1})`,
      summary: template.summary,
      topicIds: pickSome(venue.topicIds, 1, 3),
      organizationIds: pickSome(orgIds, 1, 3),
    })
    const count = 2 + Math.floor(rnd() * (2 * options.positionsPerIssue - 3))
    for (let p = 0; p < count; p++) {
      const orgId = orgIds[p % orgIds.length] ?? pick(organizations).id
      const org = organizations.find((o) => o.id === orgId) ?? pick(organizations)
      const positionTemplate = pick(real.positions)
      positions.push({
        ...positionTemplate,
        id: `${id}-position-${p + 1}`,
        issueId: id,
        organizationId: org.id,
        personId: (peopleByOrg.get(org.id) ?? [])[0] ?? null,
        side: org.side,
        kind: pick(KINDS),
      })
    }
  }

  const dataset: Dataset = {
    meta: {
      ...real.meta,
      datasetVersion: `bench-${options.venues}v-${options.issues}i`,
      counts: {
        venues: venues.length,
        issues: issues.length,
        positions: positions.length,
        figures: figures.length,
        events: events.length,
        organizations: real.organizations.length,
        people: real.people.length,
        topics: real.topics.length,
      },
    },
    cables: real.cables,
    organizations: real.organizations,
    people: real.people,
    topics: real.topics,
    venues,
    issues,
    positions,
    figures,
    events,
  }
  // The contract is what the app validates; a generated dataset that breaks it would measure an error screen.
  return datasetSchema.parse(dataset)
}
