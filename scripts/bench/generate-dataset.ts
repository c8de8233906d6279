/** Writes a generated dataset's static API into a copy of dist/ for the benchmark. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { apiFiles } from '../../src/contract/endpoints.ts'
import type { Dataset } from '../../src/contract/schemas.ts'
import { precompressDir } from '../precompress.ts'

export { generateDataset } from '../../mocks/generate-large-dataset.ts'

/**
 * Writes the whole static API of `dataset` into `root` (a copy of dist/), replacing the real
 * one, and compresses it as the build does, so the server sends it as it sends the real API.
 */
export async function writeApi(root: string, dataset: Dataset): Promise<number> {
  let bytes = 0
  for (const [path, body] of apiFiles(dataset)) {
    const file = join(root, path.replace(/^\//, ''))
    await mkdir(dirname(file), { recursive: true })
    const text = JSON.stringify(body)
    bytes += Buffer.byteLength(text)
    await writeFile(file, text)
  }
  // Quality 5, not the build's 11: 20 MB at 11 would add half a minute and only this page's
  // load would change, not the filter latency and heap it is measured for.
  await precompressDir(join(root, 'api'), { brotliQuality: 5 })
  return bytes
}

/** What a dataset holds, for the report's Datasets table. */
export interface DatasetSize {
  cables: number
  venues: number
  issues: number
  positions: number
  figures: number
  events: number
  /** Every file of its static API, as JSON, uncompressed (what the build and writeApi write). */
  apiBytes: number
}

export function datasetSize(dataset: Dataset): DatasetSize {
  let apiBytes = 0
  for (const body of apiFiles(dataset).values()) apiBytes += Buffer.byteLength(JSON.stringify(body))
  return {
    cables: dataset.cables.length,
    venues: dataset.venues.length,
    issues: dataset.issues.length,
    positions: dataset.positions.length,
    figures: dataset.figures.length,
    events: dataset.events.length,
    apiBytes,
  }
}
