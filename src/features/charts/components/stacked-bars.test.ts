import { describe, expect, it } from 'vitest'
import { countFits } from './stacked-bars'

describe('a stacked segment’s count', () => {
  it('is drawn only where the segment holds it with room to spare, and never for zero', () => {
    expect(countFits(6, 18)).toBe(true)
    expect(countFits(6, 17)).toBe(false)
    expect(countFits(13, 27)).toBe(false)
    expect(countFits(13, 28)).toBe(true)
    expect(countFits(0, 500)).toBe(false)
  })
})
