import { waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { LIST_PAGE_ITEMS, listPagePath, metaResource } from '@/contract/endpoints'
import type { Dataset } from '@/contract/schemas'
import { apiClientSettings } from '@/lib/api-client'
import { createQueryClient } from '@/lib/query-client'
import { datasetWithTopics, mockDataset } from '../../mocks/dataset'
import { failing } from '../../mocks/failures'
import { apiHandlers } from '../../mocks/handlers/api'
import { server } from '../../mocks/node'
import { listQueryOptions } from './list-query'

const paged = datasetWithTopics(2 * LIST_PAGE_ITEMS + 3)
const { timeoutMs } = apiClientSettings
const topicPages = [listPagePath('topics', 1), listPagePath('topics', 2), listPagePath('topics', 3)]

function requestedPaths() {
  const paths: string[] = []
  server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname))
  return paths
}
const fetchTopics = () => createQueryClient({ retry: false }).fetchQuery(listQueryOptions('topics'))
const withMeta = (dataset: Dataset, meta: Dataset['meta']) => http.get(`*${metaResource.path}`, () => HttpResponse.json({ ...dataset.meta, ...meta }))

/** meta.json as the page first read it, then as a deploy since has replaced it; and how often it was asked for. */
function deployAfterFirstRead() {
  let requests = 0
  const meta = http.get(`*${metaResource.path}`, () => HttpResponse.json(++requests === 1 ? paged.meta : { ...paged.meta, datasetVersion: 'after-the-deploy' }))
  return { meta, metaRequests: () => requests }
}

afterEach(() => server.events.removeAllListeners())

describe('a list query', () => {
  it('requests every page meta.json counts, each once, and joins them in order', async () => {
    server.use(...apiHandlers(paged))
    const paths = requestedPaths()
    const client = createQueryClient({ retry: false })
    const [topics, people] = await Promise.all([client.fetchQuery(listQueryOptions('topics')), client.fetchQuery(listQueryOptions('people'))])
    expect(topics).toEqual(paged.topics)
    expect(people).toEqual(paged.people)
    expect(paths.filter((path) => path.includes('/topics')).toSorted()).toEqual(topicPages.toSorted())
    // meta.json once, however many lists and pages ask for it.
    expect(paths.filter((path) => path.endsWith(metaResource.path))).toHaveLength(1)
  })

  it('requests the pages after the first together, not one after another', async () => {
    // Pages 2 and 3 are each answered only once both have been asked for: a client that waited for
    // page 2 before asking for page 3 would hear nothing more, and time out (after half a second here).
    apiClientSettings.timeoutMs = 500
    onTestFinished(() => void (apiClientSettings.timeoutMs = timeoutMs))
    let requested = 0
    let bothRequested!: () => void
    const gate = new Promise<void>((resolve) => (bothRequested = resolve))
    const held = (page: number) =>
      http.get(`*${listPagePath('topics', page)}`, async () => {
        if (++requested === 2) bothRequested()
        await gate
        return HttpResponse.json(paged.topics.slice((page - 1) * LIST_PAGE_ITEMS, page * LIST_PAGE_ITEMS))
      })
    server.use(held(2), held(3), ...apiHandlers(paged))
    await expect(fetchTopics()).resolves.toEqual(paged.topics)
  })

  it('asks for meta.json again when the list is retried after meta.json failed, and then reads every page', async () => {
    server.use(failing(metaResource.path, 'server-error', { once: true }), ...apiHandlers(paged))
    const paths = requestedPaths()
    const client = createQueryClient()
    // The app's retry rule (a 5xx is worth another try), without the app's wait between tries.
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } })
    await expect(client.fetchQuery(listQueryOptions('topics'))).resolves.toEqual(paged.topics)
    // One failed, one answered: the list's own retry asked again, and meta.json was not retried on its own as well.
    expect(paths.filter((path) => path.endsWith(metaResource.path))).toHaveLength(2)
    expect(paths.filter((path) => path.endsWith(listPagePath('topics', 1)))).toHaveLength(2)
    expect(paths.filter((path) => path.endsWith(listPagePath('topics', 3)))).toHaveLength(1)
  })

  it('fails as a whole when one page fails: a list with a hole would undercount every chart', async () => {
    server.use(failing(listPagePath('topics', 2), 'server-error'), ...apiHandlers(paged))
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'http', status: 500, url: expect.stringContaining('/topics.2.json') })
  })

  it('fails with the failed page’s error, not a cancellation, when it stops a page still arriving', async () => {
    const lastPageStillArriving = http.get(`*${listPagePath('topics', 3)}`, async () => {
      await delay('infinite')
      return HttpResponse.error()
    })
    server.use(lastPageStillArriving, failing(listPagePath('topics', 2), 'server-error'), ...apiHandlers(paged))
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'http', status: 500, url: expect.stringContaining('/topics.2.json') })
  })

  it('still reads a first page that is not full after a later page failed: that page is the whole list', async () => {
    // meta.json (from before the API changed) counts three pages; the later ones are gone, and say so before the first page arrives.
    const short = mockDataset().topics
    let laterPageFailed!: () => void
    const failed = new Promise<void>((resolve) => (laterPageFailed = resolve))
    server.use(
      withMeta(paged, { ...paged.meta, counts: { ...paged.meta.counts, topics: 3 * LIST_PAGE_ITEMS } }),
      http.get(`*${listPagePath('topics', 1)}`, async () => (await failed, HttpResponse.json(short))),
      http.get(`*${listPagePath('topics', 2)}`, () => (laterPageFailed(), new HttpResponse(null, { status: 404 }))),
      http.get(`*${listPagePath('topics', 3)}`, () => new HttpResponse(null, { status: 404 })),
    )
    await expect(fetchTopics()).resolves.toEqual(short)
  })

  it('still reads a first page that is not full when a later page is gone while another is still arriving', async () => {
    // The gone page stops the one still arriving; that one's abort must not stop the first page as well.
    const short = mockDataset().topics
    let laterPageGone!: () => void
    const gone = new Promise<void>((resolve) => (laterPageGone = resolve))
    server.use(
      withMeta(paged, { ...paged.meta, counts: { ...paged.meta.counts, topics: 3 * LIST_PAGE_ITEMS } }),
      http.get(`*${listPagePath('topics', 1)}`, async () => (await gone, await delay(20), HttpResponse.json(short))),
      http.get(`*${listPagePath('topics', 2)}`, async () => (await delay('infinite'), HttpResponse.error())),
      http.get(`*${listPagePath('topics', 3)}`, () => (laterPageGone(), new HttpResponse(null, { status: 404 }))),
    )
    await expect(fetchTopics()).resolves.toEqual(short)
  })

  it('stops the first page at once when a later page fails for another reason than being gone', async () => {
    let firstPageStopped = false
    server.use(
      http.get(`*${listPagePath('topics', 1)}`, async ({ request }) => {
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        firstPageStopped = true
        await delay('infinite')
        return HttpResponse.error()
      }),
      failing(listPagePath('topics', 2), 'server-error'),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'http', status: 500, url: expect.stringContaining('/topics.2.json') })
    await expect.poll(() => firstPageStopped).toBe(true)
  })

  it('fails with a gone later page’s error once a full first page arrives after it', async () => {
    let laterPageGone!: () => void
    const gone = new Promise<void>((resolve) => (laterPageGone = resolve))
    server.use(
      http.get(`*${listPagePath('topics', 1)}`, async () => (await gone, HttpResponse.json(paged.topics.slice(0, LIST_PAGE_ITEMS)))),
      http.get(`*${listPagePath('topics', 2)}`, () => (laterPageGone(), new HttpResponse(null, { status: 404 }))),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'http', status: 404, url: expect.stringContaining('/topics.2.json') })
  })

  it('fails when the pages do not hold what meta.json counts (an API changed under the page)', async () => {
    server.use(withMeta(paged, { ...paged.meta, counts: { ...paged.meta.counts, topics: 3 * LIST_PAGE_ITEMS } }), ...apiHandlers(paged))
    // meta.json counts 1,500: the third page is not a full one.
    server.use(http.get(`*${listPagePath('topics', 3)}`, () => HttpResponse.json(paged.topics.slice(0, 10))))
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'invalid-data', message: expect.stringMatching(/pages hold 1010 items, but meta\.json counts 1500/) })
  })

  it('says the API changed, to be reloaded, when the pages do not add up and meta.json has changed since the page read it', async () => {
    // The page read meta.json before a deploy; the list's pages come from after it.
    const deploy = deployAfterFirstRead()
    server.use(
      deploy.meta,
      http.get(`*${listPagePath('topics', 3)}`, () => HttpResponse.json(paged.topics.slice(0, 10))),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'changed', message: expect.stringMatching(/topics list changed on the server/) })
    expect(deploy.metaRequests()).toBe(2)
  })

  it('says the API changed when a later page is gone and meta.json has changed since', async () => {
    const deploy = deployAfterFirstRead()
    server.use(
      deploy.meta,
      http.get(`*${listPagePath('topics', 3)}`, () => new HttpResponse(null, { status: 404 })),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'changed' })
    expect(deploy.metaRequests()).toBe(2)
  })

  it('fails with its own error when meta.json cannot be asked again: the list is out of step all the same', async () => {
    let metaRequests = 0
    server.use(
      http.get(`*${metaResource.path}`, () => (++metaRequests === 1 ? HttpResponse.json(paged.meta) : new HttpResponse(null, { status: 500 }))),
      http.get(`*${listPagePath('topics', 3)}`, () => HttpResponse.json(paged.topics.slice(0, 10))),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'invalid-data', message: expect.stringMatching(/pages hold 1010 items/) })
    expect(metaRequests).toBe(2)
  })

  it('fails with the first page’s own error when it fails after a later page was gone', async () => {
    // The gone page leaves the first page running (it may be the whole list); its own failure is then the list's.
    let laterPageGone!: () => void
    const gone = new Promise<void>((resolve) => (laterPageGone = resolve))
    server.use(
      http.get(`*${listPagePath('topics', 1)}`, async () => (await gone, HttpResponse.error())),
      http.get(`*${listPagePath('topics', 2)}`, () => (laterPageGone(), new HttpResponse(null, { status: 404 }))),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'network', url: expect.stringContaining('/topics.json') })
  })

  it('says the API changed when the first page is gone and meta.json has changed since', async () => {
    const deploy = deployAfterFirstRead()
    server.use(
      deploy.meta,
      http.get(`*${listPagePath('topics', 1)}`, () => new HttpResponse(null, { status: 404 })),
      ...apiHandlers(paged),
    )
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'changed' })
  })

  it('counts a list read later by the meta.json the page read first, however long ago: a deploy since shows', async () => {
    const before = paged
    const after = datasetWithTopics(2 * LIST_PAGE_ITEMS + 10)
    server.use(...apiHandlers(before))
    const client = createQueryClient({ retry: false })
    // Nothing observes these queries: by default each is dropped five minutes after its fetch; at once here.
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, gcTime: 0 } })
    await client.fetchQuery(listQueryOptions('topics'))
    await waitFor(() => expect(client.getQueryCache().find({ queryKey: listQueryOptions('topics').queryKey })).toBeUndefined())
    // The deploy: every file is the new API's.
    server.use(http.get(`*${metaResource.path}`, () => HttpResponse.json({ ...after.meta, datasetVersion: 'after-the-deploy' })), ...apiHandlers(after))
    await expect(client.fetchQuery(listQueryOptions('topics'))).rejects.toMatchObject({ kind: 'changed' })
  })

  it('stops the pages meta.json asked for once a first page that is not full turns out to be the whole list', async () => {
    // meta.json counts three pages' worth, but the first page holds fewer than a page: that is the list.
    const short = mockDataset().topics
    expect(short.length).toBeLessThan(LIST_PAGE_ITEMS)
    let laterPagesAsked!: () => void
    const asked = new Promise<void>((resolve) => (laterPagesAsked = resolve))
    const stopped: number[] = []
    let requested = 0
    const hanging = (page: number) =>
      http.get(`*${listPagePath('topics', page)}`, async ({ request }) => {
        if (++requested === 2) laterPagesAsked()
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        stopped.push(page)
        await delay('infinite')
        return HttpResponse.error()
      })
    server.use(
      withMeta(paged, { ...paged.meta, counts: { ...paged.meta.counts, topics: 3 * LIST_PAGE_ITEMS } }),
      // The first page answers once the later two are asked for, so they are in flight when the list returns.
      http.get(`*${listPagePath('topics', 1)}`, async () => (await asked, HttpResponse.json(short))),
      hanging(2),
      hanging(3),
    )
    await expect(fetchTopics()).resolves.toEqual(short)
    await expect.poll(() => stopped.toSorted(), { timeout: 10_000 }).toEqual([2, 3])
  })

  it('fails with meta.json’s own error when a full first page needs its count', async () => {
    server.use(failing(metaResource.path, 'invalid-data'), ...apiHandlers(paged))
    await expect(fetchTopics()).rejects.toMatchObject({ kind: 'invalid-data', url: expect.stringContaining('/meta.json') })
  })

  it('reads a list that fits in one page from that file alone, even when meta.json fails', async () => {
    server.use(failing(metaResource.path, 'server-error'), http.get(`*${listPagePath('topics', 2)}`, () => HttpResponse.json([{ unexpected: true }])))
    const paths = requestedPaths()
    await expect(fetchTopics()).resolves.toEqual(mockDataset().topics)
    expect(paths.filter((path) => path.includes('/topics'))).toEqual([listPagePath('topics', 1)])
  })
})
