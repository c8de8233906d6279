import { useQuery } from '@tanstack/react-query'
import { cablesQuery } from '@/api/cables'
import type { DashboardFilters, FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import type { Organization, Paragraph, Topic, Venue } from '@/contract/schemas'
import { formatTimestamp, pluralize } from '@/lib/format'
import { useHref } from '@/lib/router'
import { describeFilters, describeHiddenParagraphs } from '../lib/describe-view'

interface PrintCoverProps {
  cableId: string
  filters: DashboardFilters
  filtered: FilteredDashboard
  names: { organizations: readonly Organization[]; topics: readonly Topic[]; venues: readonly Venue[] }
  /** The cable's paragraphs (unredacted), to name what public-safe hides. */
  paragraphs: readonly Paragraph[]
}

/** The handout's first page, printed only: what this is, which view, how safe, and the link back to it. */
export function PrintCover({ cableId, filters, filtered, names, paragraphs }: PrintCoverProps) {
  const cable = useQuery(cablesQuery()).data?.find((c) => c.id === cableId)
  const href = new URL(useHref(), window.location.origin).href
  const active = describeFilters(filters, names)
  const hidden = describeHiddenParagraphs(paragraphs)
  const shown = [
    pluralize(filtered.venues.length, 'venue'),
    `${pluralize(filtered.issues.length, 'issue')} (of ${filtered.totalIssues})`,
    pluralize(filtered.positions.length, 'position'),
    pluralize(filtered.figures.length, 'figure'),
    pluralize(filtered.events.length, 'event'),
  ].join(', ')

  return (
    <section className="print-cover" aria-labelledby="print-cover-title">
      <p className="print-cover__kicker">Briefing handout</p>
      <h2 id="print-cover-title" className="print-cover__title">
        IPR enforcement in Beijing: what was raised, by whom, on what evidence
      </h2>
      <p className="print-cover__subtitle">USTR provincial IPR review in Beijing, March 2007</p>
      <dl className="print-cover__facts">
        <dt>Cable</dt>
        <dd>
          {cableId}
          {cable?.sent ? `, sent ${formatTimestamp(cable.sent)}` : ''}
          {cable?.origin ? ` from ${cable.origin}` : ''}
        </dd>
        {cable?.subject && (
          <>
            <dt>Subject</dt>
            <dd>{cable.subject}</dd>
          </>
        )}
        <dt>View</dt>
        <dd>
          {active.length ? active.join('; ') : `Everything this dashboard records for ${cableId}, no filters`}
          {filters.publicSafe ? '; public-safe' : ''}
        </dd>
        <dt>Shown</dt>
        <dd>{shown}</dd>
        <dt>Handling</dt>
        <dd className={filters.publicSafe ? 'print-cover__safe' : 'print-cover__unsafe'}>
          {filters.publicSafe
            ? `Public-safe view: ${hidden} and everything resting only on them are left out.`
            : `Full view, not public-safe: may include ${hidden}. Check the audience before handing out.`}
        </dd>
        <dt>Link to this view</dt>
        <dd className="print-cover__link">{href}</dd>
      </dl>
      <p className="print-cover__note">¶ numbers cite the paragraphs of {cableId}; every quote is verbatim from the cable.</p>
    </section>
  )
}
