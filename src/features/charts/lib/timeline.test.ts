import { describe, expect, it } from 'vitest'
import { events, venues } from '../testing/fixtures'
import { partialDateSpan, timelineLanes } from './timeline'

describe('partialDateSpan', () => {
  it('spans the whole day, month or year the date means', () => {
    expect(partialDateSpan({ value: '2007-03-16', precision: 'day' })).toEqual({ start: Date.UTC(2007, 2, 16), end: Date.UTC(2007, 2, 17) })
    expect(partialDateSpan({ value: '2006-08', precision: 'month' })).toEqual({ start: Date.UTC(2006, 7, 1), end: Date.UTC(2006, 8, 1) })
    expect(partialDateSpan({ value: '2006-12', precision: 'month' }).end).toBe(Date.UTC(2007, 0, 1))
    expect(partialDateSpan({ value: '2008', precision: 'year' })).toEqual({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2009, 0, 1) })
  })
})

describe('timelineLanes', () => {
  it('puts events in venue lanes, unplaced events last, and lists those outside the window', () => {
    const { lanes, outside } = timelineLanes(events, venues.map((v) => v.id))
    expect(lanes.map((l) => [l.venueId, l.items.map((i) => i.event.id)])).toEqual([
      ['bcb', ['BCB Internet enforcement starts']],
      ['chaoyang', ['AmCham MOU signed']],
      [null, ['USTR meetings in Beijing']],
    ])
    expect(outside.map((e) => e.date.value)).toEqual(['2000', '2008'])
  })
  it('keeps a year that runs past April 2007 out of the drawn window', () => {
    const { lanes, outside } = timelineLanes([{ ...events[0]!, date: { value: '2007', precision: 'year' } }], [])
    expect(lanes).toEqual([])
    expect(outside).toHaveLength(1)
  })
})

describe('timeline rows', () => {
  it('stacks overlapping spans in one lane instead of drawing one over the other', () => {
    const year = { ...events[0]!, id: 'a', venueId: 'mofcom', date: { value: '2006', precision: 'year' as const } }
    const march = { ...year, id: 'b', date: { value: '2006-03', precision: 'month' as const } }
    const april2007 = { ...year, id: 'c', date: { value: '2007-04', precision: 'month' as const } }
    const [lane] = timelineLanes([year, march, april2007], ['mofcom']).lanes
    expect(lane?.rows).toBe(2)
    expect(lane?.items.map((i) => [i.event.id, i.row])).toEqual([['a', 0], ['b', 1], ['c', 0]])
  })
})
