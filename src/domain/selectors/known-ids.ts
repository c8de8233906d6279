/**
 * The ids a link may name, as the data knows them: a URL's cable, place, agency, topic, venue or
 * marking that is not here is dropped while the URL is parsed, so no view ever renders it.
 */
import type { CableSummary } from '@/contract/schemas'
import { NO_MARKING, placeKey, type DashboardData, type DashboardFilters } from './filter-dashboard'

export type IdFilter = 'cables' | 'places' | 'organizations' | 'topics' | 'venues' | 'markings'
export const ID_FILTERS: readonly IdFilter[] = ['cables', 'places', 'organizations', 'topics', 'venues', 'markings']

export type KnownIds = Readonly<Record<IdFilter, ReadonlySet<string>>>

export function knownFilterIds(data: DashboardData & { cables: readonly Pick<CableSummary, 'id'>[] }): KnownIds {
  // Item markings too: the cable texts may have failed to load while the issues did not. Added one by
  // one: at 10,000 issues, joining them into lists first made three arrays of every marking in the
  // render that reads this.
  const markings = new Set<string>()
  for (const paragraph of data.paragraphs) markings.add(paragraph.marking ?? NO_MARKING)
  for (const issue of data.issues) for (const marking of issue.markings) markings.add(marking ?? NO_MARKING)
  return {
    cables: new Set(data.cables.map((c) => c.id)),
    places: new Set(data.venues.map((v) => placeKey(v.place))),
    organizations: new Set(data.organizations.map((o) => o.id)),
    topics: new Set((data.topics ?? []).map((t) => t.id)),
    venues: new Set(data.venues.map((v) => v.id)),
    markings,
  }
}

/** The filters with only ids the data knows, and, per filter, the ids that were dropped. */
export function dropUnknownIds(filters: DashboardFilters, known: KnownIds): { filters: DashboardFilters; unknown: Partial<Record<IdFilter, string[]>> } {
  const unknown: Partial<Record<IdFilter, string[]>> = {}
  const kept = { ...filters }
  for (const field of ID_FILTERS) {
    const missing = filters[field].filter((id) => !known[field].has(id))
    if (missing.length === 0) continue
    unknown[field] = missing
    kept[field] = filters[field].filter((id) => known[field].has(id))
  }
  return { filters: kept, unknown }
}
