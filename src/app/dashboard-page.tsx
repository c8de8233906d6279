import { Suspense, lazy, memo, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { cablesQuery } from '@/api/cables'
import { useDashboardResources, type DashboardViewData, type ResourceFailure } from '@/api/dashboard-data'
import { QueryError, QueryState } from '@/components/query-state'
import { RenderWhenNear } from '@/components/render-when-near'
import { buildLookups } from '@/domain/selectors/lookups'
import { useFilterStore } from '@/lib/filter-store'
import { WithKnownFilterIds } from '@/lib/known-filter-ids'
import { useSearch } from '@/lib/router'
import { useFilteredView } from '@/lib/use-filtered-view'
import { serializeView } from '@/lib/url-state'
import { cablesInView } from '@/domain/selectors/describe-view'
import { hasActiveFilters } from '@/domain/selectors/filter-dashboard'
import { CorpusViews } from '@/features/overview/components/corpus-views'
import { SeriesOverview } from '@/features/overview/components/series-overview'
import { ActiveFilters } from '@/features/filters/components/active-filters'
import { CopyLinkButton } from '@/features/filters/components/copy-link-button'
import { DroppedParamsNotice } from '@/features/filters/components/dropped-params-notice'
import { FilterPanel } from '@/features/filters/components/filter-panel'
import { PresentButton } from '@/features/presentation/components/present-button'
import { MeetingActions } from '@/features/meeting/components/meeting-actions'
import { PrintCover } from '@/features/meeting/components/print-cover'
import { VenueCardGrid } from '@/features/venues/components/venue-card-grid'

// Recharts is heavy: the charts arrive after the cards are on screen.
// Memoised like the cards: the urgent render of a filter click must not redraw the charts with the old view.
const ChartsSection = memo(lazy(() => import('@/features/charts/components/charts-section')))

export function DashboardPage() {
  const { core, failures } = useDashboardResources()
  return (
    <>
      <h1 className="visually-hidden">IPR enforcement issues raised in US diplomatic cables on China</h1>
      {core.status !== 'success' && <CablesWhileLoading />}
      <QueryState
        query={core}
        label="the dashboard data"
        isEmpty={(data) => data.venues.length === 0}
        empty={<p>The data holds no venues yet.</p>}
      >
        {(data) => (
          // The link's ids are checked against the data before the dashboard first renders.
          <WithKnownFilterIds data={data}>
            <Dashboard data={data} failures={failures} />
          </WithKnownFilterIds>
        )}
      </QueryState>
    </>
  )
}

function Dashboard({ data, failures }: { data: DashboardViewData; failures: ResourceFailure[] }) {
  const clearAll = useFilterStore((s) => s.clearAll)
  const { filters: deferred, visible, index, filtered, counts } = useFilteredView(data)
  // From the deferred filters, like everything the cards show: links update with the view they lead from.
  const search = useMemo(() => serializeView(deferred), [deferred])
  const lookups = useMemo(() => buildLookups(data), [data])
  const filtering = hasActiveFilters(deferred)
  const cables = useMemo(() => cablesInView(filtered.venues, data.cables), [filtered.venues, data.cables])
  const positionsLoaded = !failures.some((f) => f.resource === 'positions')
  const overview = useMemo(
    () => ({ venues: visible.venues, totalIssues: visible.issues, filtered, organizations: data.organizations, filtering }),
    [visible, filtered, data.organizations, filtering],
  )
  const failedCharts = failures.map((f) => f.resource).filter((r) => r === 'positions' || r === 'figures' || r === 'events')
  const notLoadedKey = failedCharts.join(',')
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  const notLoaded = useMemo(() => failedCharts, [notLoadedKey])

  return (
    <>
    <SeriesOverview cables={data.cables} view={overview} search={search} />
    <div className="dashboard">
      <FilterPanel cables={data.cables} organizations={visible.organizations} topics={visible.topics} venues={visible.venues} index={index} counts={counts} />
      <div className="dashboard__content">
        <PrintCover cables={cables} filters={deferred} filtered={filtered} names={data} paragraphs={data.paragraphs} />
        <DroppedParamsNotice />
        {failures.map((failure) => (
          <QueryError key={failure.label} error={failure.error} label={failure.label} retrying={failure.retrying} onRetry={failure.retry} />
        ))}
        <div className="dashboard__toolbar">
          <ActiveFilters
            organizations={data.organizations}
            topics={visible.topics}
            venues={data.venues}
            shownIssues={filtered.issues.length}
            totalIssues={filtered.totalIssues}
          />
          <CopyLinkButton />
          <PresentButton />
          <MeetingActions cableIds={cables.map((c) => c.id)} filtered={filtered} names={data} publicSafe={deferred.publicSafe} />
        </div>
        <CorpusViews
          cables={data.cables}
          issues={filtered.issues}
          positions={filtered.positions}
          venues={visible.venues}
          topics={visible.topics}
          organizations={data.organizations}
          positionsLoaded={positionsLoaded}
          selectedTopics={deferred.topics}
          selectedOrganizations={deferred.organizations}
        />
        {filtered.issues.length === 0 ? (
          <div className="panel empty-state">
            <h2>No issues match these filters</h2>
            <p>Remove a filter above, or start again from every cable.</p>
            <button type="button" onClick={clearAll}>
              Reset all filters
            </button>
          </div>
        ) : (
          <VenueCardGrid filtered={filtered} lookups={lookups} query={deferred.query} search={search} positionsLoaded={positionsLoaded} />
        )}
        <RenderWhenNear eager={/^#(figure|event)-/.test(window.location.hash)} placeholder={<ChartsPlaceholder />}>
          <Suspense fallback={<p role="status">Loading charts…</p>}>
            <ChartsSection
              figures={filtered.figures}
              issues={filtered.issues}
              positions={filtered.positions}
              events={filtered.events}
              venues={filtered.venues}
              topics={visible.topics}
              organizations={data.organizations}
              allVenues={visible.venues}
              cables={data.cables}
              notLoaded={notLoaded}
            />
          </Suspense>
        </RenderWhenNear>
      </div>
    </div>
    </>
  )
}

/** The cables are listed as soon as their list arrives, even when the rest of the data is still loading or has failed. */
function CablesWhileLoading() {
  const cables = useQuery(cablesQuery())
  const search = useSearch()
  return cables.data && cables.data.length > 0 ? <SeriesOverview cables={cables.data} view={null} search={search} /> : null
}

/** Holds the charts' place (and height) until they are scrolled near. */
function ChartsPlaceholder() {
  return (
    <section id="charts" className="charts-placeholder" aria-labelledby="charts-placeholder-heading">
      <h2 id="charts-placeholder-heading">Figures the cables give, and counts of what this dashboard records</h2>
      <p>The charts load as you scroll to them.</p>
    </section>
  )
}
