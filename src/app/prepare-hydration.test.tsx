import { renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { dashboardListQueries } from '@/api/dashboard-data'
import type { Cable } from '@/contract/schemas'
import { corpusParagraphs } from '@/domain/selectors/view'
import type { DashboardData } from '@/domain/selectors/filter-dashboard'
import { resetFilterStore, useFilterStore } from '@/lib/filter-store'
import { createQueryClient } from '@/lib/query-client'
import { matchRoute } from '@/lib/router'
import { useFilteredView } from '@/lib/use-filtered-view'
import { cableQuery } from '@/api/cables'
import { loadPage, prepareHydration } from './page-loaders'

beforeEach(() => resetFilterStore())

/** The data object the dashboard's hook joins from the query cache (useDashboardResources): its own object, the cache's lists. */
function joinedAsTheDashboardDoes(client: ReturnType<typeof createQueryClient>): DashboardData {
  const q = dashboardListQueries()
  const get = <T,>(options: { queryKey: readonly unknown[] }) => client.getQueryData(options.queryKey) as T
  const cables = get<{ id: string }[]>(q.cables).map((c) => get<Cable>(cableQuery(c.id)))
  return {
    venues: get(q.venues),
    issues: get(q.issues),
    positions: get(q.positions),
    figures: get(q.figures),
    events: get(q.events),
    organizations: get(q.organizations),
    topics: get(q.topics),
    paragraphs: corpusParagraphs(cables),
  }
}

describe('before a prerendered dashboard hydrates', () => {
  it('its view is built ahead, and the first render uses it rather than building its own', async () => {
    const client = createQueryClient({ retry: false })
    const route = matchRoute('/')
    await loadPage(route, client)
    const ahead = await prepareHydration(route, client)
    expect(ahead).not.toBeNull()
    const { result } = renderHook(() => useFilteredView(joinedAsTheDashboardDoes(client)))
    // The very objects built ahead: remembered for these lists and filters, not computed again in the render.
    expect(result.current.index).toBe(ahead!.index)
    expect(result.current.filtered).toBe(ahead!.filtered)
    expect(result.current.counts).toBe(ahead!.counts)
    expect(result.current.filtered.issues).toHaveLength(client.getQueryData<unknown[]>(dashboardListQueries().issues.queryKey)!.length)
  })

  it('leaves a public-safe or filtered view to the render, which redacts or filters it', async () => {
    const client = createQueryClient({ retry: false })
    const route = matchRoute('/')
    await loadPage(route, client)
    const data = joinedAsTheDashboardDoes(client)
    useFilterStore.setState({ filters: { ...useFilterStore.getState().filters, publicSafe: true } })
    await expect(prepareHydration(route, client)).resolves.toBeNull()
    const { result } = renderHook(() => useFilteredView(data))
    expect(result.current.visible.issues.length).toBeLessThan(data.issues.length)
    expect(result.current.index).toHaveLength(result.current.visible.issues.length)
  })
})
