/** What the cable parser extracts from the raw text of one cable. Pure data, no behaviour. */

export interface ParsedParagraph {
  number: number
  /** U, SBU, C, S, ... exactly as printed in the parentheses; null when the paragraph is unmarked. */
  marking: string | null
  /** The nearest heading above the paragraph (e.g. "Online Copyright Enforcement"), or null. */
  heading: string | null
  /** Running text: page-break lines, SIPDIS lines and line breaks removed, whitespace collapsed. */
  text: string
}

export interface Diagnostic {
  /** Stable machine-readable code, e.g. "unmarked-paragraph", "numbering-gap". */
  code: string
  message: string
  /** 1-based line in the input, where the problem has one. */
  line?: number
  paragraph?: number
}

export interface ParsedCable {
  /** e.g. 07BEIJING2566 */
  id: string | null
  subject: string | null
  /** Sending post as the FM line or header names it, e.g. "AMEMBASSY BEIJING". */
  origin: string | null
  /** ISO 8601 UTC from the date-time group, e.g. 2007-04-18T06:44:00Z. */
  sent: string | null
  /** IMMEDIATE, PRIORITY, ROUTINE, FLASH */
  precedence: string | null
  classification: string | null
  /** The E.O. line's value, e.g. "N/A" or "12958: DECL: ..." */
  eo: string | null
  references: string[]
  tags: string[]
  addressees: string[]
  pages: number | null
  paragraphs: ParsedParagraph[]
  diagnostics: Diagnostic[]
}
