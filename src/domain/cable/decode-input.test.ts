// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeCableBytes } from './decode-input.ts'

const text = readFileSync(new URL('../../../data/cables/07BEIJING2566.wikileaks.txt', import.meta.url), 'utf8')
const utf8 = Buffer.from(text, 'utf8')
const utf16le = Buffer.from(text, 'utf16le')
const utf16be = Buffer.from(utf16le).swap16()
const bom = (b: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(b), body])

describe('decodeCableBytes', () => {
  it('reads UTF-8 and drops a UTF-8 BOM', () => {
    expect(decodeCableBytes(utf8)).toEqual({ ok: true, text, encoding: 'utf-8' })
    expect(decodeCableBytes(bom([0xef, 0xbb, 0xbf], utf8))).toEqual({ ok: true, text, encoding: 'utf-8' })
  })

  it('decodes UTF-16 LE and BE, with a BOM or recognised by its NUL bytes', () => {
    expect(decodeCableBytes(bom([0xff, 0xfe], utf16le))).toEqual({ ok: true, text, encoding: 'utf-16le' })
    expect(decodeCableBytes(bom([0xfe, 0xff], utf16be))).toEqual({ ok: true, text, encoding: 'utf-16be' })
    expect(decodeCableBytes(utf16le)).toEqual({ ok: true, text, encoding: 'utf-16le' })
    expect(decodeCableBytes(utf16be)).toEqual({ ok: true, text, encoding: 'utf-16be' })
  })

  it('refuses broken UTF-16 and says how to convert it', () => {
    const odd = decodeCableBytes(bom([0xff, 0xfe], utf16le.subarray(0, 101)))
    expect(odd).toEqual({ ok: false, message: expect.stringMatching(/UTF-16 LE.*iconv -f UTF-16LE -t UTF-8/) as unknown })
    const loneSurrogate = decodeCableBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))
    expect(loneSurrogate).toMatchObject({ ok: false, message: expect.stringMatching(/not valid UTF-16 LE/) as unknown })
  })

  it('refuses invalid UTF-8 with the offset and a conversion hint, and binary data as binary', () => {
    expect(decodeCableBytes(Buffer.from('caf\xe9 au lait', 'latin1'))).toEqual({ ok: false, message: expect.stringMatching(/not valid UTF-8 \(first bad byte at offset 3\).*iconv/) as unknown })
    expect(decodeCableBytes(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, message: expect.stringMatching(/offset 0/) as unknown })
    expect(decodeCableBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0xff, 0x3e]))).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) as unknown })
    expect(decodeCableBytes(Buffer.from('1. (U) text\0\0\0\u0001\u0002', 'utf8'))).toMatchObject({ ok: false, message: expect.stringMatching(/binary/) as unknown })
  })

  it('leaves short or empty input to the parser', () => {
    expect(decodeCableBytes(new Uint8Array(0))).toEqual({ ok: true, text: '', encoding: 'utf-8' })
    expect(decodeCableBytes(Buffer.from('x'))).toEqual({ ok: true, text: 'x', encoding: 'utf-8' })
  })
})
