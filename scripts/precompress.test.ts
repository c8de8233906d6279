import { existsSync, lstatSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { precompressDir } from './precompress'

const root = mkdtempSync(join(tmpdir(), 'precompress-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('precompressDir', () => {
  it('writes .br and .gz that decode to the file, for text files big enough to gain', async () => {
    mkdirSync(join(root, 'assets'))
    const script = `export const a = ${JSON.stringify('abc '.repeat(1000))}`
    writeFileSync(join(root, 'assets/app.js'), script)
    writeFileSync(join(root, 'small.json'), '[]')
    writeFileSync(join(root, 'image.png'), Buffer.alloc(4096))
    writeFileSync(join(root, 'small.json.br'), 'left from an older build')
    const summary = await precompressDir(root)
    expect(summary.files).toBe(1)
    expect(brotliDecompressSync(readFileSync(join(root, 'assets/app.js.br'))).toString()).toBe(script)
    expect(gunzipSync(readFileSync(join(root, 'assets/app.js.gz'))).toString()).toBe(script)
    expect(existsSync(join(root, 'small.json.br'))).toBe(false)
    expect(existsSync(join(root, 'image.png.br'))).toBe(false)
  })

  it('replaces a link where a compressed copy goes instead of writing through it', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'target')
    writeFileSync(outside, 'untouched')
    rmSync(join(root, 'assets/app.js.gz'))
    symlinkSync(outside, join(root, 'assets/app.js.gz'))
    await precompressDir(root)
    expect(readFileSync(outside, 'utf8')).toBe('untouched')
    expect(lstatSync(join(root, 'assets/app.js.gz')).isSymbolicLink()).toBe(false)
  })
})
