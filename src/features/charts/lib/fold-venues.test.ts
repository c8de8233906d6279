import { describe, expect, it } from 'vitest'
import { events, venues } from '../testing/fixtures'
import { foldNote, foldVenues, otherVenuesLabel } from './fold-venues'
import { foldLanes, timelineLanes } from './timeline'

const ids = ['a', 'b', 'c', 'd', 'e']

describe('foldVenues', () => {
  it('keeps the venues with the most items, in venue order, ties going to the earlier venue', () => {
    const counts = new Map([['e', 5], ['d', 1], ['c', 2], ['b', 2], ['a', 1]])
    expect(foldVenues(counts, ids, 2)).toEqual({ shown: ['b', 'e'], folded: ['a', 'c', 'd'] })
    expect(foldVenues(new Map(ids.map((id) => [id, 1])), ids, 2)).toEqual({ shown: ['a', 'b'], folded: ['c', 'd', 'e'] })
  })
  it('folds nothing while one "Other" would hide a single venue, and skips venues with no items', () => {
    expect(foldVenues(new Map([['c', 1], ['a', 3], ['b', 0], ['d', 2]]), ids, 2)).toEqual({ shown: ['a', 'c', 'd'], folded: [] })
  })
  it('puts venues missing from the venue list after the known ones', () => {
    expect(foldVenues(new Map([['zz', 9], ['b', 1], ['a', 1], ['c', 1]]), ids, 2)).toEqual({ shown: ['a', 'zz'], folded: ['b', 'c'] })
  })
  it('words the fold', () => {
    expect(otherVenuesLabel(192)).toBe('Other venues (192)')
    expect(foldNote(192)).toBe('192 smaller venues are grouped as Other venues')
  })
})

describe('foldLanes', () => {
  it('leaves few lanes alone', () => {
    const { lanes } = timelineLanes(events, venues.map((v) => v.id))
    expect(foldLanes(lanes, venues.map((v) => v.id))).toEqual({ lanes, folded: [] })
  })
  it('gathers the smaller venues into one lane before the unplaced one, one mark per shared span', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...events[1]!, id: `e${i}`, venueId: `v${i}`, date: { value: i < 2 ? '2006-03' : '2006-08', precision: 'month' as const } }))
    const order = many.map((e) => e.venueId)
    const { lanes } = timelineLanes([...many, { ...events[1]!, id: 'extra', venueId: 'v5' }, events[3]!], order)
    const folded = foldLanes(lanes, order, 3)
    expect(folded.lanes.map((l) => [l.venueId, l.foldedVenueIds?.length])).toEqual([['v0', undefined], ['v1', undefined], ['v5', undefined], [null, 9], [null, undefined]])
    const other = folded.lanes[3]!
    expect(other.items.map((i) => i.sameSpan?.map((e) => e.id))).toEqual([['e2', 'e3', 'e4', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11']])
    expect(other.rows).toBe(1)
  })
})
