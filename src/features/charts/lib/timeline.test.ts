import { describe, expect, it } from 'vitest'
import { events, venues } from '../testing/fixtures'
import { eventSpan, partialDateSpan, timelineLanes, timelineTakeaway } from './timeline'

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
    expect(outside.map((e) => e.start.value)).toEqual(['2000', '2008'])
  })
  it('keeps a year that runs past April 2007 out of the drawn window', () => {
    const { lanes, outside } = timelineLanes([{ ...events[0]!, start: { value: '2007', precision: 'year', inferredFrom: null } }], [])
    expect(lanes).toEqual([])
    expect(outside).toHaveLength(1)
  })
})

describe('timeline rows', () => {
  it('stacks overlapping spans in one lane instead of drawing one over the other', () => {
    const year = { ...events[0]!, id: 'a', venueId: 'mofcom', start: { value: '2006', precision: 'year' as const, inferredFrom: null } }
    const march = { ...year, id: 'b', start: { value: '2006-03', precision: 'month' as const, inferredFrom: null } }
    const april2007 = { ...year, id: 'c', start: { value: '2007-04', precision: 'month' as const, inferredFrom: null } }
    const [lane] = timelineLanes([year, march, april2007], ['mofcom']).lanes
    expect(lane?.rows).toBe(2)
    expect(lane?.items.map((i) => [i.event.id, i.row])).toEqual([['a', 0], ['b', 1], ['c', 0]])
  })
})

describe('timelineTakeaway', () => {
  const base = { drawn: 4, lanes: 2, outside: 0, foldNote: null }
  it('names the one venue with the most events', () => {
    expect(timelineTakeaway({ ...base, perLane: [{ name: 'BCB', count: 3 }, { name: 'MOFCOM', count: 1 }] })).toBe(
      '4 dated events fall between January 2006 and April 2007 across 2 lanes; BCB has the most (3).',
    )
  })
  it('names every venue that ties, never one of them as "the busiest"', () => {
    expect(timelineTakeaway({ ...base, perLane: [{ name: 'BCB', count: 2 }, { name: 'MOFCOM', count: 2 }] })).toBe(
      '4 dated events fall between January 2006 and April 2007 across 2 lanes; BCB and MOFCOM tie for the most (2 each).',
    )
  })
  it('says nothing about "the most" with one lane, and agrees the verb with one event', () => {
    expect(timelineTakeaway({ ...base, drawn: 1, lanes: 1, perLane: [{ name: 'SPC', count: 1 }] })).toBe(
      '1 dated event falls between January 2006 and April 2007 across 1 lane.',
    )
  })
  it('says so when nothing is drawn, and counts what lies outside', () => {
    expect(timelineTakeaway({ drawn: 0, lanes: 0, perLane: [], outside: 2, foldNote: null })).toBe(
      'No dated event falls between January 2006 and April 2007. 2 events lie outside the timeline.',
    )
  })
})

describe('eventSpan and kinds', () => {
  it('draws a range from the start of its first month to the end of its last', () => {
    const range = { ...events[1]!, start: { value: '2006-08', precision: 'month' as const, inferredFrom: null }, end: { value: '2006-09', precision: 'month' as const, inferredFrom: null } }
    expect(eventSpan(range)).toEqual({ start: Date.UTC(2006, 7, 1), end: Date.UTC(2006, 9, 1) })
    const { lanes } = timelineLanes([range], ['bcb'])
    expect(lanes[0]?.items[0]).toMatchObject({ precision: 'month', kind: 'happening', inferred: false })
  })
  it('marks a plan and an inferred date so the chart can draw them apart from happenings', () => {
    const plan = { ...events[3]!, kind: 'plan' as const, start: { value: '2007-03-16', precision: 'day' as const, inferredFrom: '¶1' } }
    const { lanes } = timelineLanes([plan], [])
    expect(lanes[0]?.items[0]).toMatchObject({ kind: 'plan', inferred: true })
  })
})
