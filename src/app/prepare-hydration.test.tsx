import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import { act, render, renderHook, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { inSlice } from '@/contract/time-slices'
import { dashboardListQueries, useDashboardResources, type DashboardViewData } from '@/api/dashboard-data'
import type { Cable } from '@/contract/schemas'
import { corpusParagraphs } from '@/domain/selectors/view'
import { buildLookups } from '@/domain/selectors/lookups'
import { VenueCardGrid } from '@/features/venues/components/venue-card-grid'
import { countIssuesByTopicAndCableInPieces, countPositionsByOrganizationAndCableInPieces } from '@/domain/selectors/counts'
import { sliceByVenueInPieces, type DashboardData } from '@/domain/selectors/filter-dashboard'
import { involvementInPieces } from '@/domain/selectors/involvement'
import { resetFilterStore, useFilterStore } from '@/lib/filter-store'
import { createQueryClient } from '@/lib/query-client'
import { matchRoute } from '@/lib/router'
import { useFilteredView, type FilteredView } from '@/lib/use-filtered-view'
import { cableQuery } from '@/api/cables'
import { App } from './app'
import { loadPage } from './page-loaders'
import { prepareFullRender, prepareHydration } from './prepare-hydration'

// The shared slices, watched: the view is built ahead in their pieces, not in one go.
vi.mock('@/contract/time-slices', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/contract/time-slices')>()
  return { ...original, inSlice: vi.fn<typeof original.inSlice>(original.inSlice) }
})
// Watched too: the venue cards' slices, what the filter panel offers and the cross-cable tables are built once, ahead, not again by their panels.
vi.mock('@/domain/selectors/filter-dashboard', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/domain/selectors/filter-dashboard')>()
  return { ...original, sliceByVenueInPieces: vi.fn<typeof original.sliceByVenueInPieces>(original.sliceByVenueInPieces) }
})
vi.mock('@/domain/selectors/involvement', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/domain/selectors/involvement')>()
  return { ...original, involvementInPieces: vi.fn<typeof original.involvementInPieces>(original.involvementInPieces) }
})
vi.mock('@/domain/selectors/counts', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/domain/selectors/counts')>()
  return {
    ...original,
    countIssuesByTopicAndCableInPieces: vi.fn<typeof original.countIssuesByTopicAndCableInPieces>(original.countIssuesByTopicAndCableInPieces),
    countPositionsByOrganizationAndCableInPieces: vi.fn<typeof original.countPositionsByOrganizationAndCableInPieces>(original.countPositionsByOrganizationAndCableInPieces),
  }
})

beforeEach(() => resetFilterStore())

type OnView = (view: FilteredView<DashboardViewData>) => void
/** Reports what the dashboard's first render gets from useFilteredView, with the data its own hook joins. */
function View({ data, onView }: { data: DashboardViewData; onView: OnView }) {
  const view = useFilteredView(data)
  useEffect(() => {
    onView(view)
  }, [view, onView])
  return null
}
function Probe({ onView }: { onView: OnView }) {
  const { core } = useDashboardResources()
  return core.data ? <View data={core.data} onView={onView} /> : null
}

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
    vi.mocked(inSlice).mockClear()
    vi.mocked(countIssuesByTopicAndCableInPieces).mockClear()
    vi.mocked(countPositionsByOrganizationAndCableInPieces).mockClear()
    const ahead = await prepareHydration(route, client)
    expect(ahead).not.toBeNull()
    // Not the counts by cable: only the full render after hydration may need them (a large corpus's), and they would hold hydration up.
    expect(countIssuesByTopicAndCableInPieces).not.toHaveBeenCalled()
    expect(countPositionsByOrganizationAndCableInPieces).not.toHaveBeenCalled()
    // In pieces of the shared slices: at least one for each of the five steps.
    expect(vi.mocked(inSlice).mock.calls.length).toBeGreaterThanOrEqual(5)
    const views: FilteredView<DashboardViewData>[] = []
    render(
      <QueryClientProvider client={client}>
        <Probe onView={(view) => views.push(view)} />
      </QueryClientProvider>,
    )
    await waitFor(() => expect(views.length).toBeGreaterThan(0))
    const seen = views[0]
    // The very objects built ahead: remembered for these lists and filters, not computed again in the render.
    expect(seen!.index).toBe(ahead!.index)
    expect(seen!.filtered).toBe(ahead!.filtered)
    expect(seen!.counts).toBe(ahead!.counts)
    // And the venue cards' slices of it: the grid renders its cards from them, building none of its own.
    vi.mocked(sliceByVenueInPieces).mockClear()
    const get = <T,>(options: { queryKey: readonly unknown[] }) => client.getQueryData(options.queryKey) as T
    const lookups = buildLookups({ organizations: get(dashboardListQueries().organizations), people: get(dashboardListQueries().people), topics: get(dashboardListQueries().topics) })
    const grid = render(<VenueCardGrid filtered={seen!.filtered} lookups={lookups} query="" search="" />)
    expect(grid.container.querySelectorAll('.venue-grid > *').length).toBe(seen!.filtered.venues.length)
    expect(sliceByVenueInPieces).not.toHaveBeenCalled()
    // (Watched for real: another filtered view is sliced anew.)
    grid.rerender(<VenueCardGrid filtered={{ ...seen!.filtered }} lookups={lookups} query="" search="" />)
    expect(sliceByVenueInPieces).toHaveBeenCalledTimes(1)
    expect(seen!.filtered.issues).toHaveLength(client.getQueryData<unknown[]>(dashboardListQueries().issues.queryKey)!.length)

  })

  it('the dashboard’s panels find what they derive from the view built ahead (before hydration, and before the full render): what the filter panel offers, the cross-cable tables', async () => {
    const building = [involvementInPieces, countIssuesByTopicAndCableInPieces, countPositionsByOrganizationAndCableInPieces].map((step) => vi.mocked(step))
    const dashboard = async (prepared: boolean) => {
      const client = createQueryClient({ retry: false })
      const route = matchRoute('/')
      await loadPage(route, client)
      const ahead = prepared ? await prepareHydration(route, client) : null
      if (prepared) await prepareFullRender(route, client)
      for (const step of building) step.mockClear()
      window.history.replaceState(null, '', '/')
      const page = render(<App queryClient={client} />)
      // Both tables and the agency choices on screen (queried within their panels: the whole page is slow to search).
      await waitFor(() => expect(page.container.querySelector('#corpus')).not.toBeNull())
      const corpus = within(page.container.querySelector<HTMLElement>('#corpus')!)
      await corpus.findByRole('table', { name: /Issues by topic and cable/ })
      expect(corpus.getByRole('table', { name: /Positions by agency and cable/ })).toBeInTheDocument()
      expect(page.container.querySelector('.filter-panel')).toHaveTextContent('MOFCOM')
      const calls = building.map((step) => step.mock.calls.length)
      page.unmount()
      return { ahead, calls }
    }
    const { ahead, calls } = await dashboard(true)
    expect(ahead?.involvement.organizations.has('mofcom')).toBe(true)
    expect(calls).toEqual([0, 0, 0])
    // (Watched for real: without the steps built ahead, the panels build each of them.)
    expect((await dashboard(false)).calls).toEqual([1, 1, 1])
  })

  it('stops building ahead of the full render when the filters change meanwhile: the render builds that view', async () => {
    const client = createQueryClient({ retry: false })
    const route = matchRoute('/')
    await loadPage(route, client)
    await prepareHydration(route, client)
    vi.mocked(countIssuesByTopicAndCableInPieces).mockClear()
    vi.mocked(countPositionsByOrganizationAndCableInPieces).mockClear()
    const building = prepareFullRender(route, client)
    useFilterStore.setState({ filters: { ...useFilterStore.getState().filters, query: 'silk' } })
    await building
    expect(countIssuesByTopicAndCableInPieces).not.toHaveBeenCalled()
    expect(countPositionsByOrganizationAndCableInPieces).not.toHaveBeenCalled()
  })

  it('a hydrated app renders in full only once what it builds before the full render is built', async () => {
    const client = createQueryClient({ retry: false })
    await loadPage(matchRoute('/'), client)
    let built!: () => void
    const beforeFullRender = () => new Promise<void>((resolve) => (built = resolve))
    window.history.replaceState(null, '', '/')
    const page = render(<App queryClient={client} hydrating beforeFullRender={beforeFullRender} />)
    await waitFor(() => expect(page.container.querySelector('#corpus')).not.toBeNull())
    // The print cover names the page's full address, which only the full render knows.
    expect(page.container.querySelector('.print-cover')).toBeNull()
    await act(async () => built())
    await waitFor(() => expect(page.container.querySelector('.print-cover')).not.toBeNull())
  })

  it.each([
    ['public-safe', { publicSafe: true }],
    ['filtered', { organizations: ['mofcom'] }],
  ])('leaves a %s view to the render, which redacts or filters it', async (_, change) => {
    const client = createQueryClient({ retry: false })
    const route = matchRoute('/')
    await loadPage(route, client)
    useFilterStore.setState({ filters: { ...useFilterStore.getState().filters, ...change } })
    await expect(prepareHydration(route, client)).resolves.toBeNull()
    const data = joinedAsTheDashboardDoes(client)
    const { result } = renderHook(() => useFilteredView(data))
    expect(result.current.filtered.issues.length).toBeLessThan(data.issues.length)
  })

  it('builds nothing for a page other than the dashboard', async () => {
    const client = createQueryClient({ retry: false })
    await loadPage(matchRoute('/'), client)
    vi.mocked(involvementInPieces).mockClear()
    vi.mocked(countIssuesByTopicAndCableInPieces).mockClear()
    await expect(prepareHydration(matchRoute('/reader'), client)).resolves.toBeNull()
    await prepareFullRender(matchRoute('/reader'), client)
    expect(involvementInPieces).not.toHaveBeenCalled()
    expect(countIssuesByTopicAndCableInPieces).not.toHaveBeenCalled()
  })
})
