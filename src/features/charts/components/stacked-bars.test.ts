import { describe, expect, it } from 'vitest'
import { countFits, estimatedLines, namesAboveLayout } from './stacked-bars'

describe('a stacked segment’s count', () => {
  it('is drawn only where the segment holds it with room to spare, and never for zero', () => {
    expect(countFits(6, 18)).toBe(true)
    expect(countFits(6, 17)).toBe(false)
    expect(countFits(13, 27)).toBe(false)
    expect(countFits(13, 28)).toBe(true)
    expect(countFits(0, 500)).toBe(false)
  })
})

describe('names above the bars (a phone’s layout)', () => {
  it('keeps each row room for its longest name, wrapped at spaces, and never for fewer lines than it needs', () => {
    expect(estimatedLines('Ministry of Education', 298)).toBe(1)
    // 55 characters at 15 px: two lines of a phone's chart.
    expect(estimatedLines('Shanghai Administration of Industry and Commerce (SAIC)', 298)).toBe(2)
    // A word longer than the line still takes one line of its own.
    expect(estimatedLines('07BEIJING2455', 40)).toBe(1)
    const oneLine = namesAboveLayout(['Ministry of Education', 'MOFCOM'], 306)
    const twoLines = namesAboveLayout(['Ministry of Education', 'Shanghai Administration of Industry and Commerce (SAIC)'], 306)
    expect(oneLine.lines).toBe(1)
    expect(twoLines.lines).toBe(2)
    expect(twoLines.height).toBeGreaterThan(oneLine.height)
    // The first name's room is above the first bar, inside the chart.
    expect(twoLines.top).toBeGreaterThan(oneLine.top)
  })
})
