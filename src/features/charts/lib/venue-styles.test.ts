import { describe, expect, it } from 'vitest'
import { OTHER_VENUES_STYLE, venueStyler, type PatternKind } from './venue-styles'

/** What the eye groups together: three kinds of lines read alike at a chart's 10 px texture. */
const FAMILY: Record<PatternKind, string> = { solid: 'fill', diagonal: 'lines', horizontal: 'lines', vertical: 'lines', dots: 'dots', cross: 'grid', checks: 'checks' }

describe('venue styles', () => {
  // Three rounds of the eight colours: more venues than the five cables hold (19).
  const ids = Array.from({ length: 24 }, (_, i) => `v${i}`)
  const style = venueStyler(ids)
  const styles = ids.map((id) => style(id))

  it('gives two venues of one colour textures of different kinds', () => {
    const clashes: string[] = []
    styles.forEach((a, i) =>
      styles.slice(i + 1).forEach((b, k) => {
        if (a.color === b.color && FAMILY[a.pattern] === FAMILY[b.pattern]) clashes.push(`v${i} ${a.pattern} / v${i + 1 + k} ${b.pattern} (${a.color})`)
      }),
    )
    expect(clashes).toEqual([])
  })

  it('keeps the first eight venues as they were, and leaves "Other venues" its own texture', () => {
    expect(styles.slice(0, 8).map((s) => s.pattern)).toEqual(['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'solid', 'diagonal'])
    expect(styles.some((s) => s.pattern === OTHER_VENUES_STYLE.pattern)).toBe(false)
  })

  it('gives a venue the same look whatever else is listed after it', () => {
    expect(venueStyler(ids.slice(0, 10))('v9')).toEqual(styles[9])
  })
})
