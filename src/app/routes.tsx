import { useEffect } from 'react'
import { Link } from '@/components/link'
import { useRoute, type Route } from '@/lib/router'
import { OverviewPage } from '@/features/overview/components/overview-page'

const titles: Record<Route['name'], string> = {
  overview: 'Overview',
  venue: 'Venue',
  reader: 'Cable reader',
  'not-found': 'Page not found',
}

export function AppRoutes() {
  const route = useRoute()
  useEffect(() => {
    document.title = `${titles[route.name]} · IPR Enforcement Dashboard`
  }, [route.name])

  switch (route.name) {
    case 'overview':
      return <OverviewPage />
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
        <Link href="/">Go to the overview</Link>
      </p>
    </section>
  )
}
