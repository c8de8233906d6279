import { Suspense, useDeferredValue, useEffect, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { cablesQuery } from '@/api/cables'
import { useDashboardResources, type DashboardViewData, type ResourceFailure } from '@/api/dashboard-data'
import { ErrorBoundary } from '@/components/error-boundary'
import { QueryState } from '@/components/query-state'
import { buildLookups } from '@/domain/selectors/lookups'
import { useViewSearch } from '@/lib/view-search'
import type { CableSummary } from '@/contract/schemas'
import { WithKnownFilterIds } from '@/lib/known-filter-ids'
import { useFilteredView } from '@/lib/use-filtered-view'
import { cablesInView } from '@/domain/selectors/describe-view'
import { hasActiveFilters } from '@/domain/selectors/filter-dashboard'
import { SeriesOverview } from '@/features/overview/components/series-overview'
import { DroppedParamsNotice } from '@/components/dropped-params-notice'
import { usePrerendered } from '@/lib/prerendered'
import { DashboardBody, loadDashboardBody } from './page-loaders'

export function DashboardPage() {
  const { core, failures } = useDashboardResources()
  const cables = useQuery(cablesQuery()).data
  const cablesWhileLoading = core.status !== 'success' && cables !== undefined && cables.length > 0
  useEffect(() => void loadDashboardBody(), [])
  return (
    <>
      <h1 className="visually-hidden">IPR enforcement issues raised in US diplomatic cables on China</h1>
      {/* First on the page: below the series overview, it was under the first screen, and a link's dropped parts went unseen. */}
      <DroppedParamsNotice />
      {cablesWhileLoading && <CablesWhileLoading cables={cables} />}
      <QueryState
        query={core}
        // The cables' overview takes the loading line's place: a line above or below it would jump when the data arrives.
        announceLoadingOnly={cablesWhileLoading}
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
  const { filters: deferred, visible, index, filtered, counts } = useFilteredView(data)
  // From the deferred filters, like everything the cards show: links update with the view they lead from.
  const search = useViewSearch()
  // From the view's own registries: the public-safe view names no one it hides (a speaker falls back to their agency).
  const lookups = useMemo(() => buildLookups(visible), [visible])
  const filtering = hasActiveFilters(deferred)
  const cables = useMemo(() => cablesInView(filtered.venues, data.cables), [filtered.venues, data.cables])
  const failedCharts = failures.map((f) => f.resource).filter((r) => r === 'positions' || r === 'figures' || r === 'events')
  const figuresLoaded = !failedCharts.includes('figures')
  const overview = useMemo(
    () => ({
      venues: visible.venues,
      totalIssues: visible.issues,
      filtered,
      organizations: visible.organizations,
      filtering,
      publicSafe: deferred.publicSafe,
      figuresLoaded,
    }),
    [visible, filtered, filtering, deferred.publicSafe, figuresLoaded],
  )
  const notLoadedKey = failedCharts.join(',')
  // oxlint-disable-next-line react-hooks/exhaustive-deps
  const notLoaded = useMemo(() => failedCharts, [notLoadedKey])
  // The series overview fills the first screen and commits first; the filters, tables and cards below
  // the fold follow in a deferred render, which React interrupts to let the browser paint and respond.
  // A prerendered page has them in its HTML already: it is rendered, and hydrated, whole.
  const belowTheFold = useDeferredValue(true, usePrerendered())
  const pending = <div className="dashboard dashboard--pending" />

  return (
    <>
      <SeriesOverview cables={data.cables} view={overview} search={search} />
      {belowTheFold ? (
        <ErrorBoundary label="the filters and venue cards">
          <Suspense fallback={pending}>
            <DashboardBody
              data={data}
              failures={failures}
              filters={deferred}
              visible={visible}
              index={index}
              filtered={filtered}
              counts={counts}
              lookups={lookups}
              cables={cables}
              search={search}
              notLoaded={notLoaded}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        pending
      )}
    </>
  )
}

/** The cables are listed as soon as their list arrives, even when the rest of the data is still loading or has failed. */
function CablesWhileLoading({ cables }: { cables: CableSummary[] }) {
  return <SeriesOverview cables={cables} view={null} search={useViewSearch()} />
}
