import { useLayoutEffect, useMemo, type ReactNode } from 'react'
import { knownFilterIds, type KnownIds } from '@/domain/selectors/known-ids'
import { useFilterStore } from './filter-store'
import { usePrerendered } from './prerendered'

type Data = Parameters<typeof knownFilterIds>[0]

/**
 * Renders its children only once the filter store has parsed the URL against the data's ids, so
 * the first render with data never shows an id the data does not know (the notice names it instead).
 * The adoption runs before paint; when the data changes later (a retried cable text), it is adopted
 * again while the view stays on screen. A prerendered page (unfiltered: its URL names no ids) needs no
 * wait, and must not wait: its hydration render has to build the HTML it takes over.
 */
export function WithKnownFilterIds({ data, children }: { data: Data; children: ReactNode }) {
  const known = useMemo<KnownIds>(() => knownFilterIds(data), [data])
  const adopted = useFilterStore((s) => s.known)
  const adoptKnownIds = useFilterStore((s) => s.adoptKnownIds)
  const prerendered = usePrerendered()
  useLayoutEffect(() => {
    if (adopted !== known) adoptKnownIds(known)
  }, [adopted, known, adoptKnownIds])
  return adopted === null && !prerendered ? null : children
}
