import type { Diagnostic, ParsedParagraph } from './types.ts'
import {
  firstNonSpace,
  isBlank,
  isClassifiedBy,
  isFraming,
  isReason,
  isRule,
  isSipdis,
  matchBanner,
  matchExplicitClassification,
  matchPageBreak,
  matchSectionLine,
} from './line-kinds.ts'

/** What one input line is, for the body scanner. `drop` lines vanish without ending a paragraph. */
export type LineKind = 'blank' | 'drop' | 'rule' | 'text' | 'para'

interface ParaStart {
  number: number
  /** Text after the number (and marking parenthesis, if any). */
  rest: string
  marking: string | null
  /** `marked`: a parenthesis follows the number (well-formed or not). */
  marked: boolean
  /** `unknown`: `(X)`; `malformed`: `(SBU` not closed; `unopened`: `SBU)` without its `(`. */
  markingProblem: 'unknown' | 'malformed' | 'unopened' | null
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
/**
 * A surname (or up to three name words) in upper or mixed case: `RANDT`, `Rock`, `Clark T. Randt`,
 * `Randt, Jr.`. It never ends with a full stop otherwise (`See Reftel.` is the paragraph's text).
 */
const SIGNATURE = /^[A-Z][A-Za-z'.-]{1,20}(?:,? [A-Z][A-Za-z'.-]{1,20}){0,2}$/
const SIGNATURE_STOP = /(?:^|[^.])\.$/
const NAME_SUFFIX = /\b(?:Jr|Sr|JR|SR)\.$/
const NOT_SIGNATURE = /^(?:END|BT|NNNN|SIPDIS|NOFORN|SENSITIVE|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|TEXT|BEGIN)\b/i
/** A marking without its opening parenthesis: `U) text`, `SBU) text`. */
const UNOPENED_MARKING = /^([A-Z]{1,3}(?:\/{1,2}[A-Z]{1,6})?)\)(?=\s|$)/
/** A line that ends a sentence (a heading never does): `...denied.`, `End Note.)`, `pirates."` */
const SENTENCE_END = /[.!;]["'”’)\]]*$/
/** A line after which a page break cannot have split a sentence (a list may follow a colon). */
const CLAUSE_END = /[.!?:;]["'”’)\]]*$/
/** Header key lines are never headings: `SUBJECT:`, `REF:`, `Classified By:`, `Reasons 1.4 (b)`. */
const HEADER_KEY = /^(?:(?:SUBJECT|SUBJ|TAGS|REFS?|REFERENCES?|REFTEL|DECL|DERIVED\s+FROM|DECLASSIFY\s+ON|REASONS?)\s*[:.]|E\.\s?O\.|CLASSIFIED\s+BY\b|REASONS?\s+1\.\d)/i
/** An item of a lettered list (`B. STATE 5678`, `(C) ...`), e.g. a REF list: never a heading. */
const LIST_ITEM = /^¶?\(?[A-Z][.)]\s/
/** A web address cut by a line break at a slash: joined to the next line without a space. */
const URL_AT_SLASH = /^(?:https?:\/\/|www\.)\S*\/$/i

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
  const unopened = UNOPENED_MARKING.exec(after)
  if (unopened && MARKING.test(unopened[1] ?? '')) {
    return { number, rest: after.slice(unopened[0].length), marking: unopened[1] ?? null, marked: true, markingProblem: 'unopened' }
  }
  // Unmarked: needs a space then something that can open a sentence.
  if (gap === '' || !/^["'“[A-Z]/.test(after)) return null
  return { number, rest: after, marking: null, marked: false, markingProblem: null }
}

/** Short, title-case, no sentence punctuation: "Online Copyright Enforcement". */
export function isHeadingLike(line: string): boolean {
  const t = line.trim()
  if (t.length < 3 || t.length > 80 || !/^[A-Z]/.test(t) || /[.,;:]$/.test(t) || t.includes(':')) return false
  if (/^END\b/i.test(t) || HANDLING.test(t) || HEADER_KEY.test(t) || LIST_ITEM.test(t)) return false
  const words = t.split(/\s+/)
  if (words.length > 12) return false
  for (const w of words) {
    if (/^[a-z]/.test(w) && !SMALL_WORDS.has(w)) return false
  }
  return true
}

/** A bare banner, also with post and serial: `C O N F I D E N T I A L`, `CONFIDENTIAL HANOI 000321`. */
const BARE_BANNER = /^\s*(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|TOP SECRET|[A-Z](?: [A-Z]){5,})(?: [A-Z]{2,20}(?: [A-Z]{2,20})? \d{4,6})?\s*$/
/** Lines a `Classified By:` statement may run on to before a blank line (`1.4 (b) and (d).`). */
const MAX_CLASSIFIED_BY_LINES = 3

export function classifyLines(lines: readonly string[]): LineKind[] {
  const kinds: LineKind[] = []
  let classifiedBy = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    let kind = classifyLine(line)
    // The statement after `Classified By:` runs on until a blank line: all of it is dropped.
    if (kind === 'text' && classifiedBy > 0 && classifiedBy <= MAX_CLASSIFIED_BY_LINES && readParaStart(line) === null) kind = 'drop'
    if (kind === 'blank' || kind === 'rule') classifiedBy = 0
    else if (kind === 'drop' && isClassifiedBy(line)) classifiedBy = 1
    else if (classifiedBy > 0) classifiedBy++
    kinds.push(kind)
  }
  return kinds
}

function classifyLine(line: string): LineKind {
  if (isBlank(line)) return 'blank'
  if (isSipdis(line) || isFraming(line) || matchPageBreak(line) || matchSectionLine(line)) return 'drop'
  if (isRule(line)) return 'rule'
  if (line.length < 60 && !/[a-z]/.test(line)) {
    const banner = matchBanner(line)
    if (banner && banner.index === 0 && BARE_BANNER.test(line)) return 'drop'
    // A classification line repeated at the top or foot of a page: `CONFIDENTIAL//NOFORN`.
    if (banner && matchExplicitClassification(line) !== null) return 'drop'
  }
  // A cheap first-letter test before the word comparison: this runs on every text line.
  const c = line.charCodeAt(0)
  if ((c === 0x43 || c === 0x52 || c === 0x63 || c === 0x72 || c === 0x20) && isClassificationStatement(line)) return 'drop'
  return 'text'
}

/** `Classified By: ...` or `Reason: 1.4 (d)`. The first word is compared before any regex: this runs on every text line. */
function isClassificationStatement(line: string): boolean {
  const i = firstNonSpace(line)
  return (startsWithWord(line, i, 'classified') && isClassifiedBy(line)) || (startsWithWord(line, i, 'reason') && isReason(line))
}

/** line[i..] starts with `word` (lower-case ASCII letters), in any case. */
function startsWithWord(line: string, i: number, word: string): boolean {
  if (line.length < i + word.length) return false
  for (let k = 0; k < word.length; k++) if ((line.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false
  return true
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
      // otherwise a `1.` opens a numbered list inside the paragraph, and the list's items follow.
      if (!afterBreak || inList) continue
      const continues = start.number === lastNumber + 1
      // `in` / page break / `2008. Officials ...`: a year the page break left at a line start.
      if (!continues && splitByBreak(lines, kinds, i)) continue
      if (lastMarked && !continues) {
        if (start.number === 1) inList = true
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
    if (current) {
      current.p.text = joinLines(current.parts)
      // "End Summary." / "End Comment." closes a Summary or Comment section: the next paragraphs are not in it.
      if (heading !== null && closesSection(heading, current.p.text)) heading = null
    }
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

/** Lines of a paragraph → running text: one space between lines, none after a web address cut at a slash. */
function joinLines(parts: readonly string[]): string {
  const out: string[] = []
  for (const part of parts) {
    const t = collapseWhitespace(part)
    if (t === '') continue
    const k = out.length - 1
    const previous = out[k]
    // Only the previous line is looked at (a web address never spans more than a line break here).
    if (previous !== undefined && previous.charCodeAt(previous.length - 1) === 0x2f && URL_AT_SLASH.test(previous.slice(previous.lastIndexOf(' ') + 1))) out[k] = previous + t
    else out.push(t)
  }
  return out.join(' ')
}

/** A Summary (also misspelt `Summay`) or Comment heading whose section the paragraph's last words close. */
function closesSection(heading: string, text: string): boolean {
  const c = heading.charCodeAt(0) | 0x20
  if (c !== 0x73 && c !== 0x63) return false
  // Only the last words can close the section; never scan the whole paragraph.
  const tail = text.slice(-SECTION_END_TAIL)
  if (/^summ?a?r?y\b/i.test(heading)) return /\bEnd\s+(?:of\s+)?Summary\W*$/i.test(tail)
  if (/^comments?\b/i.test(heading)) return /\bEnd\s+(?:of\s+)?Comments?\W*$/i.test(tail)
  return false
}
/** Characters at the end of a paragraph searched for "End Summary." / "End Comment.". */
const SECTION_END_TAIL = 40

function endsClause(line: string): boolean {
  return CLAUSE_END.test(line.trimEnd())
}

/**
 * The line at `i` continues a sentence that a page break (or SIPDIS line) cut: between it and the
 * text above there is a dropped line, and that text does not end a clause (`...took effect in`).
 */
function splitByBreak(lines: readonly string[], kinds: readonly LineKind[], i: number): boolean {
  let dropped = false
  for (let j = i - 1; j >= 0; j--) {
    const k = kinds[j]
    if (k === 'blank') continue
    if (k === 'drop') {
      dropped = true
      continue
    }
    return dropped && (k === 'text' || k === 'para') && !endsClause(lines[j] ?? '')
  }
  return false
}

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

/**
 * The line index where the message ends: website boilerplate, or a signature (`RANDT`, `Rock`)
 * after the last paragraph. An upper-case name after a blank line is a signature; a mixed-case
 * name, or one right under the text, only as the last line of the message, after a blank line or
 * a full sentence. A line right after a page break is the paragraph's own last words, never a
 * signature.
 */
function findMessageEnd(lines: readonly string[], kinds: readonly LineKind[], lastStart: number): number {
  let afterBlank = false
  let afterPageBreak = false
  let previous = lines[lastStart] ?? ''
  for (let i = lastStart + 1; i < lines.length; i++) {
    const k = kinds[i]
    if (k === 'blank') {
      afterBlank = true
      continue
    }
    if (k === 'drop') {
      if (matchPageBreak(lines[i] ?? '')) afterPageBreak = true
      continue
    }
    if (k !== 'text') {
      afterBlank = false
      afterPageBreak = false
      continue
    }
    const t = (lines[i] ?? '').trim()
    if (BOILERPLATE.test(t)) return i
    if (!afterPageBreak && t.length <= 40 && SIGNATURE.test(t) && !NOT_SIGNATURE.test(t) && (!SIGNATURE_STOP.test(t) || NAME_SUFFIX.test(t))) {
      if (afterBlank && !/[a-z]/.test(t)) return i
      if ((afterBlank || SENTENCE_END.test(previous.trimEnd())) && isLastText(lines, kinds, i)) return i
    }
    previous = t
    afterBlank = false
    afterPageBreak = false
  }
  return lines.length
}

/** Nothing but blank, dropped lines or website boilerplate follows line i. */
function isLastText(lines: readonly string[], kinds: readonly LineKind[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const k = kinds[j]
    if (k === 'blank' || k === 'drop') continue
    return k === 'text' && BOILERPLATE.test((lines[j] ?? '').trim())
  }
  return true
}

interface Heading {
  text: string
  /** Last line index the heading block occupies. */
  last: number
}

/**
 * Headings: text between rules (`---`/Title/`---`, possibly split by a page break), text with a
 * rule under it right above a paragraph (the underline may sit a blank line away), or a standalone
 * title line between blank lines right above a paragraph.
 */
function findHeadings(lines: readonly string[], kinds: LineKind[], first: number, end: number): Map<number, Heading> {
  const out = new Map<number, Heading>()
  /** Last line a heading block has used; an underlined heading never reaches back past it. */
  let used = -1
  for (let i = 0; i < end; i++) {
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
        // A heading block before the first paragraph counts only if it sits right above it.
        if (i >= first || nextSignificant(kinds, last, end) === first) out.set(i, { text: texts.join(' '), last })
        used = last
        i = last
      } else if (texts.length === 0 && kinds[j] === 'para') {
        const underlined = underlinedHeading(lines, kinds, i, used)
        if (underlined) out.set(underlined.start, { text: underlined.text, last: i })
        used = i
      }
      continue
    }
    if (kind !== 'text') continue
    const prev = previousSignificant(kinds, i)
    if (prev === 'text' || prev === 'para') continue
    const line = lines[i] ?? ''
    if (!isHeadingLike(line)) continue
    const next = nextSignificant(kinds, i, end)
    if (kinds[next] === 'para' && kinds[i + 1] === 'blank' && !splitByBreak(lines, kinds, i)) {
      out.set(i, { text: line.trim(), last: i })
    }
  }
  return out
}

/** Lines a heading may span. */
const MAX_HEADING_LINES = 2

/**
 * The heading a rule underlines: the one or two text lines above it (a blank line may separate
 * them from the rule), which do not end a sentence and stand apart from the paragraph above
 * (a blank line, or a full stop at the end of the line before them).
 */
function underlinedHeading(lines: readonly string[], kinds: readonly LineKind[], rule: number, used: number): { start: number; text: string } | null {
  let j = rule - 1
  while (j > used && kinds[j] === 'blank') j--
  const parts: string[] = []
  while (j > used && kinds[j] === 'text' && parts.length <= MAX_HEADING_LINES) {
    const t = (lines[j] ?? '').trim()
    if (SENTENCE_END.test(t)) break
    parts.unshift(t)
    j--
  }
  if (parts.length === 0 || parts.length > MAX_HEADING_LINES) return null
  const above = j > used ? kinds[j] : 'blank'
  if ((above === 'text' || above === 'para') && !SENTENCE_END.test((lines[j] ?? '').trim())) return null
  if (splitByBreak(lines, kinds, j + 1)) return null
  for (const t of parts) if (!looksLikeHeadingLine(t)) return null
  return { start: j + 1, text: parts.join(' ') }
}

/** A line that can be (part of) an underlined heading: short, capitalised, not a header key or caveat. */
function looksLikeHeadingLine(t: string): boolean {
  if (t.length < 2 || t.length > 100 || !/^[A-Z0-9"'“(]/.test(t)) return false
  if (/^END\b/i.test(t) || HANDLING.test(t) || HEADER_KEY.test(t)) return false
  return t.split(' ').length <= 16
}

function reportMarking(s: ParaStart, line: number, diagnostics: Diagnostic[]): void {
  if (s.marking === null) {
    diagnostics.push({ code: 'unmarked-paragraph', message: `Paragraph ${s.number} has no classification marking`, line: line + 1, paragraph: s.number })
  } else if (s.markingProblem === 'malformed') {
    diagnostics.push({ code: 'malformed-marking', message: `Paragraph ${s.number} marking "(${s.marking}" is not closed`, line: line + 1, paragraph: s.number })
  } else if (s.markingProblem === 'unopened') {
    diagnostics.push({ code: 'malformed-marking', message: `Paragraph ${s.number} marking "${s.marking})" has no opening parenthesis`, line: line + 1, paragraph: s.number })
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
