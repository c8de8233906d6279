import { describe, expect, it } from 'vitest'
import type { Organization } from '@/contract/schemas'
import { organizationLabel, organizationLabels } from './organization-labels'

const org = (id: string, name: string, shortName: string | null): Organization => ({
  id,
  name,
  shortName,
  side: 'China',
  level: null,
  parentId: null,
  citations: [{ cableId: '07GUANGZHOU376', paragraph: 1, quote: 'x' }],
  markings: ['U'],
})

describe('organizationLabels', () => {
  const organizations = [
    org('mofcom', 'Ministry of Commerce', 'MOFCOM'),
    org('fj-psb', 'Fujian Public Security Bureau', 'PSB'),
    org('gd-psb', 'Guangdong Public Security Bureau', 'PSB'),
    org('chaoyang', 'Chaoyang District government', null),
  ]

  it('uses the short name when it is the only one of its kind, the full name when two share it', () => {
    expect(Object.fromEntries(organizationLabels(organizations))).toEqual({
      mofcom: 'MOFCOM',
      'fj-psb': 'Fujian Public Security Bureau',
      'gd-psb': 'Guangdong Public Security Bureau',
      chaoyang: 'Chaoyang District government',
    })
  })

  it('reads a map of organizations the same way, and gives the id for one the view dropped', () => {
    const byId = new Map(organizations.map((o) => [o.id, o]))
    expect(organizationLabel('gd-psb', byId)).toBe('Guangdong Public Security Bureau')
    expect(organizationLabel('gone', byId)).toBe('an agency this view hides')
  })
})
