import type { Organization } from '@/contract/schemas'
import type { IssueIndex } from './filter-dashboard'
import { atOnce, pauseDue } from './pieces'

/** What the issues of an index involve: the agencies and markings worth offering as filters. */
export interface Involvement {
  /** Every organization some issue involves, and every parent above it (for grouping). */
  readonly organizations: ReadonlySet<string>
  /** Every marking key (filter-dashboard.ts, markingKey) some issue or its positions carry, sorted. */
  readonly markings: readonly string[]
}

export const involvement = atOnce(involvementInPieces)

/** involvement, pausing (yield) after each piece of index entries. */
export function* involvementInPieces(index: readonly Pick<IssueIndex, 'organizations' | 'markings'>[], organizations: readonly Pick<Organization, 'id' | 'parentId'>[]): Generator<void, Involvement> {
  const parent = new Map(organizations.map((o) => [o.id, o.parentId]))
  const involved = new Set<string>()
  const markings = new Set<string>()
  for (let n = 0; n < index.length; n++) {
    if (pauseDue(n)) yield
    const entry = index[n]!
    for (const start of entry.organizations) {
      // Up to the first organization already counted: its parents are too, and a cycle in the data ends there.
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
