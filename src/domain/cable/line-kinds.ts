/**
 * Line-level recognisers for the cable format. Every function looks at ONE line and uses
 * anchored regexes without nested quantifiers, so a huge or hostile line costs linear time.
 */

/** `BEIJING 00002566  002 OF 008`, `001.2 OF 003`, `002 OF 008` — a page-break line. */
const PAGE_BREAK = /^\s*(?:[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}\s+\d{3,8}\s+)?(\d{1,3})(?:\.\d{1,2})?\s+OF\s+(\d{1,3})\s*$/
/** `UNCLAS SECTION 01 OF 08 BEIJING 002566`, `C O N F I D E N T I A L SECTION 02 OF 03 ...` */
const SECTION = /SECTION\s+(\d{1,3})\s+OF\s+(\d{1,3})\b/
/** `-----`, also a rule split in two like `--------------------------------------------- ----` */
const RULE = /^\s*-{3,}(?:\s+-+)*\s*$/
const SIPDIS = /^\s*SIPDIS\s*$/
/** Teletype framing lines that sometimes survive into renderings. */
const FRAMING = /^\s*(?:BT|NNNN|#\d{1,6})\s*$/

export interface PageMark {
  page: number
  of: number
}

/** Page-break line → its page numbers, or null. */
export function matchPageBreak(line: string): PageMark | null {
  if (line.length > 120 || !endsWithDigit(line) || line.indexOf(' OF ') < 0) return null
  const m = PAGE_BREAK.exec(line)
  if (m) return { page: Number(m[1]), of: Number(m[2]) }
  return null
}

/** A `SECTION nn OF nn` banner line (classification + section + post + serial) → numbers, or null. */
export function matchSectionLine(line: string): PageMark | null {
  if (line.length > 200 || !endsWithDigit(line) || line.indexOf('SECTION') < 0) return null
  const m = SECTION.exec(line)
  if (!m) return null
  // Only a banner-shaped line: a classification word before SECTION.
  const before = line.slice(0, m.index)
  if (!/(?:UNCLAS|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s*$/.test(before)) return null
  return { page: Number(m[1]), of: Number(m[2]) }
}

export function isRule(line: string): boolean {
  return line.length < 400 && line.indexOf('---') >= 0 && RULE.test(line)
}

export function isSipdis(line: string): boolean {
  return line.length < 40 && SIPDIS.test(line)
}

export function isFraming(line: string): boolean {
  return line.length < 20 && FRAMING.test(line)
}

/** `Classified By: Consul General X` (also upper case without the colon). */
const CLASSIFIED_BY = /^\s*(?:Classified\s+By\s*:|CLASSIFIED\s+BY\b)/i
/** `Reason: 1.4 (b) and (d)`, `Reasons 1.4 (b), (d)`, `REASON 1.5 (D)`. */
const REASON = /^\s*Reasons?\s*:?\s*1\.\d/i

/** The classification authority line of a classified cable; never heading or paragraph text. */
export function isClassifiedBy(line: string): boolean {
  return line.length < 400 && CLASSIFIED_BY.test(line)
}

/** The classification reason line (`Reason: 1.4 (d)`); never heading or paragraph text. */
export function isReason(line: string): boolean {
  return line.length < 200 && REASON.test(line)
}

export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 12 && c !== 11) return c > 0x2000 && line.trim() === ''
  }
  return true
}

/** Last non-space character is a digit (page-break and banner lines end with a number). */
function endsWithDigit(line: string): boolean {
  let i = line.length - 1
  while (i >= 0 && line.charCodeAt(i) <= 32) i--
  const c = line.charCodeAt(i)
  return c >= 48 && c <= 57
}

/** Index of the first non-space character, or the length. */
export function firstNonSpace(line: string): number {
  let i = 0
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++
  return i
}

/** Removes spaces between single letters: `C O N F I D E N T I A L` → `CONFIDENTIAL`. */
export function collapseLetterSpacing(line: string): string {
  return line.replace(/\b([A-Z]) (?=[A-Z]\b)/g, '$1')
}

const BANNER_BASE: Readonly<Record<string, string>> = {
  UNCLAS: 'UNCLASSIFIED',
  UNCLASSIFIED: 'UNCLASSIFIED',
  CONFIDENTIAL: 'CONFIDENTIAL',
  SECRET: 'SECRET',
  TOPSECRET: 'TOP SECRET',
}

/** Classification word, optional letter spacing, then SECTION/post+serial/caveats/nothing. */
const BANNER_START =
  /^(UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|TOP ?SECRET)(?=$|[\s/])([A-Z0-9 /.,-]*)$/
/** A banner glued to the end of another line (routing line without its newline). */
const BANNER_GLUED =
  /(UNCLAS|C O N F I D E N T I A L|CONFIDENTIAL|S E C R E T|SECRET)(?: SECTION \d{1,3} OF \d{1,3}\b| [A-Z]{3,} \d{4,6}\s*$)/

/**
 * A classification banner line → base classification (`C O N F I D E N T I A L` →
 * CONFIDENTIAL, `UNCLAS SECTION 01 OF 08 BEIJING 002566` → UNCLASSIFIED) and the column where
 * the banner starts (a banner can be glued to a routing line:
 * `RHMCSUU/FBI WASHINGTON DCUNCLAS SECTION 01 OF 08 BEIJING 002566`).
 */
export function matchBanner(line: string): { classification: string; index: number } | null {
  if (line.length > 200) return null
  const trimmed = line.trim()
  const collapsed = collapseLetterSpacing(trimmed)
  const start = BANNER_START.exec(collapsed)
  if (start && start[1] !== undefined) {
    const base = BANNER_BASE[start[1].replace(' ', '')]
    if (base) return { classification: base, index: line.length - line.trimStart().length }
  }
  const glued = BANNER_GLUED.exec(line)
  if (glued && glued[1] !== undefined) {
    const base = BANNER_BASE[glued[1].replace(/ /g, '')]
    if (base) return { classification: base, index: glued.index }
  }
  return null
}

/**
 * An explicit full classification line such as `UNCLASSIFIED//FOR OFFICIAL USE ONLY`,
 * `CONFIDENTIAL//NOFORN`, `SECRET`. Returns it normalised, or null.
 */
export function matchExplicitClassification(line: string): string | null {
  const t = line.trim()
  if (t.length > 80) return null
  const m = /^(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET)((?:\/\/[A-Z][A-Z ,/-]*)?)$/.exec(t)
  if (!m) return null
  return t
}
