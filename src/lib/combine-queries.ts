import { useMemo, useState } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { asksForReload } from './api-client'

/** The part of a query result a panel needs to show loading, error and retry. */
export type PanelQuery<T> =
  | { status: 'pending'; data: undefined; error: null; isFetching: boolean; retry: () => void }
  | { status: 'error'; data: undefined; error: unknown; isFetching: boolean; retry: () => void }
  | { status: 'success'; data: T; error: null; isFetching: boolean; retry: () => void }

type DataOf<Q> = Q extends UseQueryResult<infer D> ? D : never

/**
 * A query fetched again after it failed. TanStack Query puts a query that has no data back to pending, its
 * error cleared, as soon as a fetch starts: read as it is, a Retry would turn its error panel into a loading
 * state (and take the button, and the focus on it, away). Its count of errors says it failed before.
 */
export const isRetryingAfterFailure = (query: Pick<UseQueryResult<unknown>, 'isPending' | 'isFetching' | 'errorUpdateCount'>) =>
  query.isPending && query.isFetching && query.errorUpdateCount > 0

/**
 * The error a query shows: its own while failed, the one it last failed with (`kept`, from useLastErrors)
 * while it is fetched again; undefined otherwise.
 */
export const shownError = (query: Pick<UseQueryResult<unknown>, 'isPending' | 'isFetching' | 'errorUpdateCount'> & { isError: boolean; error: unknown }, kept: unknown): unknown =>
  query.isError ? query.error : isRetryingAfterFailure(query) ? kept : undefined

/**
 * The error each query last failed with, kept while it is fetched again (isRetryingAfterFailure): the panel goes
 * on saying what failed, with its Retry button reading "Retrying…", until the query settles.
 */
export function useLastErrors<K>(entries: readonly (readonly [K, { isError: boolean; error: unknown }])[]): ReadonlyMap<K, unknown> {
  const [kept, keep] = useState<ReadonlyMap<K, unknown>>(() => new Map())
  const changed = entries.filter(([key, query]) => query.isError && kept.get(key) !== query.error)
  if (changed.length === 0) return kept
  const next = new Map(kept)
  for (const [key, query] of changed) next.set(key, query.error)
  // State adjusted while rendering, as React allows for state derived from what a render sees: it renders again at once.
  keep(next)
  return next
}

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
  const lastErrors = useLastErrors(queries.map((q, i) => [i, q] as const))
  const retry = () => {
    for (const q of queries) if (q.isError) void q.refetch()
  }
  // An API replaced under the page wins: its panel offers a reload, which no retry of the others replaces.
  const failed = queries.find((q) => asksForReload(q.error)) ?? queries.find((q) => q.isError)
  // Retrying means a failed query is being fetched again, not that another one is still on its way:
  // otherwise Retry stays disabled, reading "Retrying…", until the slowest file arrives.
  if (failed) return { status: 'error', data: undefined, error: failed.error, isFetching: queries.some((q) => q.isError && q.isFetching), retry }
  const retrying = queries.findIndex((q, i) => shownError(q, lastErrors.get(i)) !== undefined)
  if (retrying >= 0) return { status: 'error', data: undefined, error: lastErrors.get(retrying), isFetching: true, retry }
  if (queries.some((q) => q.isPending)) return { status: 'pending', data: undefined, error: null, isFetching, retry }
  return { status: 'success', data: data as T, error: null, isFetching, retry }
}

export function useQueryPanel<T>(query: UseQueryResult<T>): PanelQuery<T> {
  return useCombinedQueries([query] as const, (data) => data as T)
}
