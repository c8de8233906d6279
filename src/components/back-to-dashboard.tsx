import { useSearch } from '@/lib/router'
import { isPlainClick, Link } from './link'

/**
 * "← Back to the dashboard", with the view's query string: placed above a page's every state, so the way back
 * never waits on the data. Where this page was opened from that very view, it goes Back, to the place and the
 * link the reader left (lib/scroll-memory.ts), as the browser's Back does; a new entry would open at the top.
 */
export function BackToDashboard() {
  const href = `/${useSearch()}`
  return (
    <p className="back-to-dashboard">
      <Link
        href={href}
        onClick={(event) => {
          const cameFrom = (history.state as { back?: unknown } | null)?.back
          if (cameFrom !== href || !isPlainClick(event)) return
          event.preventDefault()
          history.back()
        }}
      >
        ← Back to the dashboard
      </Link>
    </p>
  )
}
