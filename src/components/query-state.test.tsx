import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { ApiError } from '@/lib/api-client'
import { QueryError } from './query-state'

describe('an error panel', () => {
  it('offers a retry for an error that may pass', async () => {
    const onRetry = vi.fn<() => void>()
    render(<QueryError error={new ApiError('network', '/api/v1/venues.json', 'The server could not be reached')} label="the venues" retrying={false} onRetry={onRetry} />)
    await userEvent.click(screen.getByRole('button', { name: 'Retry loading the venues' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('offers a reload, not a retry, when the API changed since the page opened: a retry would mix the two', async () => {
    const onRetry = vi.fn<() => void>()
    const reload = vi.fn<() => void>()
    vi.stubGlobal('location', { ...window.location, reload })
    onTestFinished(() => void vi.unstubAllGlobals())
    render(<QueryError error={new ApiError('changed', '/api/v1/issues.json', 'The issues list changed on the server')} label="the dashboard data" retrying={false} onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent(/could not load the dashboard data\. the data on the server has changed since this page opened\..*reload the page/i)
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }))
    expect(reload).toHaveBeenCalledOnce()
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('keeps the focus of the person who pressed Retry while it retries, and ignores a second press', async () => {
    const onRetry = vi.fn<() => void>()
    const error = new ApiError('network', '/api/v1/venues.json', 'The server could not be reached')
    const { rerender } = render(<QueryError error={error} label="the venues" retrying={false} onRetry={onRetry} />)
    await userEvent.click(screen.getByRole('button', { name: 'Retry loading the venues' }))
    rerender(<QueryError error={error} label="the venues" retrying onRetry={onRetry} />)
    const retrying = screen.getByRole('button', { name: 'Retrying…' })
    expect(retrying).toHaveFocus()
    expect(retrying).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(retrying)
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('when a retry works, moves focus from the button it removes to the section where the data now is', async () => {
    const error = new ApiError('network', '/api/v1/venues.json', 'The server could not be reached')
    const panel = (loaded: boolean) => (
      <main>
        <section aria-label="Venues" tabIndex={-1}>
          {loaded ? <p>Beijing Copyright Bureau</p> : <QueryError error={error} label="the venues" retrying={false} onRetry={() => {}} />}
        </section>
      </main>
    )
    const { rerender } = render(panel(false))
    screen.getByRole('button', { name: 'Retry loading the venues' }).focus()
    rerender(panel(true))
    await waitFor(() => expect(screen.getByRole('region', { name: 'Venues' })).toHaveFocus())
  })
})
