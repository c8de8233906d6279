import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '@/app/app'
import { createQueryClient } from '@/lib/query-client'

/** Renders the whole app at `path` with the real providers and a fresh, non-retrying query client. */
export function renderApp(path = '/', { retry = false }: { retry?: boolean } = {}) {
  window.history.replaceState(null, '', path)
  const queryClient = createQueryClient({ retry })
  const user = userEvent.setup()
  return { user, queryClient, ...render(<App queryClient={queryClient} />) }
}
