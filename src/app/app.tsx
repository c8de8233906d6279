import type { QueryClient } from '@tanstack/react-query'
import { AppProviders } from './providers'
import { AppRoutes } from './routes'
import { ErrorBoundary } from '@/components/error-boundary'
import { Link } from '@/components/link'
import { PublicSafeBanner } from '@/features/meeting/components/public-safe-banner'
import { PublicSafeSwitch } from '@/features/meeting/components/public-safe-switch'

export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <PublicSafeSwitch />
        <Link href="/" className="app-header__title">
          IPR Enforcement Dashboard
        </Link>
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
