// @vitest-environment node
import { readFileSync } from 'node:fs'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCable } from './parse-cable.ts'
import type { ParsedCable } from './types.ts'

const realLines = ['07BEIJING2566.wikileaks.txt', '07BEIJING2566.scoop.txt'].map((name) =>
  readFileSync(new URL(`../../../data/cables/${name}`, import.meta.url), 'utf8').split('\n'),
)

const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string'
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string')

/** The result has exactly the ParsedCable shape, and the parser did not hit an internal error. */
function expectWellFormed(r: ParsedCable): void {
  expect(Object.keys(r).sort()).toEqual(
    ['addressees', 'classification', 'diagnostics', 'eo', 'id', 'origin', 'pages', 'paragraphs', 'precedence', 'references', 'sent', 'subject', 'tags'],
  )
  for (const key of ['id', 'subject', 'origin', 'sent', 'precedence', 'classification', 'eo'] as const) expect(isStringOrNull(r[key])).toBe(true)
  for (const key of ['references', 'tags', 'addressees'] as const) expect(isStringArray(r[key])).toBe(true)
  expect(r.pages === null || (Number.isInteger(r.pages) && r.pages > 0)).toBe(true)
  expect(r.sent === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/.test(r.sent)).toBe(true)
  for (const p of r.paragraphs) {
    expect(Number.isInteger(p.number) && p.number >= 0).toBe(true)
    expect(isStringOrNull(p.marking) && isStringOrNull(p.heading)).toBe(true)
    expect(typeof p.text).toBe('string')
    expect(p.text).toBe(p.text.trim())
    expect(p.text).not.toMatch(/\s\s|\n/)
  }
  for (const d of r.diagnostics) {
    expect(typeof d.code === 'string' && d.code.length > 0 && typeof d.message === 'string').toBe(true)
  }
  expect(r.diagnostics.map((d) => d.code)).not.toContain('internal-error')
  expect(r.paragraphs.length > 0 || r.diagnostics.some((d) => d.code === 'no-numbered-paragraphs')).toBe(true)
}

/** Lines that look like parts of a cable, to build plausible-but-broken inputs. */
const fragment = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'SIPDIS',
    '-------',
    '--------------------------------------------- ----',
    'Summary',
    'BEIJING 00002566  002 OF 008',
    '001.2 OF 003',
    'C O N F I D E N T I A L SECTION 01 OF 02 PARIS 000123',
    'UNCLAS SECTION 01 OF 08 BEIJING 002566',
    'SENSITIVE',
    'O 180644Z APR 07',
    'Z 999999Z XYZ 99',
    'DE RUEHBJ #2566/01 1080644',
    'FM AMEMBASSY BEIJING',
    'TO RUEHC/SECSTATE WASHDC IMMEDIATE 6980',
    'TAGS: KIPR ETRD',
    'SUBJECT: SOMETHING',
    'REF: A. BEIJING 1234 B.',
    'E.O. 12958: N/A',
    'Classified By: someone for reasons',
    '1.4 (b) and (d).',
    '¶1. (U) Text.',
    '1.(SBU) Text',
    '2. (C',
    '3. ()',
    '¶2007 was',
    '¶A. item',
    'RANDT',
    '© Scoop Media',
    '999. (S//NF) x',
    '1000. (U) x',
    '¶123456789. Y',
  ),
  fc.string({ maxLength: 80 }),
)

/** One edit to a list of lines. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), line: fragment }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 80 }) }),
)
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never

function applyEdits(lines: string[], edits: Edit[]): string[] {
  const out = [...lines]
  for (const e of edits) {
    if (out.length === 0) break
    const i = e.at % out.length
    if (e.op === 'delete') out.splice(i, 1)
    else if (e.op === 'duplicate') out.splice(i, 0, out[i] ?? '')
    else if (e.op === 'insert') out.splice(i, 0, e.line)
    else if (e.op === 'truncate') out[i] = (out[i] ?? '').slice(0, e.keep)
    else {
      const j = e.to % out.length
      const a = out[i] ?? ''
      out[i] = out[j] ?? ''
      out[j] = a
    }
  }
  return out
}

/** A thunk that runs the property; expect(...).not.toThrow() then reports fast-check's counterexample. */
function check<T>(property: fc.IProperty<T>, numRuns: number): () => void {
  return () => fc.assert(property, { numRuns })
}

describe('parseCable never throws and always returns a ParsedCable', () => {
  it('on random strings', () => {
    expect(check(fc.property(fc.string({ maxLength: 2000 }), (s) => expectWellFormed(parseCable(s))), 300)).not.toThrow()
    expect(check(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => expectWellFormed(parseCable(s))), 300)).not.toThrow()
  })

  it('on random cable-like line soup', () => {
    expect(check(fc.property(fc.array(fragment, { maxLength: 120 }), (lines) => expectWellFormed(parseCable(lines.join('\n')))), 300)).not.toThrow()
  })

  it('on mutated versions of the real cable (deleted, duplicated, swapped, truncated lines, inserted junk)', () => {
    expect(check(
      fc.property(fc.constantFrom(0, 1), fc.array(edit, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (which, edits, eol) => {
        const lines = applyEdits(realLines[which] ?? [], edits)
        expectWellFormed(parseCable(lines.join(eol)))
      }),
      200,
    )).not.toThrow()
  })

  it('on shuffled real lines', () => {
    expect(check(
      fc.property(fc.constantFrom(0, 1), fc.infiniteStream(fc.nat()), (which, stream) => {
        const lines = [...(realLines[which] ?? [])]
        const random = stream.take(lines.length)
        let k = lines.length
        for (const r of random) {
          k--
          if (k <= 0) break
          const j = r % (k + 1)
          const t = lines[k] ?? ''
          lines[k] = lines[j] ?? ''
          lines[j] = t
        }
        expectWellFormed(parseCable(lines.join('\n')))
      }),
      50,
    )).not.toThrow()
  })
})

/** Lower-case running words and title-case heading words, from fast-check's own generators. */
const word = fc.constantFrom('the', 'port', 'officials', 'said', 'seals', 'were', 'checked', 'at', 'night', 'and', 'rules', 'changed', 'often')
const titleWord = fc.constantFrom('Harbor', 'Customs', 'Rail', 'Freight', 'Courts', 'Appeals', 'Seals', 'Border', 'Markets')
const sentence = fc.array(word, { minLength: 3, maxLength: 30 }).map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`)
/** A sentence broken into lines of a few words; every line after the first starts lower-case. */
const wrapped = (text: string, width: number): string[] => {
  const words = text.split(' ')
  const lines: string[] = []
  for (let i = 0; i < words.length; i += width) lines.push(words.slice(i, i + width).join(' '))
  return lines
}

describe('parseCable layout properties', () => {
  it('gives a heading with a dashed underline to the paragraph under it, never to the one above', () => {
    const heading = fc
      .tuple(fc.array(titleWord, { minLength: 1, maxLength: 3 }), fc.option(fc.array(titleWord, { minLength: 1, maxLength: 3 })))
      .map(([a, b]) => (b === null ? a.join(' ') : `${a.join(' ')}: ${b.join(' and ')}`))
    expect(check(
      fc.property(sentence, sentence, heading, fc.integer({ min: 3, max: 60 }), fc.boolean(), fc.boolean(), fc.integer({ min: 2, max: 9 }), (one, two, title, dashes, apart, split, width) => {
        const rule = split ? `${'-'.repeat(dashes)} ----` : '-'.repeat(dashes)
        const lines = ['1. (SBU) ' + (wrapped(one, width)[0] ?? ''), ...wrapped(one, width).slice(1), '', title, ...(apart ? [''] : []), rule, '', '2. (SBU) ' + two]
        const r = parseCable(lines.join('\n'))
        expect(r.paragraphs.map((p) => [p.number, p.heading, p.text])).toEqual([
          [1, null, one],
          [2, title, two],
        ])
      }),
      200,
    )).not.toThrow()
  })

  it('keeps a paragraph whole whatever SIPDIS or page-break lines fall between its lines', () => {
    const breakLines = fc.constantFrom(['SIPDIS'], ['', 'SIPDIS', ''], ['', 'HANOI 00000321  002 OF 003', '', ''], ['', '002.2 OF 003', ''])
    expect(check(
      fc.property(sentence, fc.integer({ min: 2, max: 9 }), fc.array(fc.tuple(fc.nat(), breakLines), { maxLength: 4 }), (text, width, inserts) => {
        const body = wrapped(text, width)
        const lines = ['1. (C) ' + (body[0] ?? ''), ...body.slice(1)]
        // Insert after the first line, so every insert is inside the paragraph.
        for (const [at, block] of inserts) lines.splice(1 + (at % lines.length), 0, ...block)
        const r = parseCable([...lines, '', '2. (C) Next.'].join('\n'))
        expect(r.paragraphs.map((p) => p.text)).toEqual([text, 'Next.'])
      }),
      300,
    )).not.toThrow()
  })
})
