import { memo } from 'react'
import { CitationList } from '@/components/citation-link'
import { Link } from '@/components/link'
import type { CableSummary, Figure, Organization, Venue } from '@/contract/schemas'
import { postName } from '@/domain/selectors/cables'
import { countVenuesAndIssuesByCable } from '@/domain/selectors/counts'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import { figureCitations, figureSource, qualifiersNotShown } from '@/domain/selectors/figures'
import { formatDay, joinNames, pluralize } from '@/lib/format'
import './overview.css'
import { routeHref } from '@/lib/routes'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { inSentence } from '@/domain/selectors/prose'

interface SeriesOverviewProps {
  cables: readonly CableSummary[]
  /** What the cables hold; null while the rest of the data is loading or has failed: the cables are still listed. */
  view: SeriesView | null
  /** The view's query string, carried into the reader links. */
  search: string
}

interface SeriesView {
  /** Every venue after public-safe: the totals. */
  venues: readonly Venue[]
  /** Issues after public-safe, before the other filters. */
  totalIssues: readonly { venueId: string }[]
  filtered: FilteredDashboard
  organizations: readonly Organization[]
  /** Whether any filter (other than public-safe) is active: counts then say "of". */
  filtering: boolean
  /** The public-safe view: a cable without a meeting in it may only have them hidden. */
  publicSafe: boolean
  /** False when the figures failed to load: then none is counted, not "0 figures". */
  figuresLoaded: boolean
}

/** How many headline figures the first screen has room for. */
const HEADLINE_FIGURES = 4

/** Disputed first (a dispute must never be out of sight), then those with a chart, then hedged ones ("up to", "more than"). */
const headlineRank = (f: Figure) => (f.disputes.length > 0 ? 0 : f.chart !== null ? 1 : f.qualifiers.length > 0 ? 2 : 3)

/**
 * The figures the first screen has room for: every disputed or charted one first, then one per cable
 * not yet represented, so the series is seen whole rather than its first cable four times.
 */
function headlineFigures(figures: readonly Figure[], cableOf: (figure: Figure) => string | undefined): Figure[] {
  const ranked = [...figures].sort((a, b) => headlineRank(a) - headlineRank(b))
  const chosen = ranked.filter((f) => headlineRank(f) <= 1).slice(0, HEADLINE_FIGURES)
  const cablesShown = new Set(chosen.map(cableOf))
  for (const figure of ranked) {
    if (chosen.length >= HEADLINE_FIGURES) break
    if (chosen.includes(figure) || cablesShown.has(cableOf(figure))) continue
    chosen.push(figure)
    cablesShown.add(cableOf(figure))
  }
  for (const figure of ranked) {
    if (chosen.length >= HEADLINE_FIGURES) break
    if (!chosen.includes(figure)) chosen.push(figure)
  }
  return chosen
}

/** The first screen: the cables of the series (when, where, from whom, how much each holds), the headline figures, the way in. */
export const SeriesOverview = memo(function SeriesOverview({ cables, view, search }: SeriesOverviewProps) {
  const venues = view?.venues ?? []
  const filtering = view?.filtering ?? false
  const totals = countVenuesAndIssuesByCable(venues, view?.totalIssues ?? [])
  // Unfiltered, the counts shown are the totals: not counted twice (10,000 issues is a long count for a hydrating render).
  const shown = view && filtering ? countVenuesAndIssuesByCable(view.filtered.venues, view.filtered.issues, venues) : totals
  const placesOf = (cableId: string) => [...new Set(venues.filter((v) => v.cableId === cableId && v.kind === 'meeting').map((v) => v.place.city))]
  // One classification for all is said once; otherwise each row carries its own.
  const classifications = [...new Set(cables.map((c) => c.classification ?? 'not stated'))]
  const oneClassification = classifications.length === 1 ? classifications[0] : null
  const years = [...new Set(cables.flatMap((c) => (c.sent ? [c.sent.slice(0, 4)] : [])))].sort()
  const span = years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? '')
  const count = (shownCount: number, total: number) => (!view ? '—' : filtering ? `${shownCount} of ${total}` : String(total))
  const venueCable = new Map(venues.map((v) => [v.id, v.cableId]))
  const headline = view ? headlineFigures(view.filtered.figures, (f) => venueCable.get(f.venueId)) : []
  const orgName = (id: string) => (view ? organizationLabel(id, view.organizations) : id)

  return (
    <section className="panel series-overview" aria-labelledby="series-heading">
      <div className="series-overview__top">
        <h2 id="series-heading">
          The review series: {pluralize(cables.length, 'cable')}
          {span ? `, ${span}` : ''}
        </h2>
        {view ? (
          <p className="series-overview__ways">
            <a href="#venues">{view.filtered.venues.length ? `Go to the ${pluralize(view.filtered.venues.length, 'venue card')}` : 'No venue card in this view'}</a>
            <a href="#corpus">Topics and agencies across cables</a>
            <a href="#charts">
              {!view.figuresLoaded
                ? 'The timeline (the figures did not load)'
                : view.filtered.figures.length
                  ? `All ${pluralize(view.filtered.figures.length, 'figure')} and the timeline`
                  : 'The timeline (no figure in this view)'}
            </a>
          </p>
        ) : (
          <p className="series-overview__ways">The counts follow once the data has loaded.</p>
        )}
      </div>
      <div className="series-overview__table-wrap">
        <table className="series-table">
          <caption className="visually-hidden">Each cable: when and where from, the places of its meetings, and how many venues and issues it holds{filtering ? ' in this view' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Cable</th>
              <th scope="col">Sent</th>
              <th scope="col">From</th>
              <th scope="col">Meetings in</th>
              <th scope="col" className="num">Venues</th>
              <th scope="col" className="num">Issues</th>
              {!oneClassification && <th scope="col">Classification</th>}
            </tr>
          </thead>
          <tbody>
            {cables.map((cable) => (
              <tr key={cable.id}>
                <th scope="row">
                  <Link href={routeHref('reader', { cableId: cable.id }, search)}>{cable.id}</Link>
                  {cable.subject && <span className="series-table__subject">{cable.subject}</span>}
                </th>
                <td>{cable.sent ? formatDay(cable.sent) : 'not stated'}</td>
                <td>{postName(cable.origin) ?? 'not stated'}</td>
                <td>{view ? joinNames(placesOf(cable.id)) || (view.publicSafe ? 'none in the public-safe view' : 'none recorded') : '—'}</td>
                <td className="num">{count(shown.get(cable.id)?.venues ?? 0, totals.get(cable.id)?.venues ?? 0)}</td>
                <td className="num">{count(shown.get(cable.id)?.issues ?? 0, totals.get(cable.id)?.issues ?? 0)}</td>
                {!oneClassification && <td>{cable.classification ?? 'not stated'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {oneClassification && (
        <p className="series-overview__classification">
          Every cable: <strong>{oneClassification}</strong>. Markings (U, SBU) are shown with each paragraph in the reader and in citation previews; venue pages, slides and charts give the highest marking of what they show, the CSV each row's. The public-safe view hides what rests only on SBU or unmarked paragraphs.
        </p>
      )}
      {headline.length > 0 && (
        <>
          <h3 className="series-overview__subheading">Headline figures{filtering ? ' in this view' : ''}</h3>
          <ul className="headline-figures">
            {headline.map((figure) => {
              const missing = qualifiersNotShown(figure)
              return (
                <li key={figure.id} className={`headline-figure${figure.disputes.length ? ' headline-figure--disputed' : ''}`}>
                  <span className="headline-figure__value">{figure.display}</span>
                  <span className="headline-figure__label">
                    {figure.label}
                    {missing.length > 0 && ` (${missing.join(', ')})`}
                  </span>
                  {/* Who gives the figure, as on its venue card: a figure alone reads as a measured fact. */}
                  <span className="headline-figure__speaker">{figureSource(figure, orgName)}</span>
                  {figure.disputes.length > 0 && (
                    <span className="headline-figure__dispute">
                      <span aria-hidden="true">⚠ </span>Disputed by {joinNames([...new Set(figure.disputes.map((d) => inSentence(orgName(d.organizationId))))])}
                    </span>
                  )}
                  <span className="headline-figure__source">
                    {figure.citations[0]?.cableId} <CitationList citations={figureCitations(figure)} />
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
})
