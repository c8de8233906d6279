import { describe, expect, it } from 'vitest'
import { involvement } from './involvement'

const organizations = [
  { id: 'state-council', parentId: null },
  { id: 'mofcom', parentId: 'state-council' },
  { id: 'ipr-office', parentId: 'mofcom' },
  { id: 'moe', parentId: 'state-council' },
  { id: 'ustr', parentId: null },
  { id: 'silent', parentId: null },
]
const only = (ids: string[]) => ids.map((id) => ({ organizations: [id], markings: [] }))
const sorted = (set: ReadonlySet<string>) => [...set].sort()

describe('what the issues of an index involve', () => {
  it('every organization some issue involves, with every parent above it, and no other', () => {
    const found = involvement([{ organizations: ['ipr-office', 'ustr'], markings: [] }, ...only(['moe'])], organizations)
    expect(sorted(found.organizations)).toEqual(['ipr-office', 'moe', 'mofcom', 'state-council', 'ustr'])
  })

  it('every marking once, sorted, whichever issue carries it', () => {
    const found = involvement(
      [
        { organizations: [], markings: ['SBU', 'C'] },
        { organizations: [], markings: ['none', 'SBU'] },
      ],
      organizations,
    )
    expect(found.markings).toEqual(['C', 'SBU', 'none'])
  })

  it('nothing for an empty index', () => {
    expect(involvement([], organizations)).toEqual({ organizations: new Set(), markings: [] })
  })

  it('an organization the data does not hold, or a parent it does not hold, counts as named and ends the walk up', () => {
    expect(sorted(involvement(only(['orphan']), organizations).organizations)).toEqual(['orphan'])
    expect(sorted(involvement(only(['unit']), [{ id: 'unit', parentId: 'gone' }]).organizations)).toEqual(['gone', 'unit'])
  })

  it('ends for parents that form a cycle, or an organization its own parent', () => {
    const cycle = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
      { id: 'self', parentId: 'self' },
    ]
    expect(sorted(involvement(only(['a', 'self']), cycle).organizations)).toEqual(['a', 'b', 'self'])
  })
})
