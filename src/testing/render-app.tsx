import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { resetFilterStore } from '@/lib/filter-store'
import { createQueryClient } from '@/lib/query-client'

/** Renders the whole app at `path` with the real providers, a fresh, non-retrying query client and a filter store read from `path`. */
export function renderApp(path = '/', { retry = false }: { retry?: boolean } = {}) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  const queryClient = createQueryClient({ retry })
  const user = userEvent.setup()
  return { user, queryClient, ...render(<App queryClient={queryClient} />) }
}
