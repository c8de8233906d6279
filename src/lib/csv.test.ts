import { describe, expect, it } from 'vitest'
import { escapeCsvField, toCsv } from './csv'

describe('escapeCsvField', () => {
  it('leaves plain fields alone', () => {
    expect(escapeCsvField('Silk Market')).toBe('Silk Market')
    expect(escapeCsvField(80)).toBe('80')
    expect(escapeCsvField(null)).toBe('')
  })
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(escapeCsvField('in some categories, up to')).toBe('"in some categories, up to"')
    expect(escapeCsvField('"not professional enough"')).toBe('"""not professional enough"""')
    expect(escapeCsvField('line one\nline two')).toBe('"line one\nline two"')
    expect(escapeCsvField('a\r\nb')).toBe('"a\r\nb"')
  })
})

describe('formula neutralisation', () => {
  it('defuses every cell a spreadsheet would run, in the chart and the briefing alike', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']) {
      expect(escapeCsvField(cell).replace(/^"/, '')).toMatch(/^'/)
    }
  })
  it('leaves numbers, negative numbers and ordinary text as they are', () => {
    expect(escapeCsvField(-20)).toBe('-20')
    expect(escapeCsvField('80–90%')).toBe('80–90%')
    expect(escapeCsvField('up to 80-90% (in some categories)')).toBe('up to 80-90% (in some categories)')
  })
})

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = toCsv({ columns: ['Figure', 'Low (%)'], rows: [['Counterfeit share, Silk Street', 80], ['Visitors', null]] })
    expect(csv).toBe('\uFEFFFigure,Low (%)\r\n"Counterfeit share, Silk Street",80\r\nVisitors,\r\n')
  })
})
