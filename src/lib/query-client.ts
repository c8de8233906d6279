import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client'

const MAX_RETRIES = 3

/** Retry only what may pass on a second try: never invalid data or a 4xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof ApiError && error.isTransient
}

export function createQueryClient(overrides: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: overrides.retry === false ? false : shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        // The API is a static snapshot of one cable: it does not change under a running page.
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
      },
    },
  })
}
