import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../mocks/dataset'
import { emptyFilters } from './filter-dashboard'
import { corpusParagraphs } from './view'
import { dropUnknownIds, knownFilterIds } from './known-ids'

describe('ids a link may name', () => {
  const data = mockDataset()
  const known = knownFilterIds({ ...data, paragraphs: corpusParagraphs(data.cables) })

  it('knows every cable, place, agency, topic, venue and marking of the data', () => {
    expect(known.cables.has('07GUANGZHOU376')).toBe(true)
    expect(known.places.has('beijing')).toBe(true)
    expect(known.places.has('guangzhou')).toBe(true)
    expect(known.organizations.has('mofcom')).toBe(true)
    expect(known.topics.has('counterfeit-markets')).toBe(true)
    expect(known.venues.has('bcb')).toBe(true)
    expect(known.markings.has('SBU')).toBe(true)
  })

  it('drops the ids the data does not know, field by field, and keeps the rest in order', () => {
    const { filters, unknown } = dropUnknownIds(
      { ...emptyFilters, cables: ['99NOWHERE1', '07BEIJING2566'], places: ['atlantis'], organizations: ['moe', 'no-such-org'], query: 'silk', publicSafe: true },
      known,
    )
    expect(filters).toEqual({ ...emptyFilters, cables: ['07BEIJING2566'], organizations: ['moe'], query: 'silk', publicSafe: true })
    expect(unknown).toEqual({ cables: ['99NOWHERE1'], places: ['atlantis'], organizations: ['no-such-org'] })
  })

  it('leaves filters of known ids as they are', () => {
    const filters = { ...emptyFilters, topics: ['counterfeit-markets'], markings: ['U'] }
    expect(dropUnknownIds(filters, known)).toEqual({ filters, unknown: {} })
  })
})
