import type { Diagnostic, ParsedParagraph } from './types.ts'
import { firstNonSpace, isBlank, isFraming, isRule, isSipdis, matchBanner, matchPageBreak, matchSectionLine } from './line-kinds.ts'

/** What one input line is, for the body scanner. `drop` lines vanish without ending a paragraph. */
export type LineKind = 'blank' | 'drop' | 'rule' | 'text' | 'para'

interface ParaStart {
  number: number
  /** Text after the number (and marking parenthesis, if any). */
  rest: string
  marking: string | null
  /** `marked`: a parenthesis follows the number (well-formed or not). */
  marked: boolean
  markingProblem: 'unknown' | 'malformed' | null
}

/**
 * `1. (U)`, `¶1.`, `¶ 12.(SBU)`. Up to 9 digits: a number of 1000 or more is implausible but
 * still ends the previous paragraph (with a diagnostic) instead of vanishing into it.
 * `¶2007 was` and `1.4 (b)` are not starts: the number must be followed by a dot and a space or `(`.
 */
const PARA_HEAD = /^[ \t]{0,8}(?:¶[ \t]?)?(\d{1,9})\.([ \t]*)/
/** Real cables have a few dozen paragraphs; a number this large is a typo, a year or not a cable. */
export const MAX_PLAUSIBLE_PARAGRAPH = 999
/** Real paragraphs are a few kB; one this long (in characters) has swallowed text, e.g. a missed marker. */
export const MAX_PLAUSIBLE_PARAGRAPH_CHARS = 100_000
/** Markings as printed: classification, optionally with caveats (`C/NF`, `S//NF`, `SBU/LES`). */
const MARKING = /^(?:U|SBU|C|S|TS|LOU|CUI)(?:\/{1,2}[A-Z][A-Z ,-]{0,20}){0,3}$/
const FALSE_SIGN = /^[ \t]*¶[ \t]?(?=\d{4}|[A-Za-z][.)])/
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with', 'into', 'over', 'per'])
/** Handling caveats that stand alone on a line in the header; never headings. */
const HANDLING = /^(?:NOFORN|SENSITIVE|EXDIS|LIMDIS|NODIS|STADIS|SIPDIS|NOTAL|ORCON|CORRECTED COPY|EFTO|E F T O)\b/
const BOILERPLATE = /^(?:©|\(c\)\s|Copyright\b|All rights reserved)/i
const SIGNATURE = /^[A-Z][A-Z'.-]{1,20}(?: [A-Z][A-Z'.-]{1,20}){0,2}$/
const NOT_SIGNATURE = /^(?:END|BT|NNNN|SIPDIS|NOFORN|SENSITIVE|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|TEXT|BEGIN)\b/

/** Reads a paragraph start from a line, or null. */
export function readParaStart(line: string): ParaStart | null {
  if (line.length === 0) return null
  const c = line.charCodeAt(firstNonSpace(line))
  if (!(c === 0xb6 || (c >= 48 && c <= 57))) return null
  const m = PARA_HEAD.exec(line)
  if (!m) return null
  const number = Number(m[1])
  const gap = m[2] ?? ''
  const after = line.slice(m[0].length)
  if (after.startsWith('(')) {
    const close = after.indexOf(')')
    if (close > 0 && close <= 24) {
      const inner = after.slice(1, close).trim()
      const looksLikeMarking = inner.length <= 16 && !/[a-z]{3}/.test(inner)
      if (looksLikeMarking) {
        return { number, rest: after.slice(close + 1), marking: inner, marked: true, markingProblem: MARKING.test(inner) ? null : 'unknown' }
      }
      return { number, rest: after, marking: null, marked: false, markingProblem: null }
    }
    const broken = /^\(([A-Z]{1,3}(?:\/{1,2}[A-Z]{1,6})?)(?=\s|$)/.exec(after)
    if (broken) return { number, rest: after.slice(broken[0].length), marking: broken[1] ?? null, marked: true, markingProblem: 'malformed' }
    return { number, rest: after, marking: null, marked: false, markingProblem: null }
  }
  // Unmarked: needs a space then something that can open a sentence.
  if (gap === '' || !/^["'“[A-Z]/.test(after)) return null
  return { number, rest: after, marking: null, marked: false, markingProblem: null }
}

/** Short, title-case, no sentence punctuation: "Online Copyright Enforcement". */
export function isHeadingLike(line: string): boolean {
  const t = line.trim()
  if (t.length < 3 || t.length > 80 || !/^[A-Z]/.test(t) || /[.,;:]$/.test(t) || t.includes(':')) return false
  if (/^END\b/i.test(t) || HANDLING.test(t)) return false
  const words = t.split(/\s+/)
  if (words.length > 12) return false
  for (const w of words) {
    if (/^[a-z]/.test(w) && !SMALL_WORDS.has(w)) return false
  }
  return true
}

export function classifyLines(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = []
  for (let i = 0; i < lines.length; i++) kinds.push(classifyLine(lines[i] ?? ''))
  return kinds
}

function classifyLine(line: string): LineKind {
  if (isBlank(line)) return 'blank'
  if (isSipdis(line) || isFraming(line) || matchPageBreak(line) || matchSectionLine(line)) return 'drop'
  if (isRule(line)) return 'rule'
  if (line.length < 60 && !/[a-z]/.test(line)) {
    const banner = matchBanner(line)
    if (banner && banner.index === 0 && /^\s*(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|TOP SECRET|[A-Z](?: [A-Z]){5,})\s*$/.test(line)) return 'drop'
  }
  return 'text'
}

export interface BodyResult {
  paragraphs: ParsedParagraph[]
  /** Index of the first paragraph-start line, or lines.length when there is none. */
  firstParagraphLine: number
}

/** Finds paragraphs, headings and the end of the message; fills diagnostics. */
export function parseBody(lines: readonly string[], kinds: LineKind[], diagnostics: Diagnostic[]): BodyResult {
  const starts = new Map<number, ParaStart>()
  let lastNumber = 0
  let lastMarked = false
  let inList = false
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'text') continue
    const start = readParaStart(lines[i] ?? '')
    if (!start) continue
    const afterBreak = previousSignificant(kinds, i) !== 'text'
    if (!start.marked) {
      // An unmarked start must follow a break, and in a marked cable must continue the count;
      // otherwise it opens a numbered list inside the paragraph, and the list's items follow.
      if (!afterBreak || inList) continue
      if (lastMarked && start.number !== lastNumber + 1) {
        inList = true
        continue
      }
    }
    inList = false
    starts.set(i, start)
    kinds[i] = 'para'
    lastNumber = start.number
    lastMarked = start.marked
  }
  let first = lines.length
  let last = -1
  for (const i of starts.keys()) {
    if (first === lines.length) first = i
    last = i
  }
  if (last < 0) return { paragraphs: [], firstParagraphLine: lines.length }

  const end = findMessageEnd(lines, kinds, last)
  const headings = findHeadings(lines, kinds, first, end)
  const paragraphs: ParsedParagraph[] = []
  let heading: string | null = null
  let current: { p: ParsedParagraph; parts: string[] } | null = null
  const close = (): void => {
    if (current) current.p.text = current.parts.map(collapseWhitespace).filter((t) => t !== '').join(' ')
    current = null
  }
  for (let i = 0; i < end; i++) {
    const h = headings.get(i)
    if (h) {
      if (i > first) close()
      heading = h.text
      i = h.last
      continue
    }
    const kind = kinds[i]
    if (kind === 'para') {
      close()
      const s = starts.get(i)
      if (!s) continue
      const p: ParsedParagraph = { number: s.number, marking: s.marking, heading, text: '' }
      paragraphs.push(p)
      current = { p, parts: [s.rest] }
      reportMarking(s, i, diagnostics)
    } else if (kind === 'text' && i > first) {
      const line = lines[i] ?? ''
      if (current === null) {
        diagnostics.push({ code: 'text-outside-paragraph', message: 'Text between a heading and the next paragraph', line: i + 1 })
        continue
      }
      const parts: string[] = (current as { parts: string[] }).parts
      if (FALSE_SIGN.test(line)) {
        diagnostics.push({ code: 'false-paragraph-sign', message: 'A ¶ sign before a year or list letter is not a paragraph', line: i + 1 })
        parts.push(line.replace(FALSE_SIGN, ''))
      } else {
        parts.push(line)
      }
    }
  }
  close()
  for (const p of paragraphs) {
    // A summary paragraph often has no heading line of its own; its own words name it.
    if (p.heading === null && (/^Summary\b/i.test(p.text) || /\bEnd Summary\b/i.test(p.text))) p.heading = 'Summary'
  }
  reportNumbering(paragraphs, diagnostics)
  reportImplausible(paragraphs, diagnostics)
  return { paragraphs, firstParagraphLine: first }
}

/**
 * Whitespace runs → one space, trimmed. Matches only what must change (2+ spaces, or any
 * whitespace that is not a plain space), so the common single space costs nothing.
 */
export function collapseWhitespace(text: string): string {
  const t = text.trim()
  return t.includes('  ') || ODD_SPACE.test(t) ? t.replace(/ ?[^\S ]\s*| {2,}\s*/g, ' ') : t
}
const ODD_SPACE = /[^\S ]/

function previousSignificant(kinds: readonly LineKind[], i: number): LineKind | 'start' {
  for (let j = i - 1; j >= 0; j--) {
    const k = kinds[j]
    if (k !== 'drop') return k ?? 'start'
  }
  return 'start'
}

function nextSignificant(kinds: readonly LineKind[], i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    const k = kinds[j]
    if (k !== 'blank' && k !== 'drop') return j
  }
  return end
}

/** The line index where the message ends: a signature (`RANDT`) or website boilerplate after the last paragraph. */
function findMessageEnd(lines: readonly string[], kinds: readonly LineKind[], lastStart: number): number {
  let afterBlank = false
  for (let i = lastStart + 1; i < lines.length; i++) {
    const k = kinds[i]
    if (k === 'blank') {
      afterBlank = true
      continue
    }
    if (k !== 'text') continue
    const t = (lines[i] ?? '').trim()
    if (BOILERPLATE.test(t)) return i
    if (afterBlank && t.length <= 40 && SIGNATURE.test(t) && !NOT_SIGNATURE.test(t)) return i
    afterBlank = false
  }
  return lines.length
}

interface Heading {
  text: string
  /** Last line index the heading block occupies. */
  last: number
}

/** Headings between rules (`---`/Title/`---`, possibly split by a page break) or standalone title lines. */
function findHeadings(lines: readonly string[], kinds: LineKind[], first: number, end: number): Map<number, Heading> {
  const out = new Map<number, Heading>()
  // Scan from the top: a heading block before the first paragraph counts only if it sits right above it.
  const from = 0
  for (let i = from; i < end; i++) {
    const kind = kinds[i]
    if (kind === 'rule') {
      const texts: string[] = []
      let j = nextSignificant(kinds, i, end)
      let lastText = i
      while (j < end && kinds[j] === 'text' && texts.length < 3 && (lines[j] ?? '').length <= 100) {
        texts.push((lines[j] ?? '').trim())
        lastText = j
        j = nextSignificant(kinds, j, end)
      }
      if (texts.length > 0 && (kinds[j] === 'rule' || (texts.length === 1 && (j >= end || kinds[j] === 'para')))) {
        const last = kinds[j] === 'rule' ? j : lastText
        if (i >= first || nextSignificant(kinds, last, end) === first) out.set(i, { text: texts.join(' '), last })
        i = last
      }
      continue
    }
    if (kind !== 'text') continue
    const prev = previousSignificant(kinds, i)
    if (prev === 'text' || prev === 'para') continue
    const line = lines[i] ?? ''
    if (!isHeadingLike(line)) continue
    const next = nextSignificant(kinds, i, end)
    if (kinds[next] === 'rule' && kinds[nextSignificant(kinds, next, end)] === 'para') {
      out.set(i, { text: line.trim(), last: next })
      i = next
    } else if (kinds[next] === 'para' && kinds[i + 1] === 'blank') {
      out.set(i, { text: line.trim(), last: i })
    }
  }
  return out
}

function reportMarking(s: ParaStart, line: number, diagnostics: Diagnostic[]): void {
  if (s.marking === null) {
    diagnostics.push({ code: 'unmarked-paragraph', message: `Paragraph ${s.number} has no classification marking`, line: line + 1, paragraph: s.number })
  } else if (s.markingProblem === 'malformed') {
    diagnostics.push({ code: 'malformed-marking', message: `Paragraph ${s.number} marking "(${s.marking}" is not closed`, line: line + 1, paragraph: s.number })
  } else if (s.markingProblem === 'unknown') {
    diagnostics.push({ code: 'unknown-marking', message: `Paragraph ${s.number} marking "(${s.marking})" is not a known classification`, line: line + 1, paragraph: s.number })
  }
}

function reportNumbering(paragraphs: readonly ParsedParagraph[], diagnostics: Diagnostic[]): void {
  const seen = new Set<number>()
  let prev = 0
  for (const p of paragraphs) {
    const n = p.number
    if (seen.has(n)) {
      diagnostics.push({ code: 'numbering-repeat', message: `Paragraph ${n} appears more than once`, paragraph: n })
    } else if (n < prev) {
      diagnostics.push({ code: 'numbering-out-of-order', message: `Paragraph ${n} comes after paragraph ${prev}`, paragraph: n })
    } else if (n > prev + 1) {
      const missing = n - prev - 1 === 1 ? `${prev + 1}` : `${prev + 1}–${n - 1}`
      diagnostics.push({ code: 'numbering-gap', message: `Paragraph number(s) ${missing} missing before ${n}`, paragraph: n })
    }
    seen.add(n)
    prev = Math.max(prev, n)
  }
}

/** One diagnostic each, not one per paragraph: a hostile input can have hundreds of thousands. */
function reportImplausible(paragraphs: readonly ParsedParagraph[], diagnostics: Diagnostic[]): void {
  const numbered = paragraphs.filter((p) => p.number > MAX_PLAUSIBLE_PARAGRAPH)
  const first = numbered[0]
  if (first) {
    const more = numbered.length > 1 ? ` (${numbered.length} paragraphs are numbered above ${MAX_PLAUSIBLE_PARAGRAPH})` : ''
    diagnostics.push({
      code: 'implausible-paragraph-number',
      message: `Paragraph number ${first.number} is implausible; cables have far fewer paragraphs${more}`,
      paragraph: first.number,
    })
  }
  const long = paragraphs.filter((p) => p.text.length > MAX_PLAUSIBLE_PARAGRAPH_CHARS)
  const longest = long.reduce<ParsedParagraph | null>((a, p) => (a === null || p.text.length > a.text.length ? p : a), null)
  if (longest) {
    const more = long.length > 1 ? ` (${long.length} paragraphs are over ${MAX_PLAUSIBLE_PARAGRAPH_CHARS} characters)` : ''
    diagnostics.push({
      code: 'oversized-paragraph',
      message: `Paragraph ${longest.number} holds ${longest.text.length} characters of text; real paragraphs are a few thousand — a paragraph marker may be missing${more}`,
      paragraph: longest.number,
    })
  }
}
