import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { dashboardListQueries } from '@/api/dashboard-data'
import { runInSlices } from '@/contract/run-in-slices'
import { hasActiveFilters, type DashboardData, type DashboardFilters, type VenueSlice } from '@/domain/selectors/filter-dashboard'
import type { Involvement } from '@/domain/selectors/involvement'
import { viewStepsInPieces, type View } from '@/domain/selectors/view'
import { useFilterStore } from '@/lib/filter-store'
import type { Route } from '@/lib/router'

/** What prepareHydration builds: the view's steps, and what the hydrating render derives from it (view.ts, viewStepsInPieces). */
export type PreparedView = Pick<View<DashboardData>, 'index' | 'filtered' | 'counts'> & { slices: ReadonlyMap<string, VenueSlice>; involvement: Involvement }

/**
 * Builds the dashboard's view (the issue index, the filtered view, the facet counts, each venue's
 * slice, and what the index's issues involve) from what loadPage loaded, in slices, before the page
 * hydrates: the hydrating render then finds each remembered (view.ts: the steps remember alike, run in
 * pieces or at once) instead of building them in long tasks. Only the view a prerendered dashboard
 * shows, unfiltered and not public-safe (that one is redacted in the render, into new lists).
 */
export async function prepareHydration(route: Route, client: QueryClient): Promise<PreparedView | null> {
  const prerendered = prerenderedView(route, client)
  if (!prerendered) return null
  const { lists, filters } = prerendered
  const index = await runInSlices(viewStepsInPieces.index(lists))
  const filtered = await runInSlices(viewStepsInPieces.filtered(lists, index, filters))
  const counts = await runInSlices(viewStepsInPieces.counts(lists, index, filters))
  const slices = await runInSlices(viewStepsInPieces.slices(filtered))
  return { index, filtered, counts, slices, involvement: await runInSlices(viewStepsInPieces.involvement(index, lists.organizations)) }
}

/**
 * After hydration, before the render that shows a page in full (prerendered.tsx): builds, in slices,
 * what only that render shows, the counts by cable of a corpus too large for the prerender's tables.
 * Built before hydration, they held it up (by about 0.7 s at 10,000 issues at a phone's speed); built
 * in that render, they were a long task. Finds the view prepareHydration built remembered, and stops
 * if the filters change meanwhile: the render then builds another view anyway.
 */
export async function prepareFullRender(route: Route, client: QueryClient): Promise<void> {
  const prerendered = prerenderedView(route, client)
  if (!prerendered) return
  const { lists, filters } = prerendered
  const unchanged = () => useFilterStore.getState().filters === filters
  const index = await runInSlices(viewStepsInPieces.index(lists))
  if (!unchanged()) return
  const { issues, positions } = await runInSlices(viewStepsInPieces.filtered(lists, index, filters))
  // With the lists the dashboard hands the tables: the filtered view's, and every venue (not public-safe, so the data's own).
  if (unchanged()) await runInSlices(viewStepsInPieces.issuesByTopicAndCable(issues, lists.venues))
  if (unchanged()) await runInSlices(viewStepsInPieces.positionsByOrganizationAndCable(positions, issues, lists.venues))
}

/**
 * The dashboard's lists and the filters, when the page is the prerendered dashboard's view (unfiltered,
 * not public-safe) and every list loaded.
 */
function prerenderedView(route: Route, client: QueryClient): { lists: DashboardData; filters: DashboardFilters } | null {
  const { filters } = useFilterStore.getState()
  if (route.name !== 'overview' || filters.publicSafe || hasActiveFilters(filters)) return null
  const queries = dashboardListQueries()
  const list = <T>(options: { queryKey: QueryKey }) => client.getQueryData<T[]>(options.queryKey)
  const data: Partial<DashboardData> = {
    venues: list(queries.venues),
    issues: list(queries.issues),
    positions: list(queries.positions),
    figures: list(queries.figures),
    events: list(queries.events),
    organizations: list(queries.organizations),
    // Read only by a search (filter-dashboard.ts, viewReads), which an unfiltered view has not: the
    // render's own paragraphs list does not stop it finding these steps remembered.
    paragraphs: [],
  }
  return Object.values(data).some((value) => value === undefined) ? null : { lists: data as DashboardData, filters }
}
