import { useSearch } from '@/lib/router'
import { Link } from './link'

/** "← Back to the dashboard", with the view's query string: placed above a page's every state, so the way back never waits on the data. */
export function BackToDashboard() {
  return (
    <p className="back-to-dashboard">
      <Link href={`/${useSearch()}`}>← Back to the dashboard</Link>
    </p>
  )
}
