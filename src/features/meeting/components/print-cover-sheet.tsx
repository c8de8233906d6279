import { describeFilters, describeHiddenParagraphs, nameCables } from '@/domain/selectors/describe-view'
import { formatTimestamp, pluralize } from '@/lib/format'
import { useViewSearch } from '@/lib/view-search'
import { useMemo } from 'react'
import type { PrintCoverProps } from './print-cover'

/** The handout's first page (print-cover.tsx says when it joins). */
export default function PrintCoverSheet({ cables, filters, filtered, names, paragraphs }: PrintCoverProps) {
  const href = new URL(window.location.pathname + useViewSearch(), window.location.origin).href
  const active = describeFilters(filters, names)
  const hidden = useMemo(() => describeHiddenParagraphs(paragraphs), [paragraphs])
  const only = cables.length === 1 ? cables[0] : undefined
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
        IPR enforcement in China: what was raised, by whom, on what evidence
      </h2>
      <p className="print-cover__subtitle">{only?.subject ?? `${pluralize(cables.length, 'cable')} of the review series`}</p>
      {/* Each name with its values in a group: a grid of loose names and values put the second cable's line
          under "Cables" and pushed every value after it a row out of line, off the page. */}
      <dl className="print-cover__facts">
        <div>
          <dt>{cables.length === 1 ? 'Cable' : 'Cables'}</dt>
          {cables.map((cable) => (
            <dd key={cable.id}>
              {cable.id}
              {cable.sent ? `, sent ${formatTimestamp(cable.sent)}` : ''}
              {cable.origin ? ` from ${cable.origin}` : ''}
              {cable.classification ? ` (${cable.classification})` : ''}
              {!only && cable.subject ? `: ${cable.subject}` : ''}
            </dd>
          ))}
        </div>
        <div>
          <dt>View</dt>
          <dd>
            {active.length ? active.join('; ') : `Everything this dashboard records for ${nameCables(cables)}, no filters`}
            {filters.publicSafe ? '; public-safe' : ''}
          </dd>
        </div>
        <div>
          <dt>Shown</dt>
          <dd>{shown}</dd>
        </div>
        <div>
          <dt>Handling</dt>
          <dd className={filters.publicSafe ? 'print-cover__safe' : 'print-cover__unsafe'}>
            {filters.publicSafe
              ? `Public-safe view: ${hidden} and everything resting only on them are left out.`
              : `Full view, not public-safe: may include ${hidden}. Check the audience before handing out.`}
          </dd>
        </div>
        <div>
          <dt>Link to this view</dt>
          <dd className="print-cover__link">{href}</dd>
        </div>
      </dl>
      <p className="print-cover__note">¶ numbers cite the paragraphs of the cable named beside them; every quote is verbatim from its cable.</p>
    </section>
  )
}
