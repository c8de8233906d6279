import { describe, expect, it } from 'vitest'
import { indexChoices } from './index-choices'

const organizations = [
  { id: 'state-council', parentId: null },
  { id: 'mofcom', parentId: 'state-council' },
  { id: 'ipr-office', parentId: 'mofcom' },
  { id: 'moe', parentId: 'state-council' },
  { id: 'ustr', parentId: null },
  { id: 'silent', parentId: null },
]

describe('what the filter panel offers from the index', () => {
  it('offers the organizations some issue involves, with every parent above them, and no other', () => {
    const choices = indexChoices(
      [
        { organizations: ['ipr-office', 'ustr'], markings: [] },
        { organizations: ['moe'], markings: [] },
      ],
      organizations,
    )
    expect([...choices.organizations].sort()).toEqual(['ipr-office', 'moe', 'mofcom', 'state-council', 'ustr'])
  })

  it('offers each marking once, sorted, whichever issue carries it', () => {
    const choices = indexChoices(
      [
        { organizations: [], markings: ['SBU', 'C'] },
        { organizations: [], markings: ['none', 'SBU'] },
      ],
      organizations,
    )
    expect(choices.markings).toEqual(['C', 'SBU', 'none'])
  })

  it('offers nothing for an empty index, and an organization whose parent is not in the data stands alone', () => {
    expect(indexChoices([], organizations)).toEqual({ organizations: new Set(), markings: [] })
    expect([...indexChoices([{ organizations: ['orphan'], markings: [] }], organizations).organizations]).toEqual(['orphan'])
  })
})
