/**
 * The dashboard's view as URL search parameters, so a link reopens the exact view.
 * Parsing never throws: a malformed value is dropped and reported, and values equal
 * to their defaults are left out when writing, so links stay short.
 */
import { emptyFilters, type DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { dropUnknownIds, type KnownIds } from '@/domain/selectors/known-ids'
import { asksPublicSafe, filterParams as params, MAX_QUERY, routeOwnedParams } from './routes'

/** Parameters that belong to other parts of the app (slides, ...) and are kept as they are. */
const FOREIGN_KEYS = new Set(routeOwnedParams)
const OWN_KEYS = new Set<string>(Object.values(params).map((p) => p.key))
const ID_LIST_FIELDS = ['cables', 'places', 'organizations', 'topics', 'venues', 'voices', 'markings'] as const

export interface ParsedView {
  filters: DashboardFilters
  /** Parameter names whose values were unknown or malformed and have been ignored. */
  dropped: string[]
  /** The part of `dropped` that names ids the data does not know ("org: acme"): the URL needs correcting. */
  unknownIds: string[]
}

/**
 * The filters a query string asks for. With `known` (the ids the data holds), ids the data does not
 * know are dropped here too, in the same pass as malformed values, and named in `dropped` ("org: acme").
 */
export function parseView(search: string, known?: KnownIds | null): ParsedView {
  let searchParams: URLSearchParams
  try {
    searchParams = new URLSearchParams(search)
  } catch {
    return { filters: { ...emptyFilters }, dropped: ['(the whole query string)'], unknownIds: [] }
  }
  const filters: DashboardFilters = { ...emptyFilters }
  const dropped: string[] = []
  for (const [field, { key, parse }] of Object.entries(params) as [keyof DashboardFilters, (typeof params)[keyof DashboardFilters]][]) {
    const raw = searchParams.get(key)
    if (raw === null) continue
    const value = parse(raw)
    if (value === undefined) dropped.push(key)
    else (filters as unknown as Record<string, unknown>)[field] = value
  }
  // Every `safe`, in any case, not only the first: `?safe=0&safe=1` and `?SAFE=1` ask for the public-safe view.
  filters.publicSafe = asksPublicSafe(search)
  for (const key of new Set(searchParams.keys())) {
    if (!OWN_KEYS.has(key) && !FOREIGN_KEYS.has(key) && !key.startsWith('utm_') && key.toLowerCase() !== params.publicSafe.key) dropped.push(key)
  }
  if (!known) return { filters, dropped, unknownIds: [] }
  const resolved = dropUnknownIds(filters, known)
  const unknownIds = Object.entries(resolved.unknown).map(([field, ids]) => `${params[field as keyof typeof resolved.unknown].key}: ${ids.join(', ')}`)
  return { filters: resolved.filters, dropped: [...dropped, ...unknownIds], unknownIds }
}

/** The search string for a view, keeping parameters that other features own. */
export function serializeView(filters: DashboardFilters, currentSearch = ''): string {
  const out = new URLSearchParams()
  const current = new URLSearchParams(currentSearch)
  for (const key of FOREIGN_KEYS) {
    const value = current.get(key)
    if (value !== null) out.set(key, value)
  }
  for (const field of ID_LIST_FIELDS) if (filters[field].length) out.set(params[field].key, filters[field].join(','))
  if (filters.query.trim()) out.set(params.query.key, filters.query.slice(0, MAX_QUERY))
  if (filters.publicSafe) out.set(params.publicSafe.key, '1')
  const text = out.toString().replace(/%2C/g, ',')
  return text ? `?${text}` : ''
}
