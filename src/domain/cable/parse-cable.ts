import type { Diagnostic, ParsedCable } from './types.ts'
import { looksBinary } from './decode-input.ts'
import { parseHeader } from './parse-header.ts'
import { classifyLines, parseBody } from './parse-paragraphs.ts'

/**
 * Parses the raw text of one US diplomatic cable (WikiLeaks-style rendering, a news-site
 * copy, or a bare teletype text) into header fields and numbered paragraphs.
 *
 * Never throws: problems become `diagnostics`. Codes:
 * - `empty-input`, `binary-input` — nothing or non-text to parse
 * - `no-numbered-paragraphs` — the body has no `1.`/`¶1.` paragraphs; `paragraphs` is then []
 * - `unmarked-paragraph`, `malformed-marking` (`(SBU` not closed), `unknown-marking` (`(X)`)
 * - `numbering-gap`, `numbering-repeat`, `numbering-out-of-order`
 * - `implausible-paragraph-number` (1000 or more), `oversized-paragraph` (over 100,000 characters)
 * - `false-paragraph-sign` — a `¶` before a year or list letter (removed from the text)
 * - `text-outside-paragraph` — body text after a heading but before the next paragraph (dropped)
 * - `missing-id`, `invalid-date-time-group`, `unknown-precedence`, `unknown-header-line`
 * - `internal-error` — a bug in the parser; the partial result is still returned
 */
export function parseCable(text: string): ParsedCable {
  const diagnostics: Diagnostic[] = []
  const result = emptyCable(diagnostics)
  try {
    const input = typeof text === 'string' ? text : String(text)
    if (input.trim() === '') {
      diagnostics.push({ code: 'empty-input', message: 'The input is empty' })
      diagnostics.push({ code: 'no-numbered-paragraphs', message: 'No numbered paragraphs found' })
      return result
    }
    if (looksBinary(input)) diagnostics.push({ code: 'binary-input', message: 'The input contains control characters; it may not be text' })
    const lines = input.includes('\r') ? input.split(/\r\n|\r|\n/) : input.split('\n')
    const kinds = classifyLines(lines)
    const body = parseBody(lines, kinds, diagnostics)
    Object.assign(result, parseHeader(lines, kinds, body.firstParagraphLine, diagnostics))
    result.paragraphs = body.paragraphs
    if (body.paragraphs.length === 0) {
      diagnostics.push({ code: 'no-numbered-paragraphs', message: 'No numbered paragraphs found; the body is not split into paragraphs' })
    }
  } catch (error) {
    diagnostics.push({ code: 'internal-error', message: `Parser failed: ${error instanceof Error ? error.message : String(error)}` })
  }
  return result
}

function emptyCable(diagnostics: Diagnostic[]): ParsedCable {
  return {
    id: null,
    subject: null,
    origin: null,
    sent: null,
    precedence: null,
    classification: null,
    eo: null,
    references: [],
    tags: [],
    addressees: [],
    pages: null,
    paragraphs: [],
    diagnostics,
  }
}
