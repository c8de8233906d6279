import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyFilters } from '@/domain/selectors/filter-dashboard'
import { asksPublicSafe } from './routes'
import { parseView, serializeView } from './url-state'

/** A link, whether it asks for the public-safe view, and what of it was not understood. */
const readSafe = (search: string) => [search, parseView(search).filters.publicSafe, parseView(search).dropped] as const

describe('view in the URL', () => {
  it('reads every filter from a shared link', () => {
    const { filters, dropped } = parseView('?cable=07BEIJING2566,07GUANGZHOU376&place=beijing&org=mofcom,ciecc&topic=transparency&venue=mofcom&side=US,cable&marking=U&q=silk%20street&safe=1')
    expect(filters).toEqual({
      cables: ['07BEIJING2566', '07GUANGZHOU376'],
      places: ['beijing'],
      organizations: ['mofcom', 'ciecc'],
      topics: ['transparency'],
      venues: ['mofcom'],
      voices: ['US', 'cable'],
      markings: ['U'],
      query: 'silk street',
      publicSafe: true,
    })
    expect(dropped).toEqual([])
  })

  it('drops malformed values and unknown parameters, and says which', () => {
    const { filters, dropped } = parseView('?side=Mars&org=%3Cscript%3E&colour=red&topic=textbook-licensing')
    expect(filters).toEqual({ ...emptyFilters, topics: ['textbook-licensing'] })
    expect(dropped.sort()).toEqual(['colour', 'org', 'side'])
  })

  it('reads any safe value but 0, in any case and wherever it repeats, as the public-safe view: a mistyped link hides', () => {
    const hiding = ['?safe=1', '?safe=true', '?safe=yes', '?safe=', '?SAFE=1', '?Safe=on', '?safe=0&safe=1', '?safe=1&safe=0']
    expect(hiding.map(readSafe)).toEqual(hiding.map((search) => [search, true, []]))
    const full = ['?safe=0', '', '?org=mofcom']
    expect(full.map(readSafe)).toEqual(full.map((search) => [search, false, []]))
    // The server picks the page's public-safe copy by the same rule.
    expect(['?safe=true', '?SAFE=1', '?safe=0&safe=1'].map(asksPublicSafe)).toEqual([true, true, true])
    expect(['?safe=0', '?unsafe=1', ''].map(asksPublicSafe)).toEqual([false, false, false])
  })

  it('leaves defaults out so links stay short, and keeps slide numbers owned elsewhere', () => {
    expect(serializeView(emptyFilters)).toBe('')
    expect(serializeView({ ...emptyFilters, topics: ['a', 'b'] }, '?slide=3&topic=x')).toBe('?slide=3&topic=a,b')
  })

  it('round-trips any view it writes', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/)
    const view = fc.record({
      cables: fc.uniqueArray(id, { maxLength: 4 }),
      places: fc.uniqueArray(id, { maxLength: 4 }),
      organizations: fc.uniqueArray(id, { maxLength: 4 }),
      topics: fc.uniqueArray(id, { maxLength: 4 }),
      venues: fc.uniqueArray(id, { maxLength: 4 }),
      voices: fc.uniqueArray(fc.constantFrom('US' as const, 'China' as const, 'other' as const, 'cable' as const)),
      markings: fc.uniqueArray(fc.constantFrom('U', 'SBU', 'none')),
      query: fc.string({ maxLength: 40 }).filter((q) => q.trim() === q),
      publicSafe: fc.boolean(),
    })
    fc.assert(
      fc.property(view, (filters) => {
        expect(parseView(serializeView(filters)).filters).toEqual(filters)
      }),
    )
  })

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const { filters } = parseView(search)
        expect(Array.isArray(filters.topics)).toBe(true)
      }),
    )
  })
})

describe('a link checked against the data', () => {
  const known = {
    cables: new Set(['07BEIJING2566']),
    places: new Set(['beijing']),
    organizations: new Set(['moe', 'mofcom']),
    topics: new Set(['transparency']),
    venues: new Set(['bcb']),
    markings: new Set(['U', 'SBU']),
  }

  it('drops ids the data does not know while parsing, cable and place too, and names them', () => {
    const { filters, dropped, unknownIds } = parseView('?cable=07BEIJING2566,99NOWHERE1&place=atlantis,beijing&org=moe,acme&topic=weather&venue=bcb&marking=TOP&side=Mars', known)
    expect(filters).toEqual({ ...emptyFilters, cables: ['07BEIJING2566'], places: ['beijing'], organizations: ['moe'], venues: ['bcb'] })
    expect(unknownIds).toEqual(['cable: 99NOWHERE1', 'place: atlantis', 'org: acme', 'topic: weather', 'marking: TOP'])
    expect(dropped).toEqual(['side', 'cable: 99NOWHERE1', 'place: atlantis', 'org: acme', 'topic: weather', 'marking: TOP'])
  })

  it('keeps every id before the data is known', () => {
    expect(parseView('?cable=99NOWHERE1&org=acme').filters).toEqual({ ...emptyFilters, cables: ['99NOWHERE1'], organizations: ['acme'] })
  })
})
