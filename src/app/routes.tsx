import { Suspense, lazy, useEffect } from 'react'
import { Link } from '@/components/link'
import { useRoute, type Route } from '@/lib/router'
import { DashboardPage } from './dashboard-page'

// Only the dashboard is in the first download; the other pages load when first opened.
const VenuePage = lazy(() => import('@/features/venues/components/venue-page').then((m) => ({ default: m.VenuePage })))
const ReaderPage = lazy(() => import('@/features/reader/components/reader-page').then((m) => ({ default: m.ReaderPage })))
const PresentationPage = lazy(() =>
  import('@/features/presentation/components/presentation-page').then((m) => ({ default: m.PresentationPage })),
)

const titles: Record<Route['name'], string> = {
  overview: 'Dashboard',
  venue: 'Venue',
  reader: 'Cable reader',
  present: 'Presentation',
  'not-found': 'Page not found',
}

export function AppRoutes() {
  const route = useRoute()
  useEffect(() => {
    document.title = `${titles[route.name]} · IPR Enforcement Dashboard`
  }, [route.name])

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
