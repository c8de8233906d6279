import { useMemo } from 'react'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import type { Lookups } from '@/domain/selectors/lookups'
import { VenueCard, type VenueCardProps } from './venue-card'
import './venues.css'

interface VenueCardGridProps {
  filtered: FilteredDashboard
  lookups: Lookups
  query: string
  search: string
}

/** The cards of the venues that still hold something under the current filters. */
export function VenueCardGrid({ filtered, lookups, query, search }: VenueCardGridProps) {
  // One pass over the data, not one per card: this must stay fast at thousands of issues.
  const byVenue = useMemo(() => {
    const groups = new Map<string, Pick<VenueCardProps, 'issues' | 'positions' | 'figures'>>()
    const group = (venueId: string) => {
      let g = groups.get(venueId)
      if (!g) groups.set(venueId, (g = { issues: [], positions: [], figures: [] }))
      return g
    }
    const issueVenue = new Map(filtered.issues.map((i) => [i.id, i.venueId]))
    for (const issue of filtered.issues) group(issue.venueId).issues.push(issue)
    for (const position of filtered.positions) {
      const venueId = issueVenue.get(position.issueId)
      if (venueId) group(venueId).positions.push(position)
    }
    for (const figure of filtered.figures) group(figure.venueId).figures.push(figure)
    return (venueId: string) => group(venueId)
  }, [filtered])
  return (
    <section aria-labelledby="venue-cards-heading">
      <h2 id="venue-cards-heading">Venues and their issues</h2>
      <div className="venue-grid">
        {filtered.venues.map((venue) => (
          <VenueCard key={venue.id} venue={venue} lookups={lookups} query={query} search={search} {...byVenue(venue.id)} />
        ))}
      </div>
    </section>
  )
}
