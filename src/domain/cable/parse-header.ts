import type { Diagnostic, ParsedCable } from './types.ts'
import type { LineKind } from './parse-paragraphs.ts'
import { matchBanner, matchExplicitClassification, matchPageBreak, matchSectionLine } from './line-kinds.ts'
import { parseCableId } from './cable-id.ts'

/** Header fields of a cable; the paragraph parser fills in the rest of ParsedCable. */
export type ParsedHeader = Omit<ParsedCable, 'paragraphs' | 'diagnostics'>

const PRECEDENCE: Readonly<Record<string, string>> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' }
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

const DTG = /^([A-Z]{1,2})\s+(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2}|\d{4})$/
const DE_LINE = /^DE\s+[A-Z0-9]{3,8}\s+#(\d{1,6})\b/
const EO_LINE = /^E\.\s?O\.\s*(.*)$/
/** `SUBJECT:`, `TAGS:`, `REF:`, `REF.`, `REFS:`, `REFERENCE:`, `REFTEL:` and the value after it. */
const FIELD = /^(TAGS|SUBJECT|SUBJ|REFERENCES?|REFS?|REFTEL)\b\s*[:.]?\s*(.*)$/
/**
 * A line that starts another header entry, so it ends a wrapped value. Words that can open a
 * wrapped subject line (`TO`, `DE FACTO`, `SUBJECT TO`, `TERMS OF REFERENCE`) are keys only
 * with their colon; routing keys (FM, TO, INFO, DE) come before the subject and never end it.
 */
const KEY_LINE = /^(?:(?:TAGS|REFS?|REFTEL)\b|(?:SUBJECT|SUBJ|REFERENCES?|DECL|DERIVED\s+FROM|DECLASSIFY\s+ON|REASONS?)\s*:|E\.\s?O\.|CLASSIFIED\s+BY\b|REASONS?\s+1\.\d)/i
/** An unnumbered marked paragraph after the header: `(U) This document is sensitive ...` */
const MARKED_LINE = /^\((?:U|SBU|C|S|TS|LOU|CUI)(?:\/{1,2}[A-Z]{1,6}){0,2}\)/
/** The first item of a lettered list (`A.`, `(A)`, `A)`), and a later one (also the renderer's `¶B.`). */
const FIRST_LETTER = /^¶?\(?A[.)]\s/
const LATER_LETTER = /^¶?\(?([B-Z])[.)]\s/
/** Blank lines allowed between the items of a lettered REF list. */
const MAX_BLANKS_BETWEEN_REFS = 2
/**
 * Post and serial at the end of a banner (`... SECTION 01 OF 08 BEIJING 002566`) or of a
 * page-break line (`BEIJING 00002566  002 OF 008`).
 */
const POST_SERIAL = /([A-Z]{2,20}(?: [A-Z]{2,20}){0,2}) (\d{4,8})(?:\s+\d{1,3}(?:\.\d{1,2})?\s+OF\s+\d{1,3})?\s*$/
const ROUTING_PREFIX = /^[A-Z0-9]{3,8}\//
const SENSITIVE_LINE = /^SENSITIVE(?: BUT UNCLASSIFIED)?$/
const ORIGIN_FALLBACK = /^(?:US |U\.S\. |American )?(?:Embassy|Consulate|Consulate General|Mission|USUN|Secretary of State|Department of State)\b[A-Za-z .'-]{0,50}$/
/** Keys we know in the header; any other `KEY:` line gets an unknown-header-line diagnostic. */
const KNOWN_KEYS = /^(?:TAGS|SUBJECT|SUBJ|REFERENCES?|REFS?|REFTEL|E\.\s?O\.|CLASSIFIED BY|DERIVED FROM|DECLASSIFY ON|DECL|REASONS?|PASS TO|PASS|FOR|ATTN|NOFORN|SIPDIS|SENSITIVE|REF [A-Z])\b/i
/** Longer lines are not header lines (and would cost time). */
const MAX_HEADER_LINE = 2000

type FieldKey = 'TAGS' | 'SUBJECT' | 'REF'

/** One header line as read: `raw` as given, `text` trimmed, `index` 0-based. */
interface HeaderLine {
  raw: string
  text: string
  index: number
}

/**
 * A header line, or a run of lines read as one value. Only `splitHeader` walks the lines; every
 * other step reads these entries.
 */
type HeaderEntry =
  | (HeaderLine & { role: 'id'; title: string | null })
  | (HeaderLine & { role: 'routing'; more: readonly string[] })
  | (HeaderLine & { role: 'field'; key: FieldKey; value: string })
  | (HeaderLine & { role: 'dtg' | 'de' | 'fm' | 'eo' | 'classified-by' | 'other' })

/** What the banner, classification and caveat lines say. */
interface BannerMarks {
  /** A full classification line (`UNCLASSIFIED//FOR OFFICIAL USE ONLY`). */
  explicit: string | null
  /** The first banner's level (`UNCLAS SECTION 01 OF 08 ...` → UNCLASSIFIED). */
  banner: string | null
  sensitive: boolean
  noforn: boolean
  /** Each banner from its classification word on, in order: they end with post and serial. */
  tails: string[]
}

interface PostSerial {
  post: string | null
  serial: string | null
}

/**
 * Parses the cable header from lines[0, end). All `drop` lines (page breaks, section banners)
 * are scanned too: they give the page count and, failing a banner, the post/serial pair.
 */
export function parseHeader(lines: readonly string[], kinds: readonly LineKind[], end: number, diagnostics: Diagnostic[]): ParsedHeader {
  const entries = splitHeader(lines, kinds, end)
  const found: Diagnostic[] = []
  const idEntry = entries[0]?.role === 'id' ? entries[0] : null
  const dtg = readDateTimeGroup(entries, found)
  const marks = readBannerMarks(entries)
  const origin = readOrigin(entries)
  const { pages, pageBreaks } = readPageBreaks(lines, kinds)
  const fromBanners = firstPostSerial(marks.tails)
  const fromPages = fromBanners.post === null ? firstPostSerial(pageBreaks) : { post: null, serial: null }
  const serial = readSerial(entries) ?? fromBanners.serial ?? fromPages.serial
  const post = fromBanners.post ?? fromPages.post
  const id = idEntry?.text ?? buildId(post ?? postFromOrigin(origin), serial, dtg.year)
  found.push(...unknownKeys(entries))
  // Diagnostics in line order, as the header reads.
  found.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
  diagnostics.push(...found)
  if (id === null) diagnostics.push({ code: 'missing-id', message: 'No cable id line and not enough routing data to build one' })
  const fields = readFields(entries)
  const title = idEntry?.title ?? null
  return {
    id,
    subject: fields.subject ?? (title !== null && !/[a-z]/.test(title) ? title : null),
    origin: origin ?? readOriginFallback(entries),
    sent: dtg.sent,
    precedence: dtg.precedence,
    classification: combineClassification(marks),
    eo: readEo(entries),
    references: fields.references,
    tags: fields.tags,
    addressees: readAddressees(entries),
    pages,
  }
}

/**
 * Groups header lines into entries: a key with its continuation lines (SUBJECT, TAGS, REF,
 * Classified By) and a TO/INFO line with its routing lines become one entry each; a first line
 * like `07BEIJING2566` is the id, with the line after it as the title.
 */
function splitHeader(lines: readonly string[], kinds: readonly LineKind[], end: number): HeaderEntry[] {
  const entries: HeaderEntry[] = []
  let first = true
  for (let i = 0; i < end; i++) {
    const raw = lines[i] ?? ''
    if (raw.length > MAX_HEADER_LINE) continue
    const text = raw.trim()
    if (text === '') continue
    if (first) {
      first = false
      if (parseCableId(text)) {
        const next = (lines[i + 1] ?? '').trim()
        entries.push({ role: 'id', raw, text, index: i, title: next !== '' && next.length < 300 ? next : null })
        continue
      }
    }
    if (DTG.test(text)) entries.push({ role: 'dtg', raw, text, index: i })
    else if (DE_LINE.test(text)) entries.push({ role: 'de', raw, text, index: i })
    else if (/^FM\s/.test(text)) entries.push({ role: 'fm', raw, text, index: i })
    else if (/^(?:TO|INFO)\s/.test(text)) {
      let j = i + 1
      while (j < end && ROUTING_PREFIX.test((lines[j] ?? '').trim())) j++
      entries.push({ role: 'routing', raw, text, index: i, more: lines.slice(i + 1, j) })
      i = j - 1
    } else if (EO_LINE.test(text)) entries.push({ role: 'eo', raw, text, index: i })
    else {
      const field = FIELD.exec(text)
      if (field) {
        const k = field[1] ?? ''
        const key = k === 'TAGS' ? 'TAGS' : k.startsWith('SUBJ') ? 'SUBJECT' : 'REF'
        const [value, next] = key === 'REF' ? readReferenceList(lines, kinds, i, end, field[2] ?? '') : readContinued(lines, kinds, i, end, field[2] ?? '')
        entries.push({ role: 'field', raw, text, index: i, key, value })
        i = next - 1
      } else if (/^CLASSIFIED\s+BY\b/i.test(text)) {
        entries.push({ role: 'classified-by', raw, text, index: i })
        i = readContinued(lines, kinds, i, end, '', true)[1] - 1
      } else {
        entries.push({ role: 'other', raw, text, index: i })
      }
    }
  }
  return entries
}

/** The first date-time group that is a real date → sent, precedence and two-digit year. */
function readDateTimeGroup(entries: readonly HeaderEntry[], diagnostics: Diagnostic[]): { sent: string | null; precedence: string | null; year: string | null } {
  let precedence: string | null = null
  for (const e of entries) {
    if (e.role !== 'dtg') continue
    const m = DTG.exec(e.text)
    if (!m) continue
    const parsed = parseDtg(m)
    if (!parsed) diagnostics.push({ code: 'invalid-date-time-group', message: `Cannot read date-time group "${e.text}"`, line: e.index + 1 })
    const letter = (m[1] ?? '').charAt(0)
    precedence = PRECEDENCE[letter] ?? null
    if (precedence === null) diagnostics.push({ code: 'unknown-precedence', message: `Unknown precedence "${letter}"`, line: e.index + 1 })
    if (parsed) return { sent: parsed.iso, precedence, year: parsed.yy }
  }
  return { sent: null, precedence, year: null }
}

/** Banner levels, explicit classification and caveat lines, and each banner's tail (for post and serial). */
function readBannerMarks(entries: readonly HeaderEntry[]): BannerMarks {
  const marks: BannerMarks = { explicit: null, banner: null, sensitive: false, noforn: false, tails: [] }
  for (const e of entries) {
    if (e.role === 'id') continue
    const explicit = matchExplicitClassification(e.text)
    if (explicit !== null) marks.explicit ??= explicit
    else {
      const banner = matchBanner(e.raw)
      if (banner) {
        marks.banner ??= banner.classification
        if (/NOFORN/.test(e.raw)) marks.noforn = true
        marks.tails.push(e.raw.slice(banner.index))
      }
    }
    if (SENSITIVE_LINE.test(e.text)) marks.sensitive = true
    if (e.text === 'NOFORN') marks.noforn = true
    if (e.role !== 'routing') continue
    // The last routing line often has the banner glued to it: `...FBI WASHINGTON DCUNCLAS SECTION 01 OF 05 ...`
    for (const line of e.more) {
      const glued = matchBanner(line)
      if (!glued || glued.index === 0) continue
      marks.banner ??= glued.classification
      marks.tails.push(line.slice(glued.index))
    }
  }
  return marks
}

/** An explicit full line wins; a bare level takes the SENSITIVE / NOFORN lines as caveats. */
function combineClassification(marks: BannerMarks): string | null {
  const level = marks.explicit ?? marks.banner
  if (level === null || level.includes('//')) return level
  if (level === 'UNCLASSIFIED' && marks.sensitive) return 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'
  if (marks.noforn && level !== 'UNCLASSIFIED') return `${level}//NOFORN`
  return level
}

/** Post and serial from the first text that ends with them (a banner tail or a page-break line). */
function firstPostSerial(texts: readonly string[]): PostSerial {
  let serial: string | null = null
  for (const text of texts) {
    const m = POST_SERIAL.exec(text)
    if (!m) continue
    serial ??= stripZeros(m[2] ?? '')
    const post = placeName(m[1] ?? '')
    if (post !== null) return { post, serial }
  }
  return { post: null, serial }
}

/** The DE line's serial (`DE RUEHBJ #2566/01 1080644` → 2566); the last DE line wins. */
function readSerial(entries: readonly HeaderEntry[]): string | null {
  let serial: string | null = null
  for (const e of entries) {
    const de = e.role === 'de' ? DE_LINE.exec(e.text) : null
    if (de) serial = stripZeros(de[1] ?? '')
  }
  return serial
}

/** Year of the DTG + post + serial: `07BEIJING2566`, or null when a part is missing. */
function buildId(place: string | null, serial: string | null, year: string | null): string | null {
  return serial !== null && place !== null && year !== null ? `${year}${place}${serial}` : null
}

/** The first FM line with a value: `FM AMEMBASSY BEIJING` → AMEMBASSY BEIJING. */
function readOrigin(entries: readonly HeaderEntry[]): string | null {
  for (const e of entries) {
    if (e.role !== 'fm') continue
    const origin = e.text.slice(3).trim().replace(/\s+/g, ' ')
    if (origin !== '') return origin
  }
  return null
}

/** Failing an FM line, a line like `Embassy Beijing` (the WikiLeaks header). */
function readOriginFallback(entries: readonly HeaderEntry[]): string | null {
  return entries.find((e) => e.role === 'other' && ORIGIN_FALLBACK.test(e.text))?.text ?? null
}

/** TO then INFO addressees, one per routing line. */
function readAddressees(entries: readonly HeaderEntry[]): string[] {
  const addressees: string[] = []
  for (const e of entries) {
    if (e.role !== 'routing') continue
    pushAddressee(addressees, e.text.replace(/^(?:TO|INFO)\s+/, ''))
    for (const line of e.more) pushAddressee(addressees, line)
  }
  return addressees
}

/** The last E.O. line's value. */
function readEo(entries: readonly HeaderEntry[]): string | null {
  let eo: string | null = null
  for (const e of entries) if (e.role === 'eo') eo = (EO_LINE.exec(e.text)?.[1] ?? '').trim() || null
  return eo
}

/** TAGS (all lines), the first non-empty SUBJECT, and the references of every REF entry. */
function readFields(entries: readonly HeaderEntry[]): { subject: string | null; tags: string[]; references: string[] } {
  let subject: string | null = null
  const tags: string[] = []
  const references: string[] = []
  for (const e of entries) {
    if (e.role !== 'field') continue
    if (e.key === 'TAGS') tags.push(...e.value.split(/[\s,;]+/).filter((t) => t !== ''))
    else if (e.key === 'SUBJECT') subject ??= e.value || null
    else references.push(...splitReferences(e.value))
  }
  return { subject, tags, references }
}

/** `KEY:` lines the header does not know. */
function unknownKeys(entries: readonly HeaderEntry[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const e of entries) {
    if (e.role !== 'other') continue
    const key = /^([A-Z][A-Z .]{1,20}):/.exec(e.text)
    if (key && !KNOWN_KEYS.test(e.text)) out.push({ code: 'unknown-header-line', message: `Unknown header key "${key[1] ?? ''}"`, line: e.index + 1 })
  }
  return out
}

/**
 * Page-break lines anywhere in the cable (`BEIJING 00002566  002 OF 008`), and the page count:
 * the largest `OF n` of those and of the section banners, or null.
 */
function readPageBreaks(lines: readonly string[], kinds: readonly LineKind[]): { pages: number | null; pageBreaks: string[] } {
  let pages: number | null = null
  const pageBreaks: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'drop') continue
    const line = lines[i] ?? ''
    const pageBreak = matchPageBreak(line)
    if (pageBreak) pageBreaks.push(line)
    const mark = pageBreak ?? matchSectionLine(line)
    if (mark && mark.of > 0 && mark.of < 1000) pages = Math.max(pages ?? 0, mark.of)
  }
  return { pages, pageBreaks }
}

/** `UNCLAS BEIJING` → BEIJING, `HONG KONG` → HONGKONG (the form used in cable ids). */
function placeName(words: string): string | null {
  const place = words.replace(/^(?:(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|NOFORN|SENSITIVE|EFTO|SECTION)\s+)+/, '').replace(/\s+/g, '')
  return /^(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|NOFORN|SENSITIVE|EFTO|SECTION)$/.test(place) || place === '' ? null : place
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '')
}

function parseDtg(m: RegExpExecArray): { iso: string; yy: string } | null {
  const day = Number(m[2])
  const hour = Number(m[3])
  const minute = Number(m[4])
  const month = MONTHS.indexOf(m[5] ?? '')
  const rawYear = m[6] ?? ''
  const year = rawYear.length === 4 ? Number(rawYear) : Number(rawYear) + (Number(rawYear) >= 50 ? 1900 : 2000)
  if (month < 0 || hour > 23 || minute > 59 || day < 1) return null
  const date = new Date(Date.UTC(year, month, day, hour, minute))
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return null
  return { iso: date.toISOString().replace('.000Z', 'Z'), yy: String(year % 100).padStart(2, '0') }
}

/**
 * Reads a header value that may wrap onto following lines, one space between lines, until a blank
 * line, another key, an unnumbered `(U) ...` paragraph, or a dropped line (SIPDIS, a page break, a
 * banner; a `Classified By:` statement takes its own dropped reason lines with it).
 */
function readContinued(lines: readonly string[], kinds: readonly LineKind[], start: number, end: number, first: string, takeDropped = false): [string, number] {
  const parts = [first.trim()]
  let j = start + 1
  while (j < end && j < start + 30) {
    const next = (lines[j] ?? '').trim()
    const kind = kinds[j]
    if (next === '' || next.length > MAX_HEADER_LINE || KEY_LINE.test(next) || MARKED_LINE.test(next)) break
    if (kind === 'rule' || kind === 'para' || (kind === 'drop' && !takeDropped)) break
    parts.push(next)
    j++
  }
  return [parts.join(' ').replace(/\s+/g, ' ').trim(), j]
}

/** A REF value; a lettered list goes on past blank lines while the next line opens the next item. */
function readReferenceList(lines: readonly string[], kinds: readonly LineKind[], start: number, end: number, first: string): [string, number] {
  let [value, next] = readContinued(lines, kinds, start, end, first)
  if (!FIRST_LETTER.test(value)) return [value, next]
  for (;;) {
    let k = next
    while (k < end && k - next < MAX_BLANKS_BETWEEN_REFS && kinds[k] === 'blank') k++
    const item = (lines[k] ?? '').trim()
    // Only the next letter goes on the list: `(U) This document ...` after it is no item U.
    const letter = k < end && kinds[k] === 'text' ? LATER_LETTER.exec(item)?.[1] : undefined
    if (letter !== String.fromCharCode(0x41 + splitReferences(value).length)) return [value, next]
    const [more, after] = readContinued(lines, kinds, k, end, item)
    value = `${value} ${more}`
    next = after
  }
}

/**
 * Splits a REF value into references: lettered lists (`A. BEIJING 1234 B. STATE 5678`,
 * `A) ...`, `(A) ...`, the renderer's `¶B.`) become one item per letter, written `A.`, without
 * the `;`/`,`/`and` between items; otherwise items are separated by semicolons.
 */
export function splitReferences(value: string): string[] {
  const tokens = value.split(' ').filter((t) => t !== '')
  const items: string[][] = []
  let expected = 'A'
  for (const token of tokens) {
    const label = /^¶?\(?([A-Z])[.)]$/.exec(token)
    if (label && label[1] === expected) {
      items.push([`${expected}.`])
      expected = String.fromCharCode(expected.charCodeAt(0) + 1)
      continue
    }
    const last = items[items.length - 1]
    if (last) last.push(token)
    else items.push([token])
  }
  // Separators between items belong to neither: `A) X 51; B) ...`, `(B) Y 2, and (C) ...`
  if (items.length > 1 || expected !== 'A') return items.map((t) => t.join(' ').replace(/[\s;,]+(?:and|AND)?$/, '')).filter((t) => t !== '')
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** `RUEHC/SECSTATE WASHDC IMMEDIATE 6980` → `SECSTATE WASHDC` (routing prefix, precedence, serial dropped). */
function pushAddressee(out: string[], raw: string): void {
  let line = raw
  const glued = matchBanner(line)
  if (glued && glued.index > 0) line = line.slice(0, glued.index)
  const name = line
    .trim()
    .replace(ROUTING_PREFIX, '')
    .replace(/\s+(?:(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH)(?:\s+\d+)?|\d+)$/, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (name !== '') out.push(name)
}

/** `AMEMBASSY BEIJING` → BEIJING, `SECSTATE WASHDC` → STATE, `USMISSION GENEVA` → GENEVA. */
function postFromOrigin(origin: string | null): string | null {
  if (origin === null) return null
  if (/^SECSTATE\b/.test(origin)) return 'STATE'
  const place = origin.replace(/^(?:AMEMBASSY|AMCONSUL|AMCONSULATE|USMISSION|USDEL)\s+/, '').replace(/[^A-Z]/g, '')
  return place === '' ? null : place
}
