import type { Diagnostic, ParsedCable } from './types.ts'
import type { LineKind } from './parse-paragraphs.ts'
import { matchBanner, matchExplicitClassification, matchPageBreak, matchSectionLine } from './line-kinds.ts'

/** Header fields of a cable; the paragraph parser fills in the rest of ParsedCable. */
export type ParsedHeader = Omit<ParsedCable, 'paragraphs' | 'diagnostics'>

const PRECEDENCE: Readonly<Record<string, string>> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' }
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

const ID_LINE = /^(\d{2})([A-Z][A-Z-]{1,30}?)(\d{1,6})$/
const DTG = /^([A-Z]{1,2})\s+(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2}|\d{4})$/
const DE_LINE = /^DE\s+[A-Z0-9]{3,8}\s+#(\d{1,6})\b/
const KEY_LINE = /^(?:TAGS|SUBJECT|SUBJ|REFS?|REFTEL|E\.\s?O\.|CLASSIFIED BY|FM|TO|INFO|DE)\b/i
/** Trailing `POST 00002566` (page-break lines) or `POST 002566` (section banners). */
const POST_SERIAL = /([A-Z][A-Z]{1,20}(?: [A-Z]{2,20}){0,2}) (\d{4,8})\s+\d{1,3}(?:\.\d{1,2})?\s+OF\s+\d{1,3}\s*$/
const SECTION_POST_SERIAL = /(?:SECTION \d{1,3} OF \d{1,3}\s+)?([A-Z]{2,20}(?: [A-Z]{2,20}){0,2}) (\d{4,8})\s*$/
const ROUTING_PREFIX = /^[A-Z0-9]{3,8}\//
const ORIGIN_FALLBACK = /^(?:US |U\.S\. |American )?(?:Embassy|Consulate|Consulate General|Mission|USUN|Secretary of State|Department of State)\b[A-Za-z .'-]{0,50}$/
/** Keys we know in the header; any other `KEY:` line gets an unknown-header-line diagnostic. */
const KNOWN_KEYS = /^(?:TAGS|SUBJECT|SUBJ|REFS?|REFTEL|E\.\s?O\.|CLASSIFIED BY|DERIVED FROM|DECLASSIFY ON|DECL|REASONS?|PASS TO|PASS|FOR|ATTN|NOFORN|SIPDIS|SENSITIVE|REF [A-Z])\b/i

/**
 * Parses the cable header from lines[0, end). All `drop` lines (page breaks, section banners)
 * are scanned too: they give the page count and the post/serial pair.
 */
export function parseHeader(lines: readonly string[], kinds: readonly LineKind[], end: number, diagnostics: Diagnostic[]): ParsedHeader {
  let idLine: string | null = null
  let titleLine: string | null = null
  let subject: string | null = null
  let origin: string | null = null
  let originFallback: string | null = null
  let sent: string | null = null
  let precedence: string | null = null
  let dtgYear: string | null = null
  let explicit: string | null = null
  let banner: string | null = null
  let sensitive = false
  let noforn = false
  let eo: string | null = null
  let serial: string | null = null
  let post: string | null = null
  const references: string[] = []
  const tags: string[] = []
  const addressees: string[] = []
  let firstNonBlank = -1

  for (let i = 0; i < end; i++) {
    const raw = lines[i] ?? ''
    if (raw.length > 2000) continue
    const line = raw.trim()
    if (line === '') continue
    if (firstNonBlank < 0) {
      firstNonBlank = i
      if (ID_LINE.test(line)) {
        idLine = line
        const next = (lines[i + 1] ?? '').trim()
        if (next !== '' && next.length < 300) titleLine = next
        continue
      }
    }
    const exp = matchExplicitClassification(line)
    if (exp && explicit === null) explicit = exp
    const ban = exp ? null : matchBanner(raw)
    if (ban) {
      if (banner === null) banner = ban.classification
      if (/NOFORN/.test(raw)) noforn = true
      const ps = SECTION_POST_SERIAL.exec(raw.slice(ban.index))
      if (ps && post === null) {
        post = placeName(ps[1] ?? '')
        serial ??= stripZeros(ps[2] ?? '')
      }
    }
    if (/^SENSITIVE(?: BUT UNCLASSIFIED)?$/.test(line)) sensitive = true
    if (line === 'NOFORN') noforn = true

    const dtg = DTG.exec(line)
    if (dtg && sent === null) {
      const parsed = parseDtg(dtg)
      if (parsed) {
        sent = parsed.iso
        dtgYear = parsed.yy
      } else {
        diagnostics.push({ code: 'invalid-date-time-group', message: `Cannot read date-time group "${line}"`, line: i + 1 })
      }
      const letter = (dtg[1] ?? '').charAt(0)
      precedence = PRECEDENCE[letter] ?? null
      if (precedence === null) {
        diagnostics.push({ code: 'unknown-precedence', message: `Unknown precedence "${letter}"`, line: i + 1 })
      }
      continue
    }
    const de = DE_LINE.exec(line)
    if (de) {
      serial = stripZeros(de[1] ?? '')
      continue
    }
    if (/^FM\s/.test(line)) {
      origin ??= line.slice(3).trim().replace(/\s+/g, ' ') || null
      continue
    }
    if (/^(?:TO|INFO)\s/.test(line)) {
      const first = line.replace(/^(?:TO|INFO)\s+/, '')
      pushAddressee(addressees, first)
      let j = i + 1
      while (j < end && ROUTING_PREFIX.test((lines[j] ?? '').trim())) {
        const cont = lines[j] ?? ''
        pushAddressee(addressees, cont)
        const glued = matchBanner(cont)
        if (glued && glued.index > 0) {
          if (banner === null) banner = glued.classification
          const ps = SECTION_POST_SERIAL.exec(cont.slice(glued.index))
          if (ps && post === null) {
            post = placeName(ps[1] ?? '')
            serial ??= stripZeros(ps[2] ?? '')
          }
        }
        j++
      }
      i = j - 1
      continue
    }
    const eoMatch = /^E\.\s?O\.\s*(.*)$/.exec(line)
    if (eoMatch) {
      eo = (eoMatch[1] ?? '').trim() || null
      continue
    }
    const key = /^(TAGS|SUBJECT|SUBJ|REFS?|REFTEL)\b:?\s*(.*)$/.exec(line)
    if (key) {
      const [value, next] = readContinued(lines, i, end, key[2] ?? '')
      i = next - 1
      const k = key[1] ?? ''
      if (k === 'TAGS') tags.push(...value.split(/[\s,;]+/).filter((t) => t !== ''))
      else if (k.startsWith('SUBJ')) subject ??= value || null
      else references.push(...splitReferences(value))
      continue
    }
    if (/^CLASSIFIED\s+BY\b/i.test(line)) {
      i = readContinued(lines, i, end, '')[1] - 1
      continue
    }
    if (originFallback === null && ORIGIN_FALLBACK.test(line)) originFallback = line
    const unknownKey = /^([A-Z][A-Z .]{1,20}):/.exec(line)
    if (unknownKey && !KNOWN_KEYS.test(line)) {
      diagnostics.push({ code: 'unknown-header-line', message: `Unknown header key "${unknownKey[1] ?? ''}"`, line: i + 1 })
    }
  }

  // Page-break lines (body) give the page count and, failing a banner, the post + serial.
  let pages: number | null = null
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'drop') continue
    const line = lines[i] ?? ''
    const mark = matchPageBreak(line) ?? matchSectionLine(line)
    if (!mark) continue
    if (mark.of > 0 && mark.of < 1000) pages = Math.max(pages ?? 0, mark.of)
    if (post === null) {
      const ps = POST_SERIAL.exec(line)
      if (ps) {
        post = placeName(ps[1] ?? '')
        serial ??= stripZeros(ps[2] ?? '')
      }
    }
  }

  let id = idLine
  if (id === null) {
    const place = post ?? postFromOrigin(origin)
    if (serial !== null && place !== null && dtgYear !== null) id = `${dtgYear}${place}${serial}`
  }
  if (id === null) diagnostics.push({ code: 'missing-id', message: 'No cable id line and not enough routing data to build one' })

  // An explicit full line wins; a bare level takes the SENSITIVE / NOFORN lines as caveats.
  let classification = explicit ?? banner
  if (classification !== null && !classification.includes('//')) {
    if (classification === 'UNCLASSIFIED' && sensitive) classification = 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'
    else if (noforn && classification !== 'UNCLASSIFIED') classification = `${classification}//NOFORN`
  }

  if (subject === null && idLine !== null && titleLine !== null && !/[a-z]/.test(titleLine)) subject = titleLine

  return {
    id,
    subject,
    origin: origin ?? originFallback,
    sent,
    precedence,
    classification,
    eo,
    references,
    tags,
    addressees,
    pages,
  }
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

/** Reads a header value that may wrap onto following lines until a blank line or another key. */
function readContinued(lines: readonly string[], start: number, end: number, first: string): [string, number] {
  const parts = [first.trim()]
  let j = start + 1
  while (j < end && j < start + 30) {
    const next = (lines[j] ?? '').trim()
    if (next === '' || next.length > 2000 || KEY_LINE.test(next)) break
    parts.push(next)
    j++
  }
  return [parts.join(' ').replace(/\s+/g, ' ').trim(), j]
}

/**
 * Splits a REF value into references: lettered lists (`A. BEIJING 1234 B. STATE 5678`,
 * `A) ...`, `(A) ...`) become one item per letter, keeping the letter; otherwise items are
 * separated by semicolons.
 */
export function splitReferences(value: string): string[] {
  const tokens = value.split(' ').filter((t) => t !== '')
  const items: string[][] = []
  let expected = 'A'
  for (const token of tokens) {
    const label = /^\(?([A-Z])[.)]$/.exec(token)
    if (label && label[1] === expected) {
      items.push([`${expected}.`])
      expected = String.fromCharCode(expected.charCodeAt(0) + 1)
      continue
    }
    const last = items[items.length - 1]
    if (last) last.push(token)
    else items.push([token])
  }
  if (items.length > 1 || expected !== 'A') return items.map((t) => t.join(' ')).filter((t) => t !== '')
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
