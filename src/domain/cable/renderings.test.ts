// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCable } from './parse-cable.ts'
import { diffWords } from './word-diff.ts'

const read = (name: string): string => readFileSync(new URL(`../../../data/cables/${name}`, import.meta.url), 'utf8')
const wikileaksText = read('07BEIJING2566.wikileaks.txt')
const scoopText = read('07BEIJING2566.scoop.txt')
const wikileaks = parseCable(wikileaksText)
const scoop = parseCable(scoopText)

/**
 * Words the news-site rendering lost, by paragraph. Each was a line of its own (the last
 * line of the paragraph) in the WikiLeaks rendering; the news site dropped one-word lines.
 */
const LOST_WORDS: Record<number, string[]> = {
  3: ['government.'],
  8: ['pirates.'],
  9: ['businesses.'],
  12: ['misunderstandings.'],
  13: ['royalties.'],
  20: ['Comment.'],
}

const HEADINGS: [number, string][] = [
  [1, 'Summary'],
  [2, 'Online Copyright Enforcement'],
  [3, 'Difficulty Prosecuting Online Cases'],
  [8, 'Infringement at Universities'],
  [9, 'Strategies for Enforcement in Counterfeit Markets'],
  [11, 'Chaoyang Challenges Silk Street Allegations'],
  [13, 'Online and Textbook Piracy at Universities'],
  [15, "MOFCOM's IPR Enforcement Strategies"],
  [18, 'Comment'],
  // ¶20 ends "End Comment.": the cleared-by line after it is not part of the comment.
  [21, ''],
]
const shape = (p: { number: number; marking: string | null }) => [p.number, p.marking]
const headingOf = (n: number): string | null => HEADINGS.toReversed().find(([from]) => n >= from)?.[1] || null

describe('07BEIJING2566 in two renderings', () => {
  it('reads the WikiLeaks header', () => {
    expect(wikileaks).toMatchObject({
      id: '07BEIJING2566',
      subject: 'USTR CONCLUDES PROVINCIAL IPR REVIEW IN BEIJING',
      origin: 'AMEMBASSY BEIJING',
      sent: '2007-04-18T06:44:00Z',
      precedence: 'IMMEDIATE',
      classification: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY',
      eo: '12958: N/A',
      tags: ['KIPR', 'ETRD', 'ECON', 'WTRO', 'CH'],
      references: ['Beijing 02455'],
      pages: 8,
    })
    expect(wikileaks.addressees[0]).toBe('SECSTATE WASHDC')
    expect(wikileaks.addressees.at(-1)).toBe('FBI WASHINGTON DC')
    expect(wikileaks.addressees).toHaveLength(15)
    expect(wikileaks.diagnostics).toEqual([])
  })

  it('reads what the news-site header still has', () => {
    expect(scoop).toMatchObject({
      id: '07BEIJING2566',
      sent: '2007-04-18T06:44:00Z',
      precedence: 'IMMEDIATE',
      eo: '12958: N/A',
      references: ['Beijing 02455'],
      pages: 8,
      // The news site dropped SUBJECT, TAGS, FM and the banner.
      subject: null,
      tags: [],
      classification: null,
      origin: null,
    })
    expect(scoop.diagnostics).toEqual([])
  })

  it('finds the same 21 paragraphs with the same numbers and markings in both', () => {
    const expected = Array.from({ length: 21 }, (_, k) => [k + 1, k + 1 >= 18 && k + 1 <= 20 ? 'SBU' : 'U'])
    expect(wikileaks.paragraphs.map(shape)).toEqual(expected)
    expect(scoop.paragraphs.map(shape)).toEqual(expected)
  })

  it('finds the same headings, except the Comment heading the news site lost', () => {
    expect(wikileaks.paragraphs.map((p) => p.heading)).toEqual(wikileaks.paragraphs.map((p) => headingOf(p.number)))
    // The news site dropped the "-------/Comment/-------" block, so ¶18–21 stay under the previous heading.
    const scoopExpected = scoop.paragraphs.map((p) => (p.number >= 18 ? "MOFCOM's IPR Enforcement Strategies" : headingOf(p.number)))
    expect(scoop.paragraphs.map((p) => p.heading)).toEqual(scoopExpected)
  })

  it('keeps headings, page breaks, SIPDIS and boilerplate out of paragraph text', () => {
    for (const p of [...wikileaks.paragraphs, ...scoop.paragraphs]) {
      expect(p.text).not.toMatch(/SIPDIS|OF 008|---|Scoop|¶|\s{2}/)
      for (const [, heading] of HEADINGS.slice(1, -1)) expect(p.text.endsWith(heading)).toBe(false)
    }
    expect(scoop.paragraphs.at(-1)?.text).toBe('This report was cleared by USTR.')
  })

  it('differs word for word only by the words the news site lost', () => {
    const lost: Record<number, string[]> = {}
    wikileaks.paragraphs.forEach((full, k) => {
      const partial = scoop.paragraphs[k]
      if (!partial) throw new Error(`missing scoop paragraph ${full.number}`)
      const fullWords = full.text.split(' ')
      const changes = diffWords(fullWords, partial.text.split(' '))
      for (const change of changes) {
        // Only deletions in the news-site text...
        expect(change.kind).toBe('delete')
        // ...at the end of the paragraph, where the line was lost,
        expect(change.at + change.words.length).toBe(fullWords.length)
        // ...of words that made a whole line of the WikiLeaks source and appear on no line of the news site.
        const line = change.words.join(' ')
        expect(wikileaksText.split('\n').map((l) => l.trim())).toContain(line)
        expect(scoopText.split('\n').map((l) => l.trim())).not.toContain(line)
        ;(lost[full.number] ??= []).push(...change.words)
      }
    })
    expect(lost).toEqual(LOST_WORDS)
  })

  it('keeps the typos both renderings share', () => {
    for (const r of [wikileaks, scoop]) expect(r.paragraphs[3]?.text).toContain('concerned about whic noties are legitimate')
  })
})
