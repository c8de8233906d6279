import { renderHook } from '@testing-library/react'
import type { UseQueryResult } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { ApiError } from './api-client'
import { useCombinedQueries } from './combine-queries'

/** The part of a failed query result the panel reads. */
const failedWith = (error: unknown) => ({ isError: true, isSuccess: false, isPending: false, isFetching: false, data: undefined, error, refetch: async () => {} }) as unknown as UseQueryResult<string>

describe('a panel joining several queries', () => {
  it('shows the error of an API replaced under the page before any other, so it offers a reload', () => {
    const network = new ApiError('network', '/api/v1/venues.json', 'The server could not be reached')
    const changed = new ApiError('changed', '/api/v1/issues.json', 'The issues list changed on the server after this page read meta.json')
    const { result } = renderHook(() => useCombinedQueries([failedWith(network), failedWith(changed)] as const, (a, b) => a + b))
    expect(result.current).toMatchObject({ status: 'error', error: changed })
  })

  it('shows the first failure otherwise', () => {
    const network = new ApiError('network', '/api/v1/venues.json', 'The server could not be reached')
    const damaged = new ApiError('invalid-data', '/api/v1/issues.json', 'The server sent something that is not JSON')
    const { result } = renderHook(() => useCombinedQueries([failedWith(network), failedWith(damaged)] as const, (a, b) => a + b))
    expect(result.current).toMatchObject({ status: 'error', error: network })
  })

  it('stays failed, retrying, while a failed query is fetched again (TanStack Query puts it back to pending), and settles with it', () => {
    const network = new ApiError('network', '/api/v1/venues.json', 'The server could not be reached')
    const ok = { isError: false, isSuccess: true, isPending: false, isFetching: false, errorUpdateCount: 0, data: 'a', error: null, refetch: async () => {} } as unknown as UseQueryResult<string>
    const refetching = { isError: false, isSuccess: false, isPending: true, isFetching: true, errorUpdateCount: 1, data: undefined, error: null, refetch: async () => {} } as unknown as UseQueryResult<string>
    const loaded = { ...ok, data: 'b', errorUpdateCount: 1 } as unknown as UseQueryResult<string>
    const { result, rerender } = renderHook(({ second }) => useCombinedQueries([ok, second] as const, (a, b) => a + b), { initialProps: { second: { ...failedWith(network), errorUpdateCount: 1 } as UseQueryResult<string> } })
    expect(result.current).toMatchObject({ status: 'error', error: network, isFetching: false })
    rerender({ second: refetching })
    expect(result.current).toMatchObject({ status: 'error', error: network, isFetching: true })
    rerender({ second: loaded })
    expect(result.current).toMatchObject({ status: 'success', data: 'ab' })
  })

  it('is loading, not failed, for a query pending for the first time', () => {
    const first = { isError: false, isSuccess: false, isPending: true, isFetching: true, errorUpdateCount: 0, data: undefined, error: null, refetch: async () => {} } as unknown as UseQueryResult<string>
    const { result } = renderHook(() => useCombinedQueries([first] as const, (a) => a))
    expect(result.current).toMatchObject({ status: 'pending' })
  })
})
