import { describe, expect, it } from 'vitest'
import { eventCableId } from '@/domain/selectors/filter-dashboard'
import { events, guangzhouVenue, otherCableEvents, venues } from '../testing/fixtures'
import { eventSpan, partialDateSpan, TIMELINE_WINDOW, timelineLanes, timelineTakeaway, timelineWindow, windowBounds } from './timeline'

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

const day = (value: string) => ({ start: { value, precision: 'day' as const, inferredFrom: null }, end: null })
const month = (value: string) => ({ start: { value, precision: 'month' as const, inferredFrom: null }, end: null })
const year = (value: string) => ({ start: { value, precision: 'year' as const, inferredFrom: null }, end: null })

describe('timelineWindow', () => {
  it("is today's January 2006 to April 2007 for 07BEIJING2566's events, plans for 2007 and 2008 left outside", () => {
    expect(timelineWindow(events)).toEqual(TIMELINE_WINDOW)
    expect(windowBounds(TIMELINE_WINDOW)).toEqual({ from: 'January 2006', to: 'April 2007' })
  })
  it('reaches the end of the month of the latest event, from January 2006', () => {
    const window = timelineWindow([...events, ...otherCableEvents])
    expect(window).toEqual({ start: Date.UTC(2006, 0, 1), end: Date.UTC(2008, 8, 1) })
    expect(windowBounds(window)).toEqual({ from: 'January 2006', to: 'August 2008' })
  })
  it('never draws a view reaching back to 2006 on less than January 2006 to April 2007', () => {
    expect(timelineWindow([month('2006-08'), month('2006-10')])).toEqual(TIMELINE_WINDOW)
  })
  it('starts in January of the first year with an event, not before 2006; a year alone does not stretch the end', () => {
    expect(timelineWindow([day('2008-08-08'), month('2008-06'), year('2000')])).toEqual({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2008, 8, 1) })
    expect(timelineWindow([year('2008'), day('2008-03-02')])).toEqual({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2008, 3, 1) })
    // Only years: the latest year's end.
    expect(timelineWindow([year('2008')])).toEqual({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2009, 0, 1) })
    expect(timelineWindow([])).toEqual(TIMELINE_WINDOW)
  })
})

describe('cable lanes', () => {
  const allVenues = [guangzhouVenue, ...venues]
  const venueCable = new Map(allVenues.map((v) => [v.id, v.cableId]))
  const cableOf = (event: (typeof events)[number]) => eventCableId(event, venueCable)
  const order = ['07GUANGZHOU376', '07BEIJING2455', '07BEIJING2463', '07BEIJING2566', '08SHANGHAI330']
  it("gives each cable one lane in the corpus's order, events with no venue in their cable's lane", () => {
    const all = [...events, ...otherCableEvents]
    const { lanes, outside } = timelineLanes(all, order, { window: timelineWindow(all), cableOf })
    expect(lanes.map((l) => [l.cableId, l.venueId, l.items.map((i) => i.event.id)])).toEqual([
      ['07GUANGZHOU376', null, ['Provincial review announced', 'Fujian meeting']],
      ['07BEIJING2566', null, ['BCB Internet enforcement starts', 'AmCham MOU signed', 'USTR meetings in Beijing']],
      ['08SHANGHAI330', null, ['Farewell visit to Shanghai']],
    ])
    // "2008", a year, runs past August 2008: listed, not drawn.
    expect(outside.map((e) => e.id)).toEqual(['Textbook use grows since 2000', 'Olympic Games'])
  })
  it('packs rows with the room the chart asks for: more room, more rows', () => {
    const close = [0, 1, 2].map((i) => ({ ...events[3]!, id: `d${i}`, start: { value: `2007-03-1${i}`, precision: 'day' as const, inferredFrom: null } }))
    expect(timelineLanes(close, [], { room: { label: 0, lead: 0 } }).lanes[0]?.rows).toBe(1)
    expect(timelineLanes(close, []).lanes[0]?.rows).toBe(3)
  })
  it('says the real window and that lanes are cables', () => {
    expect(
      timelineTakeaway({ drawn: 7, lanes: 3, perLane: [{ name: '07GUANGZHOU376', count: 2 }, { name: '07BEIJING2566', count: 4 }, { name: '08SHANGHAI330', count: 1 }], outside: 1, foldNote: null, window: timelineWindow([...events, ...otherCableEvents]), laneNoun: 'cable' }),
    ).toBe('7 dated events fall between January 2006 and August 2008 across 3 lanes, one per cable; 07BEIJING2566 has the most (4). 1 event lies outside the timeline.')
  })
})
