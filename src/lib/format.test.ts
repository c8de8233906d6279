import { describe, expect, it } from 'vitest'
import { formatDateRange, formatDay, formatEventDate, formatTimestamp, inferredBases, joinNames } from './format'

const month = (value: string) => ({ value, precision: 'month' as const, inferredFrom: null })
const day = (value: string, inferredFrom: string | null = null) => ({ value, precision: 'day' as const, inferredFrom })
const year = (value: string) => ({ value, precision: 'year' as const, inferredFrom: null })

describe('dates as precise as the cable', () => {
  it('writes a cable’s sending time in UTC, and its day alone where the hour is noise', () => {
    expect(formatTimestamp('2007-04-18T06:44:00Z')).toBe('18 April 2007, 06:44 UTC')
    expect(formatTimestamp('2007-04-17T23:05:00-08:00')).toBe('18 April 2007, 07:05 UTC')
    expect(formatDay('2007-04-18T06:44:00Z')).toBe('18 April 2007')
    expect(formatTimestamp('+010000-01-01T12:34:00Z')).toBe('1 January 10000, 12:34 UTC')
    // Not a date: shown as the cable gives it, never as "Invalid Date".
    expect(formatTimestamp('not stated')).toBe('not stated')
  })
  it('writes a range with both ends, no more precise than each', () => {
    expect(formatDateRange(month('2006-08'), month('2006-09'))).toBe('August–September 2006')
    expect(formatDateRange(year('2006'), day('2007-03-16'))).toBe('2006 – 16 March 2007')
    expect(formatDateRange(month('2007-03'), null)).toBe('March 2007')
  })
  it('says a plan is planned and a state holds "as of" a date', () => {
    expect(formatEventDate({ kind: 'plan', start: year('2007'), end: null })).toBe('planned: 2007')
    expect(formatEventDate({ kind: 'state', start: day('2007-03-16'), end: null })).toBe('as of 16 March 2007')
    expect(formatEventDate({ kind: 'state', start: year('2006'), end: day('2007-03-16') })).toBe('since 2006, as of 16 March 2007')
    expect(formatEventDate({ kind: 'happening', start: month('2007-03'), end: month('2007-04') })).toBe('March–April 2007')
    expect(formatEventDate({ kind: 'state', start: month('2007-02'), end: month('2007-02') })).toBe('in February 2007')
  })
  it('collects where inferred dates come from, once each', () => {
    expect(inferredBases(day('2007-03-16', '¶1'), day('2007-03-16', '¶1'), null, month('2007-01'))).toEqual(['¶1'])
    // A reason the two ends share is said once (07GUANGZHOU376's review trip read "year from the cable's date" twice).
    const cableDate = "year from the cable's date, 23 March 2007"
    expect(inferredBases(day('2007-03-12', cableDate), day('2007-03-15', `¶1 "March 12-15"; ${cableDate}`))).toEqual([cableDate, '¶1 "March 12-15"'])
  })
})

describe('joinNames', () => {
  it('joins names in English, each once', () => {
    expect(joinNames([])).toBe('')
    expect(joinNames(['USTR'])).toBe('USTR')
    expect(joinNames(['USTR', 'MOFCOM', 'USTR', 'BCB'])).toBe('USTR, MOFCOM and BCB')
  })
})
