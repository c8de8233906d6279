/**
 * The one CSV writer: every CSV the app produces (the briefing, each chart's data) goes through it.
 * RFC 4180 quoting, a UTF-8 BOM (so spreadsheet apps read "–" and "¶" right), CRLF line ends, and
 * formula neutralisation: a text cell starting with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe, so a spreadsheet shows it instead of running it (OWASP "CSV injection").
 */

/** One cell of a data table or CSV row. `null` is an empty cell, not the word "null". */
export type Cell = string | number | null

/** A chart's data as rows and columns: the same rows feed the <table> and the CSV download. */
export interface TableData {
  caption: string
  columns: string[]
  rows: Cell[][]
}

const NEEDS_QUOTES = /[",\r\n]/
const FORMULA_START = /^[=+\-@\t\r]/

/** A text that a spreadsheet would read as a formula gets a leading apostrophe; numbers stay numbers. */
export function neutraliseFormula(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** RFC 4180: quote a field that holds a comma, a double quote or a line break; double its quotes. */
export function escapeCsvField(cell: Cell): string {
  const text = neutraliseFormula(cell)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function toCsv(table: Pick<TableData, 'columns' | 'rows'>): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(escapeCsvField).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
