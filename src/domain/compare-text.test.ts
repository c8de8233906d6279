import { describe, expect, it } from 'vitest'
import { compareText } from './compare-text'

describe('compareText', () => {
  it('sorts labels alphabetically whatever their case', () => {
    expect(['Shanghai', 'beijing', 'Guangzhou', 'Beijing'].sort(compareText)).toEqual(['Beijing', 'beijing', 'Guangzhou', 'Shanghai'])
  })

  it('puts a shorter prefix first and orders ISO dates and cable ids by their characters', () => {
    expect(['MOFCOM Department', 'MOFCOM'].sort(compareText)).toEqual(['MOFCOM', 'MOFCOM Department'])
    expect(['2007-04-10', '2007-03-27', '2006-12-01'].sort(compareText)).toEqual(['2006-12-01', '2007-03-27', '2007-04-10'])
    expect(['08SHANGHAI330', '07GUANGZHOU376', '07BEIJING2566'].sort(compareText)).toEqual(['07BEIJING2566', '07GUANGZHOU376', '08SHANGHAI330'])
  })

  it('is zero only for the same text', () => {
    expect(compareText('CIECC', 'CIECC')).toBe(0)
    expect(compareText('CIECC', 'ciecc')).not.toBe(0)
  })
})
