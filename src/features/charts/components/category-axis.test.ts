import { describe, expect, it } from 'vitest'
import { categoryAxisWidth, longestWordLength } from './category-axis'

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
})
