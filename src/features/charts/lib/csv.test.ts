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

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = toCsv({ columns: ['Figure', 'Low (%)'], rows: [['Counterfeit share, Silk Street', 80], ['Visitors', null]] })
    expect(csv).toBe('\uFEFFFigure,Low (%)\r\n"Counterfeit share, Silk Street",80\r\nVisitors,\r\n')
  })
})
