import { useMemo } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { asksForReload } from './api-client'

/** The part of a query result a panel needs to show loading, error and retry. */
export type PanelQuery<T> =
  | { status: 'pending'; data: undefined; error: null; isFetching: boolean; retry: () => void }
  | { status: 'error'; data: undefined; error: unknown; isFetching: boolean; retry: () => void }
  | { status: 'success'; data: T; error: null; isFetching: boolean; retry: () => void }

type DataOf<Q> = Q extends UseQueryResult<infer D> ? D : never

/**
 * Joins several queries into one panel state: an error wins over loading, so a broken
 * resource is reported at once, and retry refetches only the queries that failed.
 */
export function useCombinedQueries<const Qs extends readonly UseQueryResult<unknown>[], T>(
  queries: Qs,
  build: (...data: { [K in keyof Qs]: DataOf<Qs[K]> }) => T,
): PanelQuery<T> {
  const ready = queries.every((q) => q.isSuccess)
  // Rebuild only when a query's data changes, so memoised selectors downstream stay cached.
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => (ready ? build(...(queries.map((q) => q.data) as { [K in keyof Qs]: DataOf<Qs[K]> })) : undefined), [ready, ...queries.map((q) => q.data)])
  const isFetching = queries.some((q) => q.isFetching)
  const retry = () => {
    for (const q of queries) if (q.isError) void q.refetch()
  }
  // An API replaced under the page wins: its panel offers a reload, which no retry of the others replaces.
  const failed = queries.find((q) => asksForReload(q.error)) ?? queries.find((q) => q.isError)
  // Retrying means a failed query is being fetched again, not that another one is still on its way:
  // otherwise Retry stays disabled, reading "Retrying…", until the slowest file arrives.
  if (failed) return { status: 'error', data: undefined, error: failed.error, isFetching: queries.some((q) => q.isError && q.isFetching), retry }
  if (queries.some((q) => q.isPending)) return { status: 'pending', data: undefined, error: null, isFetching, retry }
  return { status: 'success', data: data as T, error: null, isFetching, retry }
}

export function useQueryPanel<T>(query: UseQueryResult<T>): PanelQuery<T> {
  return useCombinedQueries([query] as const, (data) => data as T)
}
