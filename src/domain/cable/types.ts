/** What the cable parser extracts from the raw text of one cable. Pure data, no behaviour. */

export interface ParsedParagraph {
  number: number
  /** U, SBU, C, S, ... exactly as printed in the parentheses; null when the paragraph is unmarked. */
  marking: string | null
  /**
   * The nearest heading above the paragraph (e.g. "Online Copyright Enforcement"), as the cable spells
   * it, or null. A Summary/Comment heading ends with the paragraph that ends "End Summary."/"End Comment.".
   */
  heading: string | null
  /** Running text: page-break, SIPDIS, banner and Classified By lines and line breaks removed, whitespace collapsed. */
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
  /**
   * Full banner, e.g. UNCLASSIFIED//FOR OFFICIAL USE ONLY (an explicit line, or `UNCLAS` plus a
   * `SENSITIVE` line), CONFIDENTIAL, SECRET//NOFORN; letter-spaced banners are read too.
   */
  classification: string | null
  /** The E.O. line's value, e.g. "N/A" or "12958: DECL: ..." */
  eo: string | null
  /** REF/REFS/REFERENCE items; a lettered list keeps its letters: ["A. BEIJING 1234", "B. STATE 5678"]. */
  references: string[]
  /** TAGS split on whitespace and commas, e.g. ["KIPR", "ETRD"]. */
  tags: string[]
  /** TO then INFO addressees without routing prefix, precedence or serial: "SECSTATE WASHDC". */
  addressees: string[]
  /** Page count from `SECTION 01 OF 08` / `002 OF 008` lines (the largest total), or null. */
  pages: number | null
  /** Numbered paragraphs in order; [] (plus a no-numbered-paragraphs diagnostic) when the body has none. */
  paragraphs: ParsedParagraph[]
  /** Problems found; parsing never throws. Codes are listed on parseCable. */
  diagnostics: Diagnostic[]
}
