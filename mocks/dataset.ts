import type { Dataset } from '@/contract/schemas'
import { buildDataset } from '@/domain/dataset/build-dataset'
import { sourcesFromFiles } from '@/domain/dataset/sources-from-files'
import { allAnnotations } from '../data/annotations/index'
import { sources } from '../data/sources'

// Vite inlines the cable texts, so the mock API builds the very dataset the static build writes.
const cableTexts = import.meta.glob<string>('../data/cables/*.txt', { query: '?raw', import: 'default', eager: true })

let cached: Dataset | undefined

export function mockDataset(): Dataset {
  cached ??= buildDataset(
    sourcesFromFiles(sources, (name) => cableTexts[`../data/cables/${name}`]),
    allAnnotations,
  )
  return cached
}

/** The mock dataset with its topics repeated under new ids up to `count` (meta.json counting them): a list long enough to be paged. */
export function datasetWithTopics(count: number): Dataset {
  const dataset = mockDataset()
  const topics = Array.from({ length: count }, (_, i) => ({ ...dataset.topics[i % dataset.topics.length]!, id: `topic-${i}` }))
  return { ...dataset, topics, meta: { ...dataset.meta, counts: { ...dataset.meta.counts, topics: count } } }
}
