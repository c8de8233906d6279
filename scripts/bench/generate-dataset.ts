/** The benchmark's generated dataset and the sizes of both datasets. */
import { apiFiles } from '../../src/contract/endpoints.ts'
import type { Dataset } from '../../src/contract/schemas.ts'

export { generateDataset } from '../../mocks/generate-large-dataset.ts'

/** What a dataset holds, for the report's Datasets table. */
export interface DatasetSize {
  cables: number
  venues: number
  issues: number
  positions: number
  figures: number
  events: number
  /** Every file of its static API, as JSON, uncompressed (what the build writes). */
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
