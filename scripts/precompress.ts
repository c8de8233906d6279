/**
 * Build-time compression: writes name.br (brotli, quality 11) and name.gz (gzip, level 9)
 * beside every text file of a build, so the server only picks a file and never compresses
 * while a client waits. A compressed copy that would not be smaller is not written (and an
 * old one is removed), so the server falls back to the file itself.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** File types worth compressing; the server sends these with Vary: Accept-Encoding. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt'])
/** Below this a compressed body saves less than its headers and a lookup cost. */
const MIN_BYTES = 512

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export interface PrecompressSummary {
  files: number
  raw: number
  br: number
  gzip: number
}

export async function precompressDir(root: string, { brotliQuality = 11 } = {}): Promise<PrecompressSummary> {
  const names = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
  const summary: PrecompressSummary = { files: 0, raw: 0, br: 0, gzip: 0 }
  await Promise.all(
    names.map(async (file) => {
      const body = await readFile(file)
      if (body.length < MIN_BYTES) {
        await Promise.all([rm(`${file}.br`, { force: true }), rm(`${file}.gz`, { force: true })])
        return
      }
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }),
        gzipAsync(body, { level: 9 }),
      ])
      for (const [suffix, compressed] of [
        ['.br', br],
        ['.gz', gz],
      ] as const) {
        // Removed first, so a link left in its place is replaced, never written through.
        await rm(`${file}${suffix}`, { force: true })
        if (compressed.length < body.length) await writeFile(`${file}${suffix}`, compressed)
      }
      summary.files++
      summary.raw += body.length
      summary.br += Math.min(br.length, body.length)
      summary.gzip += Math.min(gz.length, body.length)
    }),
  )
  return summary
}
