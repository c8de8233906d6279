import type { Organization, Person } from '@/contract/schemas'
import { expandOrganizations } from '@/domain/selectors/filter-dashboard'

/** Names the reader marks: the selected organizations (and those below them), their short names and their people. */
export function selectedNames(selected: readonly string[], organizations: readonly Organization[], people: readonly Person[]): string[] {
  if (selected.length === 0) return []
  const ids = expandOrganizations(selected, organizations)
  const names = new Set<string>()
  for (const org of organizations) {
    if (!ids.has(org.id)) continue
    names.add(org.name)
    if (org.shortName) names.add(org.shortName)
  }
  for (const person of people) if (person.organizationId && ids.has(person.organizationId)) names.add(person.name)
  // Longest first, so "Beijing Copyright Bureau" wins over "Beijing" where both would match.
  return [...names].filter((n) => n.trim().length > 1).sort((a, b) => b.length - a.length)
}
