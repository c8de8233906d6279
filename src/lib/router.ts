/**
 * A small History API router: the app has three routes, so a dependency would cost more
 * bytes than it saves. Paths are matched by `matchRoute`, a pure function.
 */
import { useMemo, useSyncExternalStore } from 'react'

export type Route =
  | { name: 'overview' }
  | { name: 'venue'; venueId: string }
  | { name: 'reader'; cableId: string | null }
  | { name: 'present' }
  | { name: 'not-found'; path: string }

const base = import.meta.env.BASE_URL.replace(/\/+$/, '')

export function matchRoute(pathname: string): Route {
  const path = (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/\/+$/, '') || '/'
  if (path === '/') return { name: 'overview' }
  const segments = path.split('/').slice(1).map(safeDecode)
  if (segments[0] === 'venues' && segments.length === 2 && segments[1]) return { name: 'venue', venueId: segments[1] }
  if (segments[0] === 'reader' && segments.length <= 2) return { name: 'reader', cableId: segments[1] || null }
  if (path === '/present') return { name: 'present' }
  return { name: 'not-found', path }
}

/** decodeURIComponent for address input (path, hash, search): a malformed escape such as `%` or `%E0%A4%A` is kept as typed, never thrown. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

const listeners = new Set<() => void>()

/** Calls `listener` after every navigation, in-app or back/forward. */
export function subscribeToLocation(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const currentHref = () => window.location.pathname + window.location.search + window.location.hash
const currentPath = () => window.location.pathname
const currentSearch = () => window.location.search

/** The whole location (path, search and hash); re-renders on every navigation and on back/forward. */
export function useHref(): string {
  return useSyncExternalStore(subscribeToLocation, currentHref)
}

/** The query string alone: for links that carry the current filters along. */
export function useSearch(): string {
  return useSyncExternalStore(subscribeToLocation, currentSearch)
}

/**
 * The route re-renders only when the path changes: a filter click changes the search alone,
 * and the page under it must not render again for that (the filter store re-renders what reads it).
 */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribeToLocation, currentPath)
  return useMemo(() => matchRoute(pathname), [pathname])
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}) {
  const target = to.startsWith('/') && base && !to.startsWith(base) ? base + to : to
  if (replace) window.history.replaceState(null, '', target)
  else window.history.pushState(null, '', target)
  for (const listener of listeners) listener()
}
