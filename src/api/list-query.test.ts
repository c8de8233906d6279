import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { LIST_PAGE_ITEMS, listPagePath, metaResource } from '@/contract/endpoints'
import { ApiError } from '@/lib/api-client'
import { createQueryClient } from '@/lib/query-client'
import { datasetWithTopics, mockDataset } from '../../mocks/dataset'
import { failing } from '../../mocks/failures'
import { apiHandlers } from '../../mocks/handlers/api'
import { server } from '../../mocks/node'
import { listQueryOptions } from './list-query'

const paged = datasetWithTopics(2 * LIST_PAGE_ITEMS + 3)

function requestedPaths() {
  const paths: string[] = []
  server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname))
  return paths
}

afterEach(() => server.events.removeAllListeners())

describe('a list query', () => {
  it('requests every page meta.json counts, together, and joins them in order', async () => {
    server.use(...apiHandlers(paged))
    const paths = requestedPaths()
    const client = createQueryClient({ retry: false })
    const [topics, people] = await Promise.all([client.fetchQuery(listQueryOptions('topics')), client.fetchQuery(listQueryOptions('people'))])
    expect(topics).toEqual(paged.topics)
    expect(people).toEqual(paged.people)
    expect(paths.filter((path) => path.includes('/topics'))).toEqual(expect.arrayContaining([listPagePath('topics', 1), listPagePath('topics', 2), listPagePath('topics', 3)]))
    // meta.json once, however many lists and pages ask for it.
    expect(paths.filter((path) => path.endsWith(metaResource.path))).toHaveLength(1)
  })

  it('fails as a whole when one page fails: a list with a hole would undercount every chart', async () => {
    server.use(failing(listPagePath('topics', 2), 'server-error'), ...apiHandlers(paged))
    const failed = createQueryClient({ retry: false }).fetchQuery(listQueryOptions('topics'))
    await expect(failed).rejects.toBeInstanceOf(ApiError)
    await expect(failed).rejects.toMatchObject({ kind: 'http', status: 500, url: expect.stringContaining('/topics.2.json') })
  })

  it('fails with meta.json’s own error when the count cannot be read', async () => {
    server.use(failing(metaResource.path, 'invalid-data'))
    await expect(createQueryClient({ retry: false }).fetchQuery(listQueryOptions('topics'))).rejects.toMatchObject({ kind: 'invalid-data', url: expect.stringContaining('/meta.json') })
  })

  it('reads a list of one page from that one file', async () => {
    server.use(http.get(`*${listPagePath('topics', 2)}`, () => HttpResponse.json([{ unexpected: true }])))
    const paths = requestedPaths()
    await expect(createQueryClient({ retry: false }).fetchQuery(listQueryOptions('topics'))).resolves.toEqual(mockDataset().topics)
    expect(paths.filter((path) => path.includes('/topics'))).toEqual([listPagePath('topics', 1)])
  })
})
