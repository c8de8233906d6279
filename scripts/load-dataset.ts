/** Node-side loader: reads the cables from data/cables/ and builds the dataset (throws DatasetError). */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { allAnnotations } from '../data/annotations/index.ts'
import { sources } from '../data/sources.ts'
import type { Dataset } from '../src/contract/schemas.ts'
import { buildDataset } from '../src/domain/dataset/build-dataset.ts'
import { sourcesFromFiles } from '../src/domain/dataset/sources-from-files.ts'

const cablesDir = new URL('../data/cables/', import.meta.url)

function readCable(fileName: string): string | undefined {
  const path = fileURLToPath(new URL(fileName, cablesDir))
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

export function loadDataset(): Dataset {
  return buildDataset(sourcesFromFiles(sources, readCable), allAnnotations)
}
