// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_BYTES, formatCableJson, inputTooLargeMessage, parseSize, readCableArgs } from './cable-cli.ts'
import { parseCable } from '../src/domain/cable/parse-cable.ts'

describe('readCableArgs', () => {
  it('reads parse FILE, parse - and --help', () => {
    expect(readCableArgs(['parse', 'a.txt'])).toEqual({ kind: 'parse', source: { kind: 'file', path: 'a.txt' }, maxBytes: DEFAULT_MAX_BYTES })
    expect(readCableArgs(['parse', '-'])).toEqual({ kind: 'parse', source: { kind: 'stdin' }, maxBytes: DEFAULT_MAX_BYTES })
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

describe('the input limit', () => {
  it('is 10 MB unless --max-bytes SIZE (before or after the file) says otherwise', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024)
    expect(readCableArgs(['parse', 'a.txt', '--max-bytes', '50M'])).toMatchObject({ kind: 'parse', maxBytes: 50 * 1024 * 1024 })
    expect(readCableArgs(['--max-bytes=512k', 'parse', '-'])).toMatchObject({ kind: 'parse', source: { kind: 'stdin' }, maxBytes: 512 * 1024 })
    for (const bad of [['--max-bytes'], ['--max-bytes', 'lots'], ['--max-bytes', '0'], ['--max-bytes=2G']]) {
      expect(readCableArgs(['parse', 'a.txt', ...bad])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/--max-bytes needs a size/) as unknown })
    }
  })

  it('reads sizes in bytes or with k/M/G', () => {
    expect([parseSize('123'), parseSize('2k'), parseSize('50M'), parseSize('50MB'), parseSize('1GiB'), parseSize('1.5M'), parseSize('-1')])
      .toEqual([123, 2048, 50 * 1024 ** 2, 50 * 1024 ** 2, 1024 ** 3, null, null])
  })

  it('refuses in one line that names the limit and how to raise it', () => {
    expect(inputTooLargeMessage('big.txt', DEFAULT_MAX_BYTES, 200 * 1024 ** 2)).toBe(
      'big.txt is 200 MB, over the 10 MB input limit (real cables are tens of kB); raise it with --max-bytes 201M')
    expect(inputTooLargeMessage('standard input', DEFAULT_MAX_BYTES, null)).toMatch(/^standard input is larger than the 10 MB input limit.*--max-bytes 20M$/)
    expect(inputTooLargeMessage('huge.txt', DEFAULT_MAX_BYTES, 600 * 1024 ** 2)).toMatch(/600 MB, over the 10 MB input limit, and --max-bytes goes no higher than 500 MB/)
  })
})

describe('formatCableJson', () => {
  it('prints every field, nulls and empty lists included', () => {
    const out = JSON.parse(formatCableJson(parseCable(''))) as Record<string, unknown>
    expect(out).toMatchObject({ id: null, subject: null, sent: null, references: [], tags: [], pages: null, paragraphs: [] })
  })
})
