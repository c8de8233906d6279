/**
 * A small History API router over the route table in routes.ts (why not a library: README, "Choices").
 * Route consumers re-render when the path changes; links that carry the filters read the search.
 */
import { useMemo, useSyncExternalStore } from 'react'
import { prerenderedView } from './prerender-contract'
import { matchPath, type Route } from './routes'

export type { Route }

const base = import.meta.env.BASE_URL.replace(/\/+$/, '')

/** The route of a pathname (with or without the app's base; trailing slashes ignored). */
export function matchRoute(pathname: string): Route {
  const path = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/\/+$/, '') || '/'
  return matchPath(path)
}

/**
 * The location a render without a window reads: the prerender (scripts/prerender.ts) sets the path
 * and search of each page it writes. The client's hydration render reads the same through
 * getServerSnapshot: the page's own path, no hash, and the search its HTML was rendered with (the
 * page's meta says; a URL asking for any other view is rendered afresh: src/lib/prerender-contract.ts).
 */
const prerenderLocation = { pathname: '/', search: '' }
export function setPrerenderLocation(pathname: string, search: string) {
  Object.assign(prerenderLocation, { pathname, search })
}
const hasWindow = typeof window !== 'undefined'

/**
 * What runs as a link leaves the page (returning the new entry's state) and as Back or Forward pops an
 * entry, before any route renders the page it leads to: scroll-memory.ts sets them once loaded.
 */
export const historyHooks = { leave: (): unknown => null, pop: () => {} }

const listeners = new Set<() => void>()
if (hasWindow)
  addEventListener('popstate', () => {
    historyHooks.pop()
    for (const listener of listeners) listener()
  })

/** Calls `listener` after every navigation, in-app or back/forward. */
export function subscribeToLocation(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const currentPath = () => window.location.pathname
const currentSearch = () => window.location.search
const currentHash = () => window.location.hash
const prerenderedPath = () => (hasWindow ? window.location.pathname : prerenderLocation.pathname)
function prerenderedSearch(): string {
  if (!hasWindow) return prerenderLocation.search
  const view = prerenderedView() ?? ''
  return view.includes('?') ? view.slice(view.indexOf('?')) : ''
}
const none = () => ''

/** The query string alone: for links that carry the current filters along. */
export function useSearch(): string {
  return useSyncExternalStore(subscribeToLocation, currentSearch, prerenderedSearch)
}

/** The fragment (`#issue-…`), after in-app navigation; a plain `#…` link changes it without one, so hashchange counts too. */
export function useHash(): string {
  return useSyncExternalStore(subscribeToHash, currentHash, none)
}

function subscribeToHash(listener: () => void) {
  const unsubscribe = subscribeToLocation(listener)
  if (!hasWindow) return unsubscribe
  window.addEventListener('hashchange', listener)
  return () => {
    unsubscribe()
    window.removeEventListener('hashchange', listener)
  }
}

/**
 * The route re-renders only when the path changes: a filter click changes the search alone,
 * and the page under it must not render again for that (the filter store re-renders what reads it).
 */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribeToLocation, currentPath, prerenderedPath)
  return useMemo(() => matchRoute(pathname), [pathname])
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}) {
  const target = to.startsWith('/') && base && !to.startsWith(base) ? base + to : to
  if (replace) window.history.replaceState(window.history.state, '', target)
  else window.history.pushState(historyHooks.leave(), '', target)
  for (const listener of listeners) listener()
}

type RoutePrefetcher = (route: Route) => void
let prefetcher: RoutePrefetcher | null = null

/** The app says how to get a route ready (its code and its data); links call it on hover and focus. Returns the unregister function. */
export function setRoutePrefetcher(fn: RoutePrefetcher): () => void {
  prefetcher = fn
  return () => {
    if (prefetcher === fn) prefetcher = null
  }
}

/** Starts loading what the page at `href` needs, so a click finds it ready; other origins and unknown paths are ignored. */
export function prefetchHref(href: string) {
  if (!prefetcher) return
  let url: URL
  try {
    url = new URL(href, window.location.href)
  } catch {
    return
  }
  if (url.origin !== window.location.origin) return
  const route = matchRoute(url.pathname)
  if (route.name !== 'not-found') prefetcher(route)
}
