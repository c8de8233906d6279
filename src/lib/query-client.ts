import { QueryClient, type MutationCache } from '@tanstack/react-query'
import { ApiError } from './api-client'
import { NoMutationCache } from './no-mutation-cache'

const MAX_RETRIES = 3

/** Retry only what may pass on a second try: never a timeout, invalid data or a 4xx (see ApiError.isTransient). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof ApiError && error.isTransient
}

export function createQueryClient(overrides: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    // The app runs no mutation (see no-mutation-cache.ts). A stand-in has none of MutationCache's private state, hence the cast.
    mutationCache: new NoMutationCache() as unknown as MutationCache,
    defaultOptions: {
      queries: {
        retry: overrides.retry === false ? false : shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8_000),
        // The API is a static snapshot (the build writes it): it never changes under a running page, so no query is ever refetched as stale.
        staleTime: 'static',
        refetchOnWindowFocus: false,
        // A failed query is fetched again only from its Retry button: otherwise every panel that
        // mounts later (the print cover, a second page) would fetch a 404 or a hung file once more.
        retryOnMount: false,
      },
    },
  })
}
