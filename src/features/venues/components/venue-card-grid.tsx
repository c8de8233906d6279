import { memo } from 'react'
import { usePageRuns, useRenderedInSteps } from '@/lib/prerendered'
import { pluralize } from '@/lib/format'
import type { FilteredDashboard, VenueSlice } from '@/domain/selectors/filter-dashboard'
import { viewSteps } from '@/domain/selectors/view'
import type { Lookups } from '@/domain/selectors/lookups'
import { VenueCard as EachCard } from './venue-card'
import './venues.css'

interface VenueCardGridProps {
  filtered: FilteredDashboard
  lookups: Lookups
  query: string
  search: string
  /** False when positions failed to load: cards then say so rather than count none. */
  positionsLoaded?: boolean
}

// Memoised: each step after hydration adds cards, and must not render again the ones already shown.
const VenueCard = memo(EachCard)

const EMPTY: VenueSlice = { issues: [], positions: [], figures: [] }

/**
 * The cards a prerendered page holds: every card of the cables in data/ (19), and the first screens of a
 * corpus of hundreds, whose HTML would otherwise run to megabytes. The rest follow once the page runs.
 */
const PRERENDERED_CARDS = 30
/** Cards added per step after hydration: the 170 of a 10,000-issue page took 15 ms to commit in one go unthrottled here (60 ms at a phone's speed). */
const CARDS_PER_STEP = 20

/**
 * The cards of the venues that still hold something under the current filters. Memoised: a filter
 * click first renders the page urgently with the previous (deferred) view, and the cards must not
 * re-render in that pass, only in the deferred one that brings new data.
 */
export const VenueCardGrid = memo(function VenueCardGrid({ filtered, lookups, query, search, positionsLoaded = true }: VenueCardGridProps) {
  // Remembered per filtered view: a prerendered dashboard's are built before it hydrates (app/prepare-hydration.ts).
  const slices = viewSteps.slices(filtered)
  // Past the prerendered cards, the rest arrive after hydration, a few at a time: each step's render is
  // interruptible, and its commit short.
  const venues = filtered.venues.slice(0, useRenderedInSteps(filtered.venues.length, PRERENDERED_CARDS, CARDS_PER_STEP))
  const later = filtered.venues.length - venues.length
  return (
    <section id="venues" aria-labelledby="venue-cards-heading" tabIndex={-1}>
      <h2 id="venue-cards-heading">Venues and their issues</h2>
      <div className="venue-grid">
        {venues.map((venue) => (
          <VenueCard key={venue.id} venue={venue} lookups={lookups} query={query} search={search} positionsLoaded={positionsLoaded} {...(slices.get(venue.id) ?? EMPTY)} />
        ))}
      </div>
      {later > 0 && <MoreToFollow count={later} />}
    </section>
  )
})

/** The cards not shown yet: in the prerender, that they need JavaScript; once the page runs, that they are on their way. */
function MoreToFollow({ count }: { count: number }) {
  const venues = pluralize(count, 'more venue')
  return <p className="venue-grid__later">{usePageRuns() ? `Adding ${venues}…` : `${venues} ${count === 1 ? 'follows' : 'follow'} once the page has loaded (the rest need JavaScript).`}</p>
}
