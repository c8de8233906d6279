/**
 * The filter store: zustand state kept in step with the URL. The URL is the truth a
 * link carries; the store is how components read it narrowly and change it.
 */
import { create } from 'zustand'
import { emptyFilters, type DashboardFilters } from '@/domain/selectors/filter-dashboard'
import type { KnownIds } from '@/domain/selectors/known-ids'
import { navigate, subscribeToLocation } from './router'
import { parseView, serializeView } from './url-state'

/** The filters a checkbox toggles. */
export type FilterField = 'cables' | 'places' | 'organizations' | 'topics' | 'venues' | 'voices' | 'markings'

interface FilterState {
  filters: DashboardFilters
  /** URL parameters dropped as malformed or naming what the data does not know, since the last successful load of a link. */
  dropped: string[]
  /** The ids the data holds, once it has loaded: from then on every parse of the URL drops the others. */
  known: KnownIds | null
  /** `replace` for keystrokes, so typing a search does not flood the back button. */
  update: (change: Partial<DashboardFilters>, options?: { replace?: boolean }) => void
  toggle: (field: FilterField, value: string) => void
  clearAll: () => void
  dismissDropped: () => void
  /** Parses the URL again against the data's ids; a link naming unknown ones is corrected in place (no history entry). */
  adoptKnownIds: (known: KnownIds) => void
}

/** The page's query string; none where there is no window (the prerender renders every page unfiltered). */
const locationSearch = () => (typeof window === 'undefined' ? '' : window.location.search)

/** The query string the store's filters were last read from or written to: a navigation to it is the store's own. */
let syncedSearch = locationSearch()

const mergeDropped = (before: string[], now: string[]) => (now.length ? [...new Set([...before, ...now])] : before)

export const useFilterStore = create<FilterState>()((set, get) => ({
  ...parseView(locationSearch()),
  known: null,
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
  adoptKnownIds(known) {
    const { filters, dropped, unknownIds } = parseView(window.location.search, known)
    if (unknownIds.length) correctLocation(filters)
    // Adopted again (a retried cable text): only new unknown ids are news; a dismissed notice stays dismissed.
    // Filters that did not change keep their identity: a hydrated page adopts the ids without rendering again.
    set((s) => ({
      known,
      filters: serializeView(filters) === serializeView(s.filters) ? s.filters : filters,
      dropped: mergeDropped(s.dropped, s.known ? unknownIds : dropped),
    }))
  },
}))

/** Rewrites the URL for `filters` without a history entry: Back does not return to a link's unknown ids. */
function correctLocation(filters: DashboardFilters) {
  syncedSearch = serializeView(filters, window.location.search)
  navigate(window.location.pathname + syncedSearch + window.location.hash, { replace: true })
}

/** Back, forward and in-app links to another view change the URL: read the filters back from it. */
subscribeToLocation(() => {
  if (window.location.search === syncedSearch) return
  const state = useFilterStore.getState()
  const { filters, dropped, unknownIds } = parseView(window.location.search, state.known)
  syncedSearch = window.location.search
  // A link to ids the data does not know is corrected like a loaded one (the notice names them).
  if (unknownIds.length) correctLocation(filters)
  useFilterStore.setState({
    ...(serializeView(filters) !== serializeView(state.filters) && { filters }),
    dropped: mergeDropped(state.dropped, dropped),
  })
})

/**
 * For the prerender: the filters of the page it renders next. A render without a window reads the
 * store's initial state (zustand's server snapshot), so that is set too; in the browser the initial
 * state is read from the URL, which is what the page was prerendered for when it is hydrated.
 */
export function startFilterStoreAt(search: string) {
  const state = { ...parseView(search), known: null }
  Object.assign(useFilterStore.getInitialState(), state)
  useFilterStore.setState(state)
}

/** For tests: start again from the current URL, before any data is known. */
export function resetFilterStore() {
  syncedSearch = window.location.search
  useFilterStore.setState({ ...parseView(window.location.search), known: null })
}
