import { describe, expect, it } from 'vitest'
import { excerptAround, findPhrase, segmentText } from '@/domain/text-ranges'
import { paragraphHref } from '@/lib/citations'
import { parseReaderHash } from './reader-hash'

describe('parseReaderHash', () => {
  it('reads what paragraphHref writes, quote included', () => {
    const quote = 'up to 80-90% of goods & more #1 “quoted”'
    const hash = paragraphHref('07BEIJING2566', 11, quote).split('#')[1]!
    expect(parseReaderHash(`#${hash}`)).toEqual({ paragraph: 11, quote })
    expect(parseReaderHash('#p7')).toEqual({ paragraph: 7, quote: null })
  })

  it.each(['', '#', '#p', '#p0', '#pabc', '#main', '#p12345', '#hl=x'])('targets nothing for %j', (hash) => {
    expect(parseReaderHash(hash).paragraph).toBeNull()
  })

  it('survives a malformed quote', () => {
    expect(parseReaderHash('#p3&hl=%E0%A4%A')).toEqual({ paragraph: 3, quote: expect.any(String) })
  })
})

describe('findPhrase and segmentText', () => {
  const text = 'USTR cited data: up to 80-90%\nof goods. Chaoyang, Chaoyang’s and Chaoyangs.'

  it('matches across line breaks and case, and whole words only when asked', () => {
    expect(findPhrase(text, 'UP TO 80-90% of goods')).toEqual([{ start: 17, end: 38 }])
    expect(findPhrase(text, 'chaoyang').length).toBe(3)
    expect(findPhrase(text, 'Chaoyang', { wholeWords: true }).length).toBe(2)
    expect(findPhrase(text, '   ')).toEqual([])
    expect(findPhrase(text, '(.*)')).toEqual([])
  })

  it('cuts text where restored ranges and marks meet, keeping the strongest mark', () => {
    const segments = segmentText('abcdefgh', [{ start: 2, end: 6 }], [
      { start: 0, end: 4, kind: 'name' },
      { start: 3, end: 5, kind: 'quote' },
      { start: 50, end: 60, kind: 'search' },
    ])
    expect(segments).toEqual([
      { text: 'ab', restored: false, mark: 'name' },
      { text: 'c', restored: true, mark: 'name' },
      { text: 'de', restored: true, mark: 'quote' },
      { text: 'f', restored: true, mark: null },
      { text: 'gh', restored: false, mark: null },
    ])
    expect(segments.map((s) => s.text).join('')).toBe('abcdefgh')
  })
})

describe('excerptAround', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ')

  it('keeps a short paragraph whole', () => {
    expect(excerptAround('a short one', { start: 2, end: 7 })).toEqual({ text: 'a short one', offset: 0, clippedStart: false, clippedEnd: false })
  })

  it('cuts a long one at word breaks around the quote, and the quote survives', () => {
    const [range] = findPhrase(words, 'w100 w101')
    const excerpt = excerptAround(words, range!, 40)
    expect(excerpt.clippedStart && excerpt.clippedEnd).toBe(true)
    expect(excerpt.text).toMatch(/^w\d+ .* w\d+$/)
    expect(words.slice(excerpt.offset, excerpt.offset + excerpt.text.length)).toBe(excerpt.text)
    expect(excerpt.text).toContain('w100 w101')
    expect(excerpt.text.length).toBeLessThanOrEqual(100)
  })
})
