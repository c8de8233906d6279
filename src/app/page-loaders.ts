/**
 * What each page needs before it can render: its lazy chunk and its data. The routes render the
 * chunks; links (src/components/link.tsx) call prefetchRoute on hover and focus, so a click finds both ready.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { cableQuery } from '@/api/cables'
import { dashboardListQueries } from '@/api/dashboard-data'
import { inSlice } from '@/contract/time-slices'
import { lazyPreloaded } from '@/lib/lazy-preloaded'
import type { Route } from '@/lib/router'

// Each page's chunk, as a component the routes render and a loader links and hydration call ahead.
const venuePage = lazyPreloaded(() => import('@/features/venues/components/venue-page'), (m) => m.VenuePage)
const readerPage = lazyPreloaded(() => import('@/features/reader/components/reader-page'), (m) => m.ReaderPage)
const presentationPage = lazyPreloaded(() => import('@/features/presentation/components/presentation-page'), (m) => m.PresentationPage)
/** Below the dashboard's first screen: its own chunk, requested as soon as the page mounts, so it loads beside the data. */
const dashboardBody = lazyPreloaded(() => import('./dashboard-body'), (m) => m.default)

export const { Component: VenuePage } = venuePage
export const { Component: ReaderPage } = readerPage
export const { Component: PresentationPage } = presentationPage
export const { Component: DashboardBody, preload: loadDashboardBody } = dashboardBody

/** Prefetches one query unless it failed: a failed query is fetched again only from its Retry button. */
function prefetch(client: QueryClient, options: { queryKey: QueryKey }) {
  if (client.getQueryState(options.queryKey)?.status === 'error') return
  void client.prefetchQuery(options as Parameters<QueryClient['prefetchQuery']>[0])
}

/** The code each route renders with: its page's chunk (the dashboard's part below the first screen). */
const routeCode: Partial<Record<Route['name'], { preload: () => Promise<unknown> }>> = { overview: dashboardBody, venue: venuePage, reader: readerPage, present: presentationPage }

const loadRouteCode = (route: Route): Promise<unknown> => routeCode[route.name]?.preload() ?? Promise.resolve()

/** Gets the page at `route` ready for a click: its code, its lists, and the cable a reader link opens. */
export function prefetchRoute(route: Route, client: QueryClient) {
  if (route.name === 'overview' || route.name === 'not-found') return
  void loadRouteCode(route)
  if (route.name === 'reader' && route.cableId) prefetch(client, cableQuery(route.cableId))
  // The lists every page joins (useDashboardResources); the cable texts wait for the click, as there may be many.
  for (const options of Object.values(dashboardListQueries())) prefetch(client, options)
}

/**
 * Everything a page renders from, loaded into `client`: the lists, every cable's text and the page's
 * code. The prerender renders each page from what this loads, and the browser loads the same before
 * it hydrates that HTML, so both render the same tree. Rejects if any of it fails (after the
 * queries' own retries); the page is then rendered afresh and shows what failed.
 */
export async function loadPage(route: Route, client: QueryClient): Promise<void> {
  const code = loadRouteCode(route)
  const queries = dashboardListQueries()
  const lists = Object.values(queries).map((options) => startInSlice(() => client.fetchQuery(options as Parameters<QueryClient['fetchQuery']>[0])))
  // Awaited together with the lists, so a list that fails while the cables' list is still on its way is not left unhandled.
  const texts = startInSlice(() => client.fetchQuery(queries.cables)).then((cables) => Promise.all(cables.map((c) => startInSlice(() => client.fetchQuery(cableQuery(c.id))))))
  await Promise.all([code, ...lists, texts])
}

/**
 * Starts a query in the shared time slices (src/contract/time-slices.ts), ahead of the work on bodies:
 * a query's start (its place in the cache, its retries, its first request) costs a phone a few
 * milliseconds, and a page starts a dozen or more at once, which made one task of about 140 ms at a
 * phone's speed as the page hydrated.
 */
const startInSlice = <T>(start: () => Promise<T>): Promise<T> => inSlice(start, { first: true })
