import { useQuery } from '@tanstack/react-query'
import { eventsQuery } from '@/api/events'
import { figuresQuery } from '@/api/figures'
import { issuesQuery } from '@/api/issues'
import { positionsQuery } from '@/api/positions'
import { venuesQuery } from '@/api/venues'
import { QueryState } from '@/components/query-state'
import { combineQueries } from '@/lib/combine-queries'
import { formatPartialDate, pluralize } from '@/lib/format'
import { countItemsByVenue, type VenueCounts } from '@/domain/selectors/count-by-venue'
import type { Venue } from '@/contract/schemas'

/** Every venue of the cable with what it holds, counted from the API's own data. */
export function VenueListPanel() {
  const query = combineQueries(
    [useQuery(venuesQuery()), useQuery(issuesQuery()), useQuery(positionsQuery()), useQuery(figuresQuery()), useQuery(eventsQuery())] as const,
    (venues, issues, positions, figures, events) => ({
      venues,
      counts: countItemsByVenue({ issues, positions, figures, events }),
    }),
  )
  return (
    <section className="panel" aria-labelledby="venues-heading">
      <h2 id="venues-heading">Venues</h2>
      <QueryState query={query} label="the venues" isEmpty={({ venues }) => venues.length === 0} empty={<p>The cable reports no meetings.</p>}>
        {({ venues, counts }) => (
          <ul className="venue-list">
            {venues.map((venue) => (
              <VenueSummary key={venue.id} venue={venue} counts={counts.get(venue.id)} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  )
}

function VenueSummary({ venue, counts }: { venue: Venue; counts: VenueCounts | undefined }) {
  const c = counts ?? { issues: 0, positions: 0, figures: 0, events: 0 }
  return (
    <li className="venue-list__item">
      <h3>{venue.title}</h3>
      <p className="venue-list__theme">
        {venue.theme}
        {venue.date ? ` · ${formatPartialDate(venue.date)}` : ''} · ¶{venue.paragraphs.join(', ¶')}
      </p>
      <p>
        {[pluralize(c.issues, 'issue'), pluralize(c.positions, 'position'), pluralize(c.figures, 'figure'), pluralize(c.events, 'event')].join(' · ')}
      </p>
    </li>
  )
}
