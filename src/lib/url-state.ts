/**
 * The dashboard's view as URL search parameters, so a link reopens the exact view.
 * Parsing never throws: a malformed value is dropped and reported, and values equal
 * to their defaults are left out when writing, so links stay short.
 */
import '@/contract/zod-config'
// zod/mini: the URL is parsed before first paint, so this must stay out of the heavy chunk.
import * as z from 'zod/mini'
import { emptyFilters, type DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { dropUnknownIds, type KnownIds } from '@/domain/selectors/known-ids'

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i
const MAX_QUERY = 200

const idList = z.pipe(
  z.pipe(
    z.string(),
    z.transform((raw: string) => raw.split(',').map((s) => s.trim()).filter(Boolean)),
  ),
  z.pipe(
    z.array(z.string().check(z.regex(ID))).check(z.maxLength(50)),
    z.transform((ids: string[]) => [...new Set(ids)]),
  ),
)

/** One schema per parameter, each with the URL name it lives under. */
const params = {
  cables: { key: 'cable', schema: idList },
  places: { key: 'place', schema: idList },
  organizations: { key: 'org', schema: idList },
  topics: { key: 'topic', schema: idList },
  venues: { key: 'venue', schema: idList },
  sides: { key: 'side', schema: z.pipe(idList, z.array(z.enum(['US', 'China', 'other']))) },
  markings: { key: 'marking', schema: idList },
  query: { key: 'q', schema: z.string().check(z.maxLength(MAX_QUERY)) },
  publicSafe: { key: 'safe', schema: z.pipe(z.enum(['1', '0']), z.transform((v: '1' | '0') => v === '1')) },
} as const satisfies Record<keyof DashboardFilters, { key: string; schema: z.ZodMiniType }>

/** Parameters that belong to other parts of the app (slides, ...) and are kept as they are. */
const FOREIGN_KEYS = new Set(['slide'])
const OWN_KEYS = new Set<string>(Object.values(params).map((p) => p.key))

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
  for (const [field, { key, schema }] of Object.entries(params) as [keyof DashboardFilters, (typeof params)[keyof DashboardFilters]][]) {
    const raw = searchParams.get(key)
    if (raw === null) continue
    const parsed = schema.safeParse(raw)
    if (parsed.success) (filters as unknown as Record<string, unknown>)[field] = parsed.data
    else dropped.push(key)
  }
  for (const key of new Set(searchParams.keys())) {
    if (!OWN_KEYS.has(key) && !FOREIGN_KEYS.has(key) && !key.startsWith('utm_')) dropped.push(key)
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
  if (filters.cables.length) out.set('cable', filters.cables.join(','))
  if (filters.places.length) out.set('place', filters.places.join(','))
  if (filters.organizations.length) out.set('org', filters.organizations.join(','))
  if (filters.topics.length) out.set('topic', filters.topics.join(','))
  if (filters.venues.length) out.set('venue', filters.venues.join(','))
  if (filters.sides.length) out.set('side', filters.sides.join(','))
  if (filters.markings.length) out.set('marking', filters.markings.join(','))
  if (filters.query.trim()) out.set('q', filters.query.slice(0, MAX_QUERY))
  if (filters.publicSafe) out.set('safe', '1')
  const text = out.toString().replace(/%2C/g, ',')
  return text ? `?${text}` : ''
}
