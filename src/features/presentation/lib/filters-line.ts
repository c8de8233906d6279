import { describeFilters, type ViewNames } from '@/domain/selectors/describe-view'
import type { DashboardFilters } from '@/domain/selectors/filter-dashboard'

/** The active filters as one compact line for a slide's footer, public-safe first because it matters most. */
export function filtersLine(filters: DashboardFilters, names: ViewNames): string {
  const parts = [...(filters.publicSafe ? ['Public-safe (only U paragraphs)'] : []), ...describeFilters(filters, names)]
  return parts.length ? parts.join(' · ') : 'none (everything this dashboard records)'
}
