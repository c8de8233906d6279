import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../../mocks/dataset'
import { backlinksByParagraph } from './backlinks'

const data = mockDataset()
const links = backlinksByParagraph(data, '07BEIJING2566', '')
const label = (paragraph: number, id: string, kind = 'figure') => links.get(paragraph)?.find((l) => l.kind === kind && l.id === id)?.label

describe('a paragraph’s backlinks', () => {
  it('give a figure with its qualifiers, its source and its dispute, as its card does', () => {
    const silkStreet = data.figures.find((f) => f.disputes.length > 0 && f.display.startsWith('up to 80'))!
    expect(label(11, silkStreet.id)).toBe(
      'up to 80–90% (in some categories) — Share of goods at Silk Street that are counterfeits (recent industry data, cited by USTR; disputed by Chaoyang)',
    )
  })

  it('give a figure an official stated with who stated it', () => {
    const visitors = data.figures.find((f) => f.display === '20%' && f.label.includes('CIECC'))!
    expect(label(visitors.citations[0]!.paragraph, visitors.id)).toMatch(/^20% — Share of visitors to the CIECC website from the United States, February 2007 \(according to MOFCOM\)$/)
  })

  it('give an event an official reported with who reported it, not as what the cable states, and mark a date the cable does not state whole', () => {
    expect(label(3, 'bcb-watermark-pilot', 'event')).toMatch(/^January 2007 \(inferred\): BCB launches a pilot program .* \(as Wang Yefei \(BCB\) explained\)$/)
  })

  it('leave a date the cable states unmarked', () => {
    expect(label(17, 'ciecc-visitors-february-2007', 'event')).toBe('in February 2007: 20 percent of visitors to the CIECC website were from the United States (as MOFCOM said)')
  })
})
