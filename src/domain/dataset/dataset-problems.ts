import type { CableAnnotations } from './annotations.ts'
import { buildDataset, DatasetError, type CableSource } from './build-dataset.ts'

/** Every problem the builder finds in these sources and annotations; empty when it builds. */
export function datasetProblems(sources: readonly CableSource[], annotations: readonly CableAnnotations[]): string[] {
  try {
    buildDataset(sources, annotations)
    return []
  } catch (error) {
    if (error instanceof DatasetError) return error.problems
    throw error
  }
}
