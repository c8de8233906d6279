import type { Side } from '@/contract/schemas'
import type { DashboardFilters } from '@/domain/selectors/filter-dashboard'

export interface FilterNames {
  organization: (id: string) => string
  topic: (id: string) => string
  venue: (id: string) => string
}

const SIDE_NAMES: Record<Side, string> = { US: 'United States', China: 'China', other: 'Other' }

/** The active filters as one compact line for a slide's footer, public-safe first because it matters most. */
export function describeFilters(filters: DashboardFilters, names: FilterNames): string {
  const parts = [
    filters.publicSafe ? 'Public-safe (only U paragraphs)' : null,
    filters.organizations.length ? `Agency: ${filters.organizations.map(names.organization).join(', ')}` : null,
    filters.topics.length ? `Issue: ${filters.topics.map(names.topic).join(', ')}` : null,
    filters.venues.length ? `Venue: ${filters.venues.map(names.venue).join(', ')}` : null,
    filters.sides.length ? `Side: ${filters.sides.map((s) => SIDE_NAMES[s]).join(', ')}` : null,
    filters.markings.length ? `Marking: ${filters.markings.join(', ')}` : null,
    filters.query.trim() ? `Search: “${filters.query.trim()}”` : null,
  ].filter((part): part is string => part !== null)
  return parts.length ? parts.join(' · ') : 'No filters: everything this dashboard records'
}
