import { describe, expect, it } from 'vitest'
import { datasetWithTopics as withTopics, mockDataset } from '../../mocks/dataset'
import { apiFiles, LIST_PAGE_ITEMS, listPagePaths, listResources, resourceAt } from './endpoints'

describe('the API serves each list in pages', () => {
  it('names the pages of a list from its count: the first is the list’s own path, an empty list is one file', () => {
    expect(listPagePaths('issues', 0)).toEqual(['/api/v1/issues.json'])
    expect(listPagePaths('issues', LIST_PAGE_ITEMS)).toEqual(['/api/v1/issues.json'])
    expect(listPagePaths('issues', 2 * LIST_PAGE_ITEMS + 1)).toEqual(['/api/v1/issues.json', '/api/v1/issues.2.json', '/api/v1/issues.3.json'])
  })

  it('writes a long list as pages of LIST_PAGE_ITEMS that join back into the list, in order', () => {
    const dataset = withTopics(2 * LIST_PAGE_ITEMS + 7)
    const files = apiFiles(dataset)
    const pages = listPagePaths('topics', dataset.topics.length).map((path) => files.get(path) as unknown[])
    expect(pages.map((page) => page.length)).toEqual([LIST_PAGE_ITEMS, LIST_PAGE_ITEMS, 7])
    expect(pages.flat()).toEqual(dataset.topics)
    expect(files.has('/api/v1/topics.4.json')).toBe(false)
    // The real dataset's lists each fit in one file.
    const real = apiFiles(mockDataset())
    for (const { path } of Object.values(listResources)) expect(real.has(path.replace(/\.json$/, '.2.json'))).toBe(false)
  })

  it('refuses a dataset whose meta.json miscounts a list: a client paging by that count would miss items', () => {
    const dataset = withTopics(LIST_PAGE_ITEMS + 1)
    expect(() => apiFiles({ ...dataset, meta: { ...dataset.meta, counts: { ...dataset.meta.counts, topics: 3 } } })).toThrow(/meta\.json counts 3 topics, but the dataset holds 501/)
  })

  it.each([
    ['/api/v1/issues.json', 'issues'],
    ['/api/v1/issues.2.json', 'issues'],
    ['/api/v1/positions.17.json', 'positions'],
    ['/api/v1/issues.1.json', null],
    ['/api/v1/issues.02.json', null],
    ['/api/v1/issues.0.json', null],
    ['/api/v1/meta.2.json', null],
    ['/api/v1/cables.2.json', null],
    ['/api/v1/constructor.2.json', null],
    ['/api/v1/cables/07BEIJING2566.json', 'cable'],
  ])('resourceAt(%s) is %s', (path, resource) => {
    expect(resourceAt(path)).toBe(resource)
  })
})
