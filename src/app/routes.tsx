import { Suspense, useEffect } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Link } from '@/components/link'
import { setRoutePrefetcher, useRoute, type Route } from '@/lib/router'
import { useRouteTitle } from '@/lib/page-title'
import { DashboardPage } from './dashboard-page'
// Only the dashboard is in the first download; the other pages load when first opened (or linked to).
import { PresentationPage, ReaderPage, VenuePage, prefetchRoute } from './page-loaders'

export function AppRoutes() {
  const route = useRoute()
  const queryClient = useQueryClient()
  useEffect(() => setRoutePrefetcher((target) => prefetchRoute(target, queryClient)), [queryClient])
  useRouteTitle(route)

  return (
    <Suspense
      fallback={
        <p className="query-state query-state--loading" role="status">
          Loading the page…
        </p>
      }
    >
      <RouteContent route={route} />
    </Suspense>
  )
}

function RouteContent({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <DashboardPage />
    case 'venue':
      return <VenuePage venueId={route.venueId} />
    case 'reader':
      return <ReaderPage cableId={route.cableId} />
    case 'present':
      return <PresentationPage />
    default:
      return <NotFound />
  }
}

function NotFound() {
  return (
    <section className="panel" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>There is nothing at this address. It may come from an old or mistyped link.</p>
      <p>
        <Link href="/">Go to the dashboard</Link>
      </p>
    </section>
  )
}
