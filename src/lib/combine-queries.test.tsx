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
})
