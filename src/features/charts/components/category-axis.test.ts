import { describe, expect, it } from 'vitest'
import { categoryAxisWidth, longestWordLength, tickFontSize } from './category-axis'

describe('a bar chart’s category axis', () => {
  it('takes its widest where there is room, and 45% of a phone’s chart', () => {
    expect(categoryAxisWidth(800, 270)).toBe(270)
    expect(categoryAxisWidth(310, 270)).toBe(140)
    expect(categoryAxisWidth(200, 270)).toBe(110)
  })

  it('widens, up to 55%, for a word that would otherwise be cut', () => {
    const longest = longestWordLength(["Supreme People's Court (07BEIJING2455)", 'Other venues (11)'])
    expect(longest).toBe('(07BEIJING2455)'.length)
    expect(categoryAxisWidth(310, 270, longest)).toBe(149)
    expect(categoryAxisWidth(250, 270, longest)).toBe(138)
    expect(categoryAxisWidth(800, 270, longest)).toBe(270)
  })

  it('draws names at the full size only where the tick is wide and its longest word fits', () => {
    expect(tickFontSize(258, 15)).toBe(16)
    expect(tickFontSize(189, 5)).toBe(13)
    // A tick just wide enough for the full size, but a word that would be cut at it: the narrow type.
    expect(tickFontSize(213, 20)).toBe(13)
    expect(tickFontSize(224, 20)).toBe(16)
  })
})
