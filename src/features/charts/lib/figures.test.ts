import { describe, expect, it } from 'vitest'
import { complaintCentres, counterfeitShare, figures, textbooks, usVisitorShare } from '../testing/fixtures'
import { formatFigureValue, isCounterfeitShareFigure, isUsVisitorShareFigure, keyFigures, qualifiersMissingFromDisplay } from '@/domain/selectors/figures'

describe('figure roles', () => {
  it('finds the two charted figures by content and leaves the rest as tiles', () => {
    expect(figures.filter(isCounterfeitShareFigure)).toEqual([counterfeitShare])
    expect(figures.filter(isUsVisitorShareFigure)).toEqual([usVisitorShare])
    expect(keyFigures(figures)).toEqual([complaintCentres, textbooks])
  })
  it('keeps qualifiers the display text lacks, and formats ranges as ranges', () => {
    expect(qualifiersMissingFromDisplay(counterfeitShare)).toEqual(['in some categories'])
    expect(qualifiersMissingFromDisplay(textbooks)).toEqual([])
    expect(formatFigureValue(counterfeitShare)).toBe('80–90%')
    expect(formatFigureValue(usVisitorShare)).toBe('20%')
  })
})
