import type { Figure, Issue, Position, Venue } from '@/contract/schemas'
import { countPositionsByVoice, describeVoiceCounts } from '@/domain/selectors/voices'
import type { Lookups } from '@/domain/selectors/lookups'
import { CitationList } from '@/components/citation-link'
import { Highlight } from '@/components/highlight'
import { Link } from '@/components/link'
import { DateText } from '@/components/date-text'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { inSentence } from '@/domain/selectors/prose'
import { figureSource } from '@/domain/selectors/figures'
import { joinNames } from '@/lib/format'
import { placeLabel } from '@/domain/selectors/filter-dashboard'
import { ParticipantList } from './participant-list'
import { routeHref } from '@/lib/routes'

export interface VenueCardProps {
  venue: Venue
  issues: readonly Issue[]
  positions: readonly Position[]
  figures: readonly Figure[]
  lookups: Lookups
  query: string
  /** Query string to carry into the venue page, so the view survives the visit. */
  search: string
  /** False when positions failed to load: the card says so instead of counting none. */
  positionsLoaded?: boolean
}

/** A card lists this many issues at most; the venue page has them all. Keeps a big dataset's dashboard fast and readable. */
export const ISSUES_PER_CARD = 10

/** One venue of the mission: who met, what was raised, what each side said, and where the cable says it. */
export function VenueCard({ venue, issues, positions, figures, lookups, query, search, positionsLoaded = true }: VenueCardProps) {
  const byVoice = countPositionsByVoice(positions)
  const keyFigure = figures.find((f) => f.disputes.length > 0) ?? figures[0]
  // "Disputed" means a figure is challenged; a denial inside an assessment is not a dispute of the venue.
  const disputed = figures.some((f) => f.disputes.length > 0)
  const headingId = `venue-${venue.id}`
  return (
    <article className="venue-card" aria-labelledby={headingId}>
      <header className="venue-card__header">
        <p className="venue-card__theme">{venue.theme}</p>
        <h3 id={headingId}>
          <Link href={routeHref('venue', { venueId: venue.id }, search)}>{venue.title}</Link>
        </h3>
        <p className="venue-card__meta">
          <span className="venue-card__cable">{venue.cableId}</span> · {placeLabel(venue.place)} · {venue.date ? <DateText date={venue.date} /> : 'Date not stated'}
          {venue.kind === 'assessment' ? " · The reporting post's own assessment" : ''}
          {disputed && <span className="disputed-mark"> · Figure disputed</span>}
        </p>
      </header>
      <ParticipantList participantIds={venue.participantIds} lookups={lookups} />
      <ul className="venue-card__issues" aria-label={`Issues raised at ${venue.title}`}>
        {issues.slice(0, ISSUES_PER_CARD).map((issue) => (
          <li key={issue.id}>
            <span className="venue-card__issue-title">
              <Highlight text={issue.title} query={query} />
            </span>
            <span className="topic-chips">
              {issue.topicIds.map((id) => (
                <span key={id} className="topic-chip">
                  {lookups.topics.get(id)?.label ?? id}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {issues.length > ISSUES_PER_CARD && (
        <p>
          <Link href={routeHref('venue', { venueId: venue.id }, search)}>
            and {issues.length - ISSUES_PER_CARD} more {issues.length - ISSUES_PER_CARD === 1 ? 'issue' : 'issues'} at {venue.title}
          </Link>
        </p>
      )}
      <p className="venue-card__positions">
        {positionsLoaded ? `Positions in this view: ${describeVoiceCounts(byVoice)}` : '⚠ Positions not loaded'}
      </p>
      {keyFigure && (
        <p className="venue-card__figure">
          <span className="venue-card__figure-value">{keyFigure.display}</span> {keyFigure.label} ({figureSource(keyFigure, (id) => organizationLabel(id, lookups.organizations))})
          {keyFigure.disputes.length > 0 && (
            <span className="disputed-mark">
              {' '}
              — disputed by {disputerNames(keyFigure, lookups)}
            </span>
          )}
        </p>
      )}
      <p className="venue-card__sources">
        Source: <CitationList citations={venue.citations} />
      </p>
    </article>
  )
}

/** Who disputes a figure, each named once (one organization may dispute it in several paragraphs). */
function disputerNames(figure: Figure, lookups: Lookups): string {
  return joinNames(figure.disputes.map((d) => inSentence(organizationLabel(d.organizationId, lookups.organizations))))
}
