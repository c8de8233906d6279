/**
 * Every route and every URL parameter of the app, in one typed place: the path patterns (with the
 * params they give), page titles, the search parameters each route reads and the reader's fragment.
 * The router (router.ts) matches paths against this table; url-state.ts parses the filters with
 * these readers; links build their addresses with routeHref. Why in-house: README, "Choices".
 */
import type { DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { VOICES, type Voice } from '@/domain/selectors/voices'

// ---------------------------------------------------------------- routes

export const routes = {
  overview: { pattern: '/', title: 'Dashboard' },
  venue: { pattern: '/venues/:venueId', title: 'Venue' },
  reader: { pattern: '/reader/:cableId?', title: 'Cable reader' },
  present: { pattern: '/present', title: 'Presentation' },
} as const satisfies Record<string, { pattern: string; title: string }>

export type RouteName = keyof typeof routes

/** The params a pattern gives: `:id` is a string, `:id?` a string or null. */
type PatternParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & PatternParams<`/${Rest}`>
  : P extends `${string}:${infer Name}?`
    ? { [K in Name]: string | null }
    : P extends `${string}:${infer Name}`
      ? { [K in Name]: string }
      : unknown

export type RouteParams<N extends RouteName> = PatternParams<(typeof routes)[N]['pattern']>

/** A matched route: its name and its params (`{ name: 'venue', venueId: 'bcb' }`). */
export type Route = { [N in RouteName]: { name: N } & RouteParams<N> }[RouteName] | { name: 'not-found'; path: string }

export const NOT_FOUND_TITLE = 'Page not found'

/** The document title of a route's page ("Venue · IPR Enforcement Dashboard"), led by its subject where the page names one. */
export function pageTitle(route: Route, subject: string | null = null): string {
  const title = `${route.name === 'not-found' ? NOT_FOUND_TITLE : routes[route.name].title} · IPR Enforcement Dashboard`
  return subject ? `${subject} · ${title}` : title
}

const ROUTE_NAMES = Object.keys(routes) as RouteName[]

/** Matches a path (without the app's base) against the table; anything else is not-found. Never throws. */
export function matchPath(path: string): Route {
  const segments = path === '/' ? [] : path.split('/').slice(1).map(safeDecode)
  for (const name of ROUTE_NAMES) {
    const params = matchPattern(routes[name].pattern, segments)
    if (params) return { name, ...params } as Route
  }
  return { name: 'not-found', path }
}

function matchPattern(pattern: string, segments: readonly string[]): Record<string, string | null> | null {
  const parts = pattern === '/' ? [] : pattern.split('/').slice(1)
  if (segments.length > parts.length) return null
  const params: Record<string, string | null> = {}
  for (const [i, part] of parts.entries()) {
    const segment = segments[i]
    const optional = part.endsWith('?')
    if (!part.startsWith(':')) {
      if (segment !== part) return null
    } else if (segment) {
      params[part.slice(1, optional ? -1 : undefined)] = segment
    } else if (optional && i === segments.length) {
      params[part.slice(1, -1)] = null
    } else {
      return null
    }
  }
  return params
}

/** The address of a route: `routeHref('venue', { venueId: 'bcb' }, '?org=moe')` is `/venues/bcb?org=moe`. */
export function routeHref<N extends RouteName>(name: N, params: RouteParams<N>, search = '', hash = ''): string {
  const values = params as Record<string, string | null>
  const path = routes[name].pattern
    .split('/')
    .flatMap((part) => {
      if (!part.startsWith(':')) return [part]
      const value = values[part.slice(1).replace(/\?$/, '')]
      return value == null ? [] : [encodeURIComponent(value)]
    })
    .join('/')
  return (path || '/') + search + hash
}

/** decodeURIComponent for address input (path, hash, search): a malformed escape such as `%` or `%E0%A4%A` is kept as typed, never thrown. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

// ---------------------------------------------------------------- search parameters

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i
export const MAX_QUERY = 200
const MAX_IDS = 50

/**
 * One URL parameter of the filters: the name it lives under and how its raw value is read
 * (undefined when malformed, so the caller drops and reports it). Plain code, not a schema
 * library: the URL is read before the first render, so this stays in the smallest chunk.
 */
interface FilterParam<T> {
  key: string
  parse(raw: string): T | undefined
}

/** `a, b,,a` is ["a", "b"]; malformed when an id has characters an id cannot have, or there are more than 50. */
function parseIdList(raw: string): string[] | undefined {
  const ids = raw.split(',').map((s) => s.trim()).filter(Boolean)
  if (ids.length > MAX_IDS || !ids.every((id) => ID.test(id))) return undefined
  return [...new Set(ids)]
}

const isVoice = (id: string): id is Voice => (VOICES as readonly string[]).includes(id)
const idList = (key: string): FilterParam<string[]> => ({ key, parse: parseIdList })

/**
 * The filters: read by every route (a link from any page keeps them), one reader per parameter,
 * each with the URL name it lives under. A value equal to its default is left out of the URL.
 */
export const filterParams = {
  cables: idList('cable'),
  places: idList('place'),
  organizations: idList('org'),
  topics: idList('topic'),
  venues: idList('venue'),
  // `side`, as before the cable's own account was a voice of its own: links shared then still open.
  voices: {
    key: 'side',
    parse: (raw) => {
      const ids = parseIdList(raw)
      return ids?.every(isVoice) ? ids : undefined
    },
  },
  markings: idList('marking'),
  query: { key: 'q', parse: (raw) => (raw.length <= MAX_QUERY ? raw : undefined) },
  // Any value but 0: a mistyped link hides, never shows. url-state.ts reads every `safe`, in any case, by asksPublicSafe.
  publicSafe: { key: 'safe', parse: (raw) => raw !== '0' },
} as const satisfies { [K in keyof DashboardFilters]: FilterParam<DashboardFilters[K]> }

/** `/present?slide=3`: the current slide, 1-based; a missing or bad value is the first slide (parsed in the presentation feature). */
export const slideParam = { key: 'slide', route: 'present' } as const satisfies { key: string; route: RouteName }

/** Search parameters besides the filters: kept as they are when the filters are written. */
export const routeOwnedParams: readonly string[] = [slideParam.key]

/** `/reader/07BEIJING2566#p11&hl=<quote>`: the paragraph to show and the words to mark, in the fragment so the query string stays the filters'. */
export const readerFragment = { paragraphPrefix: 'p', quote: 'hl' } as const

/**
 * Whether a query string asks for the public-safe view: any `safe` parameter (in any case) with any value
 * but `0`. A mistyped link errs on the side of hiding: `?safe=true`, `?safe=yes` and `?SAFE=1` showed the
 * SBU text, where whoever typed them meant the opposite. The server (scripts/static-server.ts) and the
 * app's filters (url-state.ts) both read it here.
 */
export const asksPublicSafe = (search: string): boolean => [...new URLSearchParams(search)].some(([key, value]) => key.toLowerCase() === filterParams.publicSafe.key && filterParams.publicSafe.parse(value))
