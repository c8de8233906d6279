import { useEffect, useMemo } from 'react'
import { useDashboardResources, type DashboardViewData, type OptionalResource, type ResourceFailure } from '@/api/dashboard-data'
import { CitationList } from '@/components/citation-link'
import { BackToDashboard } from '@/components/back-to-dashboard'
import { Link } from '@/components/link'
import { QueryError, QueryState } from '@/components/query-state'
import { placeLabel, redactForPublic } from '@/domain/selectors/filter-dashboard'
import { routeHref } from '@/lib/routes'
import { buildLookups } from '@/domain/selectors/lookups'
import { useFilterStore } from '@/lib/filter-store'
import { useHash, useSearch } from '@/lib/router'
import { anchorId, scrollToId } from '@/lib/scroll-to-anchor'
import { DateText, EventDateText } from '@/components/date-text'
import { SummaryText } from '@/components/summary-text'
import { chronological } from '@/domain/selectors/chronological'
import { eventAsReported, speakerName } from '@/domain/selectors/attribution'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { figureSource } from '@/domain/selectors/figures'
import { IssuePositions } from './issue-positions'
import { ParticipantList } from './participant-list'
import { usePageSubject } from '@/lib/page-title'
import { venueNamer } from '@/domain/selectors/describe-view'
import { EditorialText } from '@/components/editorial-text'
import { highestMarking } from '@/domain/selectors/markings'
import './venues.css'

/** One venue in full: every issue with both sides' positions side by side, its figures, events and paragraphs. */
export function VenuePage({ venueId }: { venueId: string }) {
  const { core, failures } = useDashboardResources()
  return (
    <>
      <BackToDashboard />
      <QueryState query={core} label="the venue">
        {(data) => <VenueDetail data={data} venueId={venueId} failures={failures} />}
      </QueryState>
    </>
  )
}

/** The alert for one resource that failed, where its part of the page would be; nothing when it loaded. */
function Missing({ failures, resource }: { failures: ResourceFailure[]; resource: OptionalResource }) {
  const failure = failures.find((f) => f.resource === resource)
  return failure ? <QueryError error={failure.error} label={failure.label} retrying={failure.retrying} onRetry={failure.retry} /> : null
}

function VenueDetail({ data, venueId, failures }: { data: DashboardViewData; venueId: string; failures: ResourceFailure[] }) {
  const failed = (resource: OptionalResource) => failures.some((f) => f.resource === resource)
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const visible = useMemo(() => (publicSafe ? redactForPublic(data) : data), [data, publicSafe])
  // From the view's own registries: the public-safe view names no one it hides (a speaker falls back to their agency).
  const lookups = useMemo(() => buildLookups(visible), [visible])
  useScrollToIssue(useHash())
  const search = useSearch()
  const venue = visible.venues.find((v) => v.id === venueId)
  // Named as the dashboard names it: three venues are called "Embassy comment".
  usePageSubject(venue ? venueNamer(visible.venues)(venue.id) : null)
  if (!venue) {
    return (
      <section className="panel" aria-labelledby="venue-missing">
        <h1 id="venue-missing">Venue not found</h1>
        {/* Without the cable text the public-safe view cannot tell sensitive paragraphs from others, so it hides everything. */}
        {publicSafe && <Missing failures={failures} resource="cable" />}
        <p>{publicSafe && failed('cable') ? 'The public-safe view needs the cable text to know which paragraphs are sensitive.' : publicSafe && data.venues.some((v) => v.id === venueId) ? 'This venue rests only on sensitive paragraphs and is hidden in the public-safe view.' : `No cable in this dashboard has a venue called “${venueId}”.`}</p>
      </section>
    )
  }
  const issues = visible.issues.filter((i) => i.venueId === venue.id)
  const figures = visible.figures.filter((f) => f.venueId === venue.id)
  const events = chronological(visible.events.filter((e) => e.venueId === venue.id))
  // Each issue's positions, found once for its column and for the page's marking (none where they failed to load).
  const positionsOf = new Map(issues.map((issue) => [issue.id, failed('positions') ? null : visible.positions.filter((p) => p.issueId === issue.id)]))
  // What the page shows rests on these paragraphs: printed or projected, it must say how to handle them.
  const shownPositions = [...positionsOf.values()].flatMap((positions) => positions ?? [])
  const marking = highestMarking([venue, ...issues, ...shownPositions, ...figures, ...events].flatMap((item) => item.markings))
  return (
    <article className="venue-page" aria-labelledby="venue-title">
      <header className="panel">
        <p className="venue-card__theme">{venue.theme}</p>
        <h1 id="venue-title">{venue.title}</h1>
        {/* Which cable, where and when, as on its card: a shared link to this page must say so too. */}
        <p className="venue-card__meta">
          <Link href={routeHref('reader', { cableId: venue.cableId }, search)}>{venue.cableId}</Link> · {placeLabel(venue.place)} ·{' '}
          {venue.date ? <DateText date={venue.date} /> : 'Date not stated'}
          {venue.kind === 'assessment' ? ' · The reporting post’s own assessment' : ''}
        </p>
        <p className="venue-page__marking">
          Highest marking on this page: <strong>{marking}</strong>
        </p>
        <p>
          <SummaryText summary={venue.summary} voice={venue.summaryVoice} />
        </p>
        <ParticipantList participantIds={venue.participantIds} lookups={lookups} />
        <Missing failures={failures} resource="people" />
        <p>
          Rests on: <CitationList citations={venue.citations} />
        </p>
        <Missing failures={failures} resource="cable" />
      </header>
      <section className="panel" aria-labelledby="venue-issues">
        <h2 id="venue-issues">Issues and positions</h2>
        <Missing failures={failures} resource="positions" />
        {issues.length === 0 && <p>No issues are recorded for this venue.</p>}
        {issues.map((issue) => (
          <IssuePositions
            key={issue.id}
            issue={issue}
            positions={positionsOf.get(issue.id) ?? null}
            venueKind={venue.kind}
            lookups={lookups}
            publicSafe={publicSafe}
          />
        ))}
      </section>
      {failed('figures') && (
        <section className="panel" aria-labelledby="venue-figures">
          <h2 id="venue-figures">Figures</h2>
          <Missing failures={failures} resource="figures" />
        </section>
      )}
      {failed('events') && (
        <section className="panel" aria-labelledby="venue-events">
          <h2 id="venue-events">Events</h2>
          <Missing failures={failures} resource="events" />
        </section>
      )}
      {figures.length > 0 && (
        <section className="panel" aria-labelledby="venue-figures">
          <h2 id="venue-figures">Figures</h2>
          <ul className="fact-list">
            {figures.map((f) => (
              <li key={f.id}>
                <strong>{f.display}</strong> {f.label} ({figureSource(f, (id) => organizationLabel(id, lookups.organizations))}){' '}
                <CitationList citations={f.citations} />
                {/* Each dispute on a line of its own, with its paragraph: run on after the figure, in bold red, two read as one. */}
                {f.disputes.length > 0 && (
                  <ul className="venue-page__disputes" aria-label="Disputes of this figure">
                    {f.disputes.map((d, index) => (
                      <li key={`${d.citation.paragraph}-${index}`}>
                        <span className="disputed-mark">
                          <span aria-hidden="true">⚠ </span>Disputed by {speakerName(d, lookups)}:
                        </span>{' '}
                        {d.summary} <CitationList citations={[d.citation]} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {events.length > 0 && (
        <section className="panel" aria-labelledby="venue-events">
          <h2 id="venue-events">Events</h2>
          <ul className="fact-list">
            {events.map((e) => (
              <li key={e.id}>
                <strong>
                  <EventDateText event={e} />
                </strong>{' '}
                <EditorialText text={eventAsReported(e, lookups)} /> <CitationList citations={e.citations} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}

/** A backlink from the reader (`#issue-…`) lands on its issue, also after in-app navigation. */
function useScrollToIssue(hash: string) {
  useEffect(() => {
    const id = anchorId(hash, ['issue-'])
    if (id) scrollToId(id)
  }, [hash])
}
