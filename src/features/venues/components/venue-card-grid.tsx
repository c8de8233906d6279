import { memo, useMemo } from 'react'
import { sliceByVenue, type FilteredDashboard, type VenueSlice } from '@/domain/selectors/filter-dashboard'
import type { Lookups } from '@/domain/selectors/lookups'
import { VenueCard } from './venue-card'
import './venues.css'

interface VenueCardGridProps {
  filtered: FilteredDashboard
  lookups: Lookups
  query: string
  search: string
  /** False when positions failed to load: cards then say so rather than count none. */
  positionsLoaded?: boolean
}

const EMPTY: VenueSlice = { issues: [], positions: [], figures: [] }

/**
 * The cards of the venues that still hold something under the current filters. Memoised: a filter
 * click first renders the page urgently with the previous (deferred) view, and the cards must not
 * re-render in that pass, only in the deferred one that brings new data.
 */
export const VenueCardGrid = memo(function VenueCardGrid({ filtered, lookups, query, search, positionsLoaded = true }: VenueCardGridProps) {
  const slices = useMemo(() => sliceByVenue(filtered), [filtered])
  return (
    <section id="venues" aria-labelledby="venue-cards-heading" tabIndex={-1}>
      <h2 id="venue-cards-heading">Venues and their issues</h2>
      <div className="venue-grid">
        {filtered.venues.map((venue) => (
          <VenueCard key={venue.id} venue={venue} lookups={lookups} query={query} search={search} positionsLoaded={positionsLoaded} {...(slices.get(venue.id) ?? EMPTY)} />
        ))}
      </div>
    </section>
  )
})
