import type { Organization, Person, Topic } from '@/contract/schemas'

export interface Lookups {
  organizations: ReadonlyMap<string, Organization>
  people: ReadonlyMap<string, Person>
  topics: ReadonlyMap<string, Topic>
}

export function buildLookups(data: { organizations: readonly Organization[]; people: readonly Person[]; topics: readonly Topic[] }): Lookups {
  return {
    organizations: new Map(data.organizations.map((o) => [o.id, o])),
    people: new Map(data.people.map((p) => [p.id, p])),
    topics: new Map(data.topics.map((t) => [t.id, t])),
  }
}

