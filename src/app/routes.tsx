import { useEffect } from 'react'
import { Link } from '@/components/link'
import { useRoute, type Route } from '@/lib/router'
import { VenuePage } from '@/features/venues/components/venue-page'
import { ReaderPage } from '@/features/reader/components/reader-page'
import { PresentationPage } from '@/features/presentation/components/presentation-page'
import { DashboardPage } from './dashboard-page'

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
