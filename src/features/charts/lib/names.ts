import type { Organization } from '@/contract/schemas'
import { HIDDEN_AGENCY } from '@/domain/selectors/organization-labels'

/** The full name, for where brevity would blur who is meant (e.g. who disputes a figure). */
export function organizationFullName(id: string, organizations: readonly Organization[]): string {
  return organizations.find((o) => o.id === id)?.name ?? HIDDEN_AGENCY
}
