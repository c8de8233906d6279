import type { Organization } from '@/contract/schemas'

const cache = new WeakMap<object, ReadonlyMap<string, string>>()

/**
 * The name to show for each organization: its short name ("MOFCOM"), unless another organization
 * in the list has the same one. Five cities' Public Security Bureaus are each "PSB" in their
 * cable: those are shown by their full names ("Fujian Public Security Bureau"), so no two
 * checkboxes, chips, rows or speakers read alike. Computed once per list.
 */
export function organizationLabels(organizations: readonly Organization[] | ReadonlyMap<string, Organization>): ReadonlyMap<string, string> {
  const cached = cache.get(organizations)
  if (cached) return cached
  const list = [...organizations.values()]
  const uses = new Map<string, number>()
  for (const org of list) if (org.shortName) uses.set(org.shortName, (uses.get(org.shortName) ?? 0) + 1)
  const labels = new Map(list.map((org) => [org.id, org.shortName && uses.get(org.shortName) === 1 ? org.shortName : org.name]))
  cache.set(organizations, labels)
  return labels
}

/**
 * In place of an organization the list does not hold, which is one the public-safe view hides (every id
 * the data names is in its registry): not named, not even by its id, which spells its name.
 */
export const HIDDEN_AGENCY = 'an agency this view hides'

/** A group the cable does not name ("Chinese officials (unnamed)"), as the data marks it: not one agency from cable to cable. */
export const isUnnamedGroup = (organization: Pick<Organization, 'name'> | undefined): boolean => organization?.name.endsWith('(unnamed)') ?? false

/** One organization's label (see organizationLabels), or HIDDEN_AGENCY. */
export function organizationLabel(id: string, organizations: readonly Organization[] | ReadonlyMap<string, Organization>): string {
  return organizationLabels(organizations).get(id) ?? HIDDEN_AGENCY
}
