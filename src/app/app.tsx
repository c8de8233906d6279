import { useEffect } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { INTERACTIVE_ATTRIBUTE, PUBLIC_SAFE_SEARCH } from '@/lib/prerender-contract'
import { AppProviders } from './providers'
import { AppRoutes } from './routes'
import { ErrorBoundary } from '@/components/error-boundary'
import { Link } from '@/components/link'
import { useFilterStore } from '@/lib/filter-store'
import { PublicSafeBanner } from '@/features/meeting/components/public-safe-banner'
import { PublicSafeSwitch } from '@/features/meeting/components/public-safe-switch'

// Loaded with the app (boot.tsx's last stage), not with the data requests, which go out first.
export { prepareFullRender, prepareHydration } from './prepare-hydration'

// Back and Forward's memory: fetched while the page hydrates, beside it (nothing on screen waits for it),
// so that it is in place before hydration lets a link be clicked.
if (typeof window !== 'undefined') void import('@/lib/scroll-memory')

/**
 * `hydrating`: rendered into (or as) the prerendered HTML, in the build and in the render that hydrates it;
 * `beforeFullRender`: what to build after hydration, before the page renders in full (prerendered.tsx).
 */
export function App({ queryClient, hydrating = false, beforeFullRender }: { queryClient?: QueryClient; hydrating?: boolean; beforeFullRender?: () => Promise<void> }) {
  // From here on a click reaches React, even inside parts still hydrating (React hydrates those at once
  // and replays it); until then the prerendered controls take none (styles.css), rather than seem to work.
  useEffect(() => {
    document.documentElement.setAttribute(INTERACTIVE_ATTRIBUTE, '')
    // A link focused before then (Tab on the prerendered page) is focused again, so what its focus
    // shows (a citation's preview) shows now.
    const focused = document.activeElement
    if (focused instanceof HTMLElement && focused !== document.body && document.getElementById('main')?.contains(focused)) {
      focused.blur()
      focused.focus({ preventScroll: true })
    }
  }, [])
  return (
    <AppProviders queryClient={queryClient} hydrating={hydrating} beforeFullRender={beforeFullRender}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <PublicSafeSwitch />
        <HomeLink />
        <p className="app-header__subtitle">IPR enforcement in China as US diplomatic cables report it</p>
      </header>
      <PublicSafeBanner />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary label="this page">
          <AppRoutes />
        </ErrorBoundary>
      </main>
    </AppProviders>
  )
}

/**
 * The header's title: to the dashboard, unfiltered, in the same handling mode. A bare "/" switched the
 * public-safe view off, and a click on the title brought the SBU text back on screen in a meeting.
 */
function HomeLink() {
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  return (
    <Link href={publicSafe ? `/${PUBLIC_SAFE_SEARCH}` : '/'} className="app-header__title">
      IPR Enforcement Dashboard
    </Link>
  )
}
