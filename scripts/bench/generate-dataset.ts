/** Writes a generated dataset's static API into a copy of dist/ for the benchmark. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { apiFiles } from '../../src/contract/endpoints.ts'
import type { Dataset } from '../../src/contract/schemas.ts'

export { generateDataset } from '../../src/domain/dataset/generate-large-dataset.ts'

/** Writes the whole static API of `dataset` into `root` (a copy of dist/), replacing the real one. */
export async function writeApi(root: string, dataset: Dataset): Promise<number> {
  let bytes = 0
  for (const [path, body] of apiFiles(dataset)) {
    const file = join(root, path.replace(/^\//, ''))
    await mkdir(dirname(file), { recursive: true })
    const text = JSON.stringify(body)
    bytes += Buffer.byteLength(text)
    await writeFile(file, text)
  }
  return bytes
}
