import type { Dataset } from '@/contract/schemas'
import { generateDataset } from './generate-large-dataset'
import { mockDataset } from './dataset'

let cached: Dataset | undefined

/**
 * The `large` dev scenario: the benchmark's 10,000 issues at 200 venues over 50 cables (clones of the
 * real ones, their citations re-pointed), so the Cable facet and the cross-cable views see a series.
 */
export function largeDataset(): Dataset {
  cached ??= generateDataset(mockDataset(), { venues: 200, issues: 10_000, positionsPerIssue: 3, cables: 50 })
  return cached
}
