import type { QueryClient } from '@tanstack/react-query'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { server } from '../../mocks/node'
import { dashboardListQueries } from '@/api/dashboard-data'
import { cableListResource, listPagePath } from '@/contract/endpoints'
import { ApiError } from '@/lib/api-client'
import { inSlice } from '@/contract/time-slices'
import { createQueryClient } from '@/lib/query-client'
import { matchRoute } from '@/lib/router'
import { busy, countPerTask } from '@/testing/main-thread'
import { loadPage } from './page-loaders'

/** Calls `onStart` as each query loadPage asks for starts (not the queries those start in turn, such as meta.json). */
function watchQueryStarts(client: QueryClient, onStart: () => void) {
  const fetchQuery = client.fetchQuery.bind(client)
  let depth = 0
  vi.spyOn(client, 'fetchQuery').mockImplementation(((options: Parameters<typeof fetchQuery>[0]) => {
    if (depth === 0) onStart()
    depth++
    try {
      return fetchQuery(options)
    } finally {
      depth--
    }
  }) as typeof client.fetchQuery)
}

describe('loading what a page renders from', () => {
  it('starts its queries over several short tasks, not all in one long one, and loads them all', async () => {
    const client = createQueryClient({ retry: false })
    const starts = countPerTask()
    watchQueryStarts(client, () => {
      starts.count()
      // Each made to cost 2 ms: the dozen and more a page starts would hold the page 30 ms in one task.
      busy(2)()
    })
    await loadPage(matchRoute('/'), client)
    for (const options of Object.values(dashboardListQueries())) expect(client.getQueryState(options.queryKey)?.status).toBe('success')
    expect(starts.perTask.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(10)
    // The shared slices' budget is 5 ms (src/contract/time-slices.ts): at most three starts of 2 ms fit in one.
    expect(Math.max(...starts.perTask)).toBeLessThanOrEqual(3)
  })

  it('starts its queries ahead of work on bodies already waiting for the main thread', async () => {
    const client = createQueryClient({ retry: false })
    const order: string[] = []
    watchQueryStarts(client, () => void order.push('query started'))
    void inSlice(busy(10))
    const waiting = inSlice(() => void order.push('work that waited'))
    await Promise.all([loadPage(matchRoute('/'), client), waiting])
    expect(order.indexOf('query started')).toBeGreaterThanOrEqual(0)
    expect(order.indexOf('query started')).toBeLessThan(order.indexOf('work that waited'))
  })

  it('fails when a list fails, leaving no failure unhandled while the cables’ list is still on its way', async () => {
    server.use(
      http.get(`*${listPagePath('topics', 1)}`, () => new HttpResponse(null, { status: 404 })),
      // A slow server: the cables' list fails only after the topics have.
      http.get(`*${cableListResource.path}`, async () => (await delay(200), new HttpResponse(null, { status: 404 }))),
    )
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    onTestFinished(() => void process.off('unhandledRejection', onUnhandled))
    await expect(loadPage(matchRoute('/'), createQueryClient({ retry: false }))).rejects.toBeInstanceOf(ApiError)
    expect(unhandled).toEqual([])
  })
})
