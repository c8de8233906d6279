/** One cell of a data table or CSV row. `null` is an empty cell, not the word "null". */
export type Cell = string | number | null

/** A chart's data as rows and columns: the same rows feed the <table> and the CSV download. */
export interface TableData {
  caption: string
  columns: string[]
  rows: Cell[][]
}

const NEEDS_QUOTES = /[",\r\n]/

/** RFC 4180: quote a field that holds a comma, a double quote or a line break; double its quotes. */
export function escapeCsvField(cell: Cell): string {
  const text = cell === null ? '' : String(cell)
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** CSV with a UTF-8 BOM (so spreadsheet apps read "–" and "¶" right) and CRLF line ends. */
export function toCsv(table: Pick<TableData, 'columns' | 'rows'>): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(escapeCsvField).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
