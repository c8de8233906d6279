import { describe, expect, it } from 'vitest'
import { complaintCentres, counterfeitShare, figures, textbooks, usVisitorShare } from '../testing/fixtures'
import { formatFigureValue, isCounterfeitShareFigure, isUsVisitorShareFigure, keyFigures, qualifiersNotShown } from '@/domain/selectors/figures'

describe('figure roles', () => {
  it('finds the two charted figures by content and leaves the rest as tiles', () => {
    expect(figures.filter(isCounterfeitShareFigure)).toEqual([counterfeitShare])
    expect(figures.filter(isUsVisitorShareFigure)).toEqual([usVisitorShare])
    expect(keyFigures(figures)).toEqual([complaintCentres, textbooks])
  })
  it('keeps qualifiers the display text lacks, and formats ranges as ranges', () => {
    expect(qualifiersNotShown(counterfeitShare)).toEqual(['in some categories'])
    expect(qualifiersNotShown(textbooks)).toEqual([])
    // 07GUANGZHOU376's alleged payment: its label already says "for each infringer shut down".
    const perInfringer = { ...textbooks, display: 'RMB 100,000 per infringer shut down', label: 'Payment asked for, for each infringer shut down', qualifiers: ['allegedly', 'for each infringer shut down'] }
    expect(qualifiersNotShown(perInfringer)).toEqual(['allegedly'])
    // A short hedge is kept even where the label has the same words in another sense.
    expect(qualifiersNotShown({ ...perInfringer, qualifiers: ['up to'], label: 'Tenants evicted up to the August 8 visit' })).toEqual(['up to'])
    expect(formatFigureValue(counterfeitShare)).toBe('80–90%')
    expect(formatFigureValue(usVisitorShare)).toBe('20%')
  })
})
