import { describe, expect, it, vi } from 'vitest'
import { dashboardListQueries } from '@/api/dashboard-data'
import { createQueryClient } from '@/lib/query-client'
import { matchRoute } from '@/lib/router'
import { loadPage } from './page-loaders'

describe('loading what a page renders from', () => {
  it('starts its queries over several short tasks, not all in one long one, and loads them all', async () => {
    const client = createQueryClient({ retry: false })
    // Each query's start made to cost 2 ms: the dozen and more a page starts would hold the page 30 ms in one task.
    const startsPerTask: number[] = []
    let inTask = false
    const fetchQuery = client.fetchQuery.bind(client)
    vi.spyOn(client, 'fetchQuery').mockImplementation(((options: Parameters<typeof fetchQuery>[0]) => {
      // A task's synchronous run ends before its microtasks: starts counted until then ran in one task.
      if (!inTask) {
        inTask = true
        startsPerTask.push(0)
        queueMicrotask(() => (inTask = false))
      }
      startsPerTask[startsPerTask.length - 1]!++
      const until = performance.now() + 2
      while (performance.now() < until);
      return fetchQuery(options)
    }) as typeof client.fetchQuery)
    await loadPage(matchRoute('/'), client)
    for (const options of Object.values(dashboardListQueries())) expect(client.getQueryState(options.queryKey)?.status).toBe('success')
    const starts = startsPerTask.reduce((sum, count) => sum + count, 0)
    expect(starts).toBeGreaterThan(10)
    // The shared slices' budget is 5 ms (src/contract/time-slices.ts): a few starts a task.
    expect(Math.max(...startsPerTask)).toBeLessThanOrEqual(4)
  })
})
