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
    expect(label(3, 'bcb-watermark-pilot', 'event')).toMatch(/^January 2007 \(inferred\) — Wang Yefei \(BCB\) explained: BCB launches a pilot program [^()]*$/)
  })

  it('leave a date the cable states unmarked', () => {
    expect(label(17, 'ciecc-visitors-february-2007', 'event')).toBe('in February 2007 — MOFCOM said: 20 percent of visitors to the CIECC website were from the United States')
  })

  it('run in the order of the paragraph’s sentences within each kind, so each sits beside its own', () => {
    const cable = data.cables.find((c) => c.id === '07BEIJING2566')!
    const texts = new Map(cable.paragraphs.map((p) => [p.number, p.text.replace(/\s+/g, ' ')]))
    const ordered = backlinksByParagraph(data, cable.id, '', new Map(cable.paragraphs.map((p) => [p.number, p.text])))
    const items = { issue: data.issues, position: data.positions, figure: data.figures, event: data.events }
    const offset = (n: number, link: { kind: keyof typeof items; id: string }) =>
      Math.min(...items[link.kind].find((item) => item.id === link.id)!.citations.filter((c) => c.cableId === cable.id && c.paragraph === n).map((c) => texts.get(n)!.indexOf(c.quote.replace(/\s+/g, ' '))))
    let checked = 0
    for (const [n, inParagraph] of ordered) {
      for (const kind of ['issue', 'position', 'figure', 'event'] as const) {
        const offsets = inParagraph.filter((l) => l.kind === kind).map((l) => offset(n, { kind, id: l.id }))
        expect(offsets, `¶${n} ${kind}s`).toEqual([...offsets].sort((a, b) => a - b))
        checked += offsets.length
      }
    }
    expect(checked).toBeGreaterThan(100)
    // ¶10: Xie's MOU of October 2006 before the visit the Chaoyang officials would like to make in 2007.
    const events = ordered.get(10)!.filter((l) => l.kind === 'event').map((l) => l.id)
    expect(events.indexOf('chaoyang-amcham-mou-signed')).toBeLessThan(events.indexOf('chaoyang-planned-us-visit'))
  })
})
