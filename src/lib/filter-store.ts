/**
 * The filter store: zustand state kept in step with the URL. The URL is the truth a
 * link carries; the store is how components read it narrowly and change it.
 */
import { create } from 'zustand'
import { emptyFilters, type DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { navigate, subscribeToLocation } from './router'
import { parseView, serializeView } from './url-state'

interface FilterState {
  filters: DashboardFilters
  /** URL parameters dropped as malformed since the last successful load of a link. */
  dropped: string[]
  /** `replace` for keystrokes, so typing a search does not flood the back button. */
  update: (change: Partial<DashboardFilters>, options?: { replace?: boolean }) => void
  toggle: (field: 'cables' | 'places' | 'organizations' | 'topics' | 'venues' | 'sides' | 'markings', value: string) => void
  clearAll: () => void
  dismissDropped: () => void
  /** Adds ids that the data does not know, so the notice can name them. */
  reportUnknown: (field: string, ids: string[]) => void
}

const fromLocation = () => parseView(window.location.search)

/** The query string the store's filters were last read from or written to: a navigation to it is the store's own. */
let syncedSearch = window.location.search

export const useFilterStore = create<FilterState>()((set, get) => ({
  ...fromLocation(),
  update(change, { replace = false } = {}) {
    // One step: the history entry and the state are written together, and the store does not read its own write back.
    const filters = { ...get().filters, ...change }
    const search = serializeView(filters, window.location.search)
    syncedSearch = search
    if (search !== window.location.search) navigate(window.location.pathname + search + window.location.hash, { replace })
    set({ filters })
  },
  toggle(field, value) {
    const current = get().filters[field] as string[]
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
    get().update({ [field]: next })
  },
  clearAll() {
    get().update({ ...emptyFilters, publicSafe: get().filters.publicSafe })
  },
  dismissDropped() {
    set({ dropped: [] })
  },
  reportUnknown(field, ids) {
    if (ids.length === 0) return
    set((s) => ({ dropped: [...new Set([...s.dropped, `${field}: ${ids.join(', ')}`])] }))
  },
}))

/** Back, forward and in-app links to another view change the URL: read the filters back from it. */
subscribeToLocation(() => {
  if (window.location.search === syncedSearch) return
  syncedSearch = window.location.search
  const { filters, dropped } = fromLocation()
  const state = useFilterStore.getState()
  if (serializeView(filters) !== serializeView(state.filters)) useFilterStore.setState({ filters })
  if (dropped.length) useFilterStore.setState({ dropped: [...new Set([...state.dropped, ...dropped])] })
})

/** For tests: start again from the current URL. */
export function resetFilterStore() {
  syncedSearch = window.location.search
  useFilterStore.setState({ ...fromLocation() })
}
