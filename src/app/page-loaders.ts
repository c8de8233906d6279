/**
 * What each page needs before it can render: its lazy chunk and its data. The routes render the
 * chunks; links (src/components/link.tsx) call prefetchRoute on hover and focus, so a click finds both ready.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { cableQuery } from '@/api/cables'
import { dashboardListQueries } from '@/api/dashboard-data'
import type { Route } from '@/lib/router'

export const loadVenuePage = () => import('@/features/venues/components/venue-page')
export const loadReaderPage = () => import('@/features/reader/components/reader-page')
export const loadPresentationPage = () => import('@/features/presentation/components/presentation-page')

/** Prefetches one query unless it failed: a failed query is fetched again only from its Retry button. */
function prefetch(client: QueryClient, options: { queryKey: QueryKey }) {
  if (client.getQueryState(options.queryKey)?.status === 'error') return
  void client.prefetchQuery(options as Parameters<QueryClient['prefetchQuery']>[0])
}

/** The lists every page joins (useDashboardResources); the cable texts wait for the click, as there may be many. */
function prefetchPageData(client: QueryClient) {
  for (const options of Object.values(dashboardListQueries())) {
    prefetch(client, options)
  }
}

export function prefetchRoute(route: Route, client: QueryClient) {
  switch (route.name) {
    case 'venue':
      void loadVenuePage()
      prefetchPageData(client)
      return
    case 'reader':
      void loadReaderPage()
      if (route.cableId) prefetch(client, cableQuery(route.cableId))
      prefetchPageData(client)
      return
    case 'present':
      void loadPresentationPage()
      prefetchPageData(client)
      return
    default:
  }
}
