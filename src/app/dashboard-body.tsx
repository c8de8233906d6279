/**
 * Everything of the dashboard below its first screen: filters, notices, toolbar, the venue cards, the
 * cross-cable tables and the charts. A chunk of its own: the series overview paints from the
 * entry script alone, and this code arrives while the data is still on its way.
 */
import { Suspense, lazy, memo } from 'react'
import type { DashboardViewData, ResourceFailure } from '@/api/dashboard-data'
import { QueryError } from '@/components/query-state'
import { RenderWhenNear } from '@/components/render-when-near'
import type { CableSummary } from '@/contract/schemas'
import type { DashboardFilters, FacetCounts, FilteredDashboard, IssueIndex } from '@/domain/selectors/filter-dashboard'
import type { Lookups } from '@/domain/selectors/lookups'
import { useFilterStore } from '@/lib/filter-store'
import { useHash } from '@/lib/router'
import { CorpusViews } from '@/features/overview/components/corpus-views'
import { ActiveFilters } from '@/features/filters/components/active-filters'
import { CopyLinkButton } from '@/features/filters/components/copy-link-button'
import { FilterPanel } from '@/features/filters/components/filter-panel'
import { PresentButton } from '@/features/presentation/components/present-button'
import { MeetingActions } from '@/features/meeting/components/meeting-actions'
import { PrintCover } from '@/features/meeting/components/print-cover'
import { VenueCardGrid } from '@/features/venues/components/venue-card-grid'

// Recharts is heavy: the charts arrive after the cards are on screen.
// Memoised like the cards: the urgent render of a filter click must not redraw the charts with the old view.
const ChartsSection = memo(lazy(() => import('@/features/charts/components/charts-section')))
// Only an empty public-safe view needs it.
const HiddenByPublicSafe = lazy(() => import('./hidden-by-public-safe'))

interface DashboardBodyProps {
  data: DashboardViewData
  failures: ResourceFailure[]
  /** The deferred filters and the view built from them (see useFilteredView). */
  filters: DashboardFilters
  visible: DashboardViewData
  index: readonly IssueIndex[]
  filtered: FilteredDashboard
  counts: FacetCounts
  lookups: Lookups
  /** The cables the view draws on. */
  cables: CableSummary[]
  search: string
  notLoaded: readonly ('positions' | 'figures' | 'events')[]
}

/** Where the filters' skip link leads: the view they make (its filters, toolbar, tables and cards). */
const RESULTS_ID = 'results'

/** Memoised: every prop comes from the deferred view, so a click's urgent render skips all of it but the filter panel. */
export default memo(function DashboardBody({ data, failures, filters, visible, index, filtered, counts, lookups, cables, search, notLoaded }: DashboardBodyProps) {
  const clearAll = useFilterStore((s) => s.clearAll)
  const positionsLoaded = !failures.some((f) => f.resource === 'positions')
  const hash = useHash()
  // Names (agencies, venues, people) come from `visible`: the public-safe view names only what it keeps,
  // and a filter on something it hides shows the id its link already carries.
  return (
    <div className="dashboard">
      <FilterPanel cables={data.cables} organizations={visible.organizations} topics={visible.topics} venues={visible.venues} index={index} counts={counts} skipTo={RESULTS_ID} shownIssues={filtered.issues.length} totalIssues={filtered.totalIssues} />
      <div className="dashboard__content" id={RESULTS_ID} tabIndex={-1}>
        <PrintCover cables={cables} filters={filters} filtered={filtered} names={visible} paragraphs={data.paragraphs} />
        {failures.map((failure) => (
          <QueryError key={failure.label} error={failure.error} label={failure.label} retrying={failure.retrying} onRetry={failure.retry} />
        ))}
        <div className="dashboard__toolbar">
          <ActiveFilters
            organizations={visible.organizations}
            topics={visible.topics}
            venues={visible.venues}
            shownIssues={filtered.issues.length}
            totalIssues={filtered.totalIssues}
          />
          <CopyLinkButton />
          <PresentButton />
          <MeetingActions cableIds={cables.map((c) => c.id)} filtered={filtered} names={visible} publicSafe={filters.publicSafe} notLoaded={notLoaded} />
        </div>
        {filtered.issues.length === 0 ? (
          <div className="panel empty-state">
            <h2>No issues match these filters</h2>
            {filters.publicSafe && (
              <Suspense fallback={null}>
                <HiddenByPublicSafe data={data} filters={filters} />
              </Suspense>
            )}
            <p>Remove a filter above, or start again from every cable.</p>
            {/* The results' region takes the focus: this button leaves the page with the empty state. */}
            <button
              type="button"
              onClick={() => {
                document.getElementById(RESULTS_ID)?.focus()
                clearAll()
              }}
            >
              Reset all filters
            </button>
          </div>
        ) : (
          <VenueCardGrid filtered={filtered} lookups={lookups} query={filters.query} search={search} positionsLoaded={positionsLoaded} />
        )}
        {/* After the cards: a meeting reads first what was raised at each venue; the tables then say what recurs across cables. */}
        <CorpusViews
          cables={data.cables}
          issues={filtered.issues}
          positions={filtered.positions}
          venues={visible.venues}
          topics={visible.topics}
          organizations={visible.organizations}
          positionsLoaded={positionsLoaded}
          selectedTopics={filters.topics}
          selectedOrganizations={filters.organizations}
        />
        <RenderWhenNear eager={/^#(figure|event)-/.test(hash)} placeholder={<ChartsPlaceholder />}>
          <Suspense fallback={<p role="status">Loading charts…</p>}>
            <ChartsSection
              figures={filtered.figures}
              issues={filtered.issues}
              positions={filtered.positions}
              events={filtered.events}
              topics={visible.topics}
              organizations={visible.organizations}
              allVenues={visible.venues}
              cables={data.cables}
              lookups={lookups}
              notLoaded={notLoaded}
            />
          </Suspense>
        </RenderWhenNear>
      </div>
    </div>
  )
})

/** Holds the charts' place (and height) until they are scrolled near. */
function ChartsPlaceholder() {
  return (
    <section id="charts" className="charts-placeholder" aria-labelledby="charts-placeholder-heading">
      <h2 id="charts-placeholder-heading">Figures the cables give, and counts of what this dashboard records</h2>
      <p>The charts load as you scroll to them.</p>
    </section>
  )
}
