import { createContext, use, useDeferredValue, useMemo, type ReactNode } from 'react'
import { useFilterStore } from './filter-store'
import { serializeView } from './url-state'

const ViewSearchContext = createContext<string | null>(null)

/**
 * The current view's filters as a search string (`?safe=1&org=…`), for links that carry the view
 * along (citations above all). Deferred like the view itself: a filter click's urgent render then
 * redraws the filter panel only, and the hundreds of citation links change in the deferred render
 * together with the cards they sit in, instead of each one re-reading the URL.
 */
export function ViewSearchProvider({ children }: { children: ReactNode }) {
  const filters = useDeferredValue(useFilterStore((s) => s.filters))
  const search = useMemo(() => serializeView(filters), [filters])
  return <ViewSearchContext value={search}>{children}</ViewSearchContext>
}

/** The view's search string; outside the provider (a component rendered alone) it is read once from the store. */
export function useViewSearch(): string {
  return use(ViewSearchContext) ?? serializeView(useFilterStore.getState().filters)
}
