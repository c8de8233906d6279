import { describe, expect, it } from 'vitest'
import { events } from '../testing/fixtures'
import { timelineWindow, windowMonths, type TimelineWindow } from './timeline'
import { estimateTextWidth, labelsClear, laneLabelLines, monthAxis, NARROW_BELOW, timelineLayout } from './timeline-axis'

const months = (startYear: number, startMonth: number, count: number): TimelineWindow => ({
  start: Date.UTC(startYear, startMonth, 1),
  end: Date.UTC(startYear, startMonth + count, 1),
})

// Chart widths from a 360px phone (about 260px inside the card) to a 1920px screen (about 1860px).
const WIDTHS = [260, 300, 360, 420, 500, 599, 600, 640, 720, 800, 960, 1117, 1280, 1500, 1860]

describe('monthAxis', () => {
  for (const count of [4, 16, 36]) {
    it(`labels a ${count}-month window without two labels touching, at every width`, () => {
      const window = months(2006, 0, count)
      expect(windowMonths(window)).toBe(count)
      for (const width of WIDTHS) {
        const layout = timelineLayout(width, window, '88')
        const axis = monthAxis(window, layout.x, width)
        expect(axis.labels.length, `${count} months at ${width}px`).toBeGreaterThan(0)
        expect(labelsClear(axis.labels, width), `${count} months at ${width}px: ${axis.labels.map((l) => l.text).join(' | ')}`).toBe(true)
        // Estimated extents as drawn: no label starts before the previous one ends.
        for (const [a, b] of axis.labels.slice(1).map((label, i) => [axis.labels[i]!, label] as const)) expect(b.x).toBeGreaterThan(a.x + a.width)
        // Every label ends left of the right edge.
        for (const label of axis.labels) expect(label.x + estimateTextWidth(label.text)).toBeLessThanOrEqual(width)
      }
    })
  }
  it('labels months when there is room, quarters or years when there is not', () => {
    const window = months(2006, 0, 32)
    expect(monthAxis(window, timelineLayout(1860, window, '88').x, 1860).step).toBe(3)
    expect(monthAxis(window, timelineLayout(260, window, '88').x, 260).step).toBe(12)
    expect(monthAxis(window, timelineLayout(260, window, '88').x, 260).labels.map((l) => l.text)).toEqual(['2006', '2007', '2008'])
    const short = months(2007, 0, 4)
    expect(monthAxis(short, timelineLayout(960, short, '88').x, 960).labels.map((l) => l.text)).toEqual(['Jan 2007', 'Feb', 'Mar', 'Apr'])
  })
  it('labels a window that starts mid-year with its year, and never past the right edge', () => {
    const window = months(2007, 6, 16)
    const axis = monthAxis(window, timelineLayout(1117, window, '88').x, 1117)
    expect(axis.labels[0]?.text).toBe('Jul 2007')
    expect(axis.labels.map((l) => l.text)).toContain('Jan 2008')
  })
})

describe('timelineLayout', () => {
  it('puts lane labels in a column when wide, above the lanes when narrow, and keeps room for the widest number on the right', () => {
    const window = timelineWindow(events)
    const wide = timelineLayout(1117, window, '59')
    expect(wide.labelColumn).toBeGreaterThan(0)
    expect(wide.x(window.start)).toBeGreaterThan(wide.labelColumn!)
    expect(wide.x(window.end) + 9 + 5 + estimateTextWidth('59', 16, 'bold')).toBeLessThanOrEqual(1117)
    const narrow = timelineLayout(NARROW_BELOW - 1, window, '59')
    expect(narrow.labelColumn).toBeNull()
    // A narrower chart keeps more time free after each mark for its number.
    expect(narrow.room.label).toBeGreaterThan(wide.room.label)
  })
  it('wraps a lane label to the column, breaking a cable lane at its " · "', () => {
    expect(laneLabelLines('07GUANGZHOU376 · Consulate Guangzhou', 40)).toEqual(['07GUANGZHOU376 · Consulate Guangzhou'])
    expect(laneLabelLines('07GUANGZHOU376 · Consulate Guangzhou', 20)).toEqual(['07GUANGZHOU376', 'Consulate Guangzhou'])
    expect(laneLabelLines('Judicial interpretation, probation and an IP court', 20)).toEqual(['Judicial', 'interpretation,', 'probation and an IP', 'court'])
  })
})
