import type { Dataset } from '@/contract/schemas'
import { generateDataset } from './generate-large-dataset'
import { mockDataset } from './dataset'

let cached: Dataset | undefined

/** The `large` dev scenario: the benchmark's 200 venues and 10,000 issues, built from the real cable. */
export function largeDataset(): Dataset {
  cached ??= generateDataset(mockDataset(), { venues: 200, issues: 10_000, positionsPerIssue: 3 })
  return cached
}
