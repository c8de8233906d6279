// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { formatCableJson, readCableArgs } from './cli.ts'
import { parseCable } from './parse-cable.ts'

describe('readCableArgs', () => {
  it('reads parse FILE, parse - and --help', () => {
    expect(readCableArgs(['parse', 'a.txt'])).toEqual({ kind: 'parse', source: { kind: 'file', path: 'a.txt' } })
    expect(readCableArgs(['parse', '-'])).toEqual({ kind: 'parse', source: { kind: 'stdin' } })
    expect(readCableArgs(['--help'])).toEqual({ kind: 'help' })
    expect(readCableArgs(['parse', 'a.txt', '-h'])).toEqual({ kind: 'help' })
  })

  it('rejects missing or unknown subcommands and extra arguments', () => {
    expect(readCableArgs([]).kind).toBe('usage-error')
    expect(readCableArgs(['parse']).kind).toBe('usage-error')
    expect(readCableArgs(['show', 'a.txt']).kind).toBe('usage-error')
    expect(readCableArgs(['parse', 'a.txt', 'b.txt']).kind).toBe('usage-error')
  })
})

describe('formatCableJson', () => {
  it('prints every field, nulls and empty lists included', () => {
    const out = JSON.parse(formatCableJson(parseCable(''))) as Record<string, unknown>
    expect(out).toMatchObject({ id: null, subject: null, sent: null, references: [], tags: [], pages: null, paragraphs: [] })
  })
})
