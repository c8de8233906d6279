import type { Organization } from '@/contract/schemas'
import type { IssueIndex } from './filter-dashboard'
import { atOnce, pauseDue } from './pieces'

/** What the issues of an index take part in: the agencies and markings the filter panel offers. */
export interface IndexChoices {
  /** Every organization some issue involves, and its parents (for grouping). */
  readonly organizations: ReadonlySet<string>
  /** Every marking key (filter-dashboard.ts, markingKey) some issue or its positions carry, sorted. */
  readonly markings: readonly string[]
}

export const indexChoices = atOnce(indexChoicesInPieces)

/** indexChoices, pausing (yield) after each piece of index entries. */
export function* indexChoicesInPieces(index: readonly Pick<IssueIndex, 'organizations' | 'markings'>[], organizations: readonly Pick<Organization, 'id' | 'parentId'>[]): Generator<void, IndexChoices> {
  const parent = new Map(organizations.map((o) => [o.id, o.parentId]))
  const involved = new Set<string>()
  const markings = new Set<string>()
  for (let n = 0; n < index.length; n++) {
    if (pauseDue(n)) yield
    const entry = index[n]!
    for (const start of entry.organizations) {
      let id: string | null | undefined = start
      while (id && !involved.has(id)) {
        involved.add(id)
        id = parent.get(id)
      }
    }
    // Each entry's own list, added one by one: copying every list first (10,000 of them) was garbage made in the hydrating render.
    for (const marking of entry.markings) markings.add(marking)
  }
  return { organizations: involved, markings: [...markings].sort() }
}
