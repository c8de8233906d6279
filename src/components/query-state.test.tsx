import { render, screen } from '@testing-library/react'
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
})
