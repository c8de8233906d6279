import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { dashboardListQueries } from '@/api/dashboard-data'
import { runInSlices } from '@/contract/run-in-slices'
import type { CableMatrixRow } from '@/domain/selectors/counts'
import { hasActiveFilters, type DashboardData, type VenueSlice } from '@/domain/selectors/filter-dashboard'
import type { IndexChoices } from '@/domain/selectors/index-choices'
import { viewStepsInPieces, type View } from '@/domain/selectors/view'
import { useFilterStore } from '@/lib/filter-store'
import type { Route } from '@/lib/router'

/** What prepareHydration builds: the view's steps, and what the panels derive from it (view.ts, viewStepsInPieces). */
export type PreparedView = Pick<View<DashboardData>, 'index' | 'filtered' | 'counts'> & {
  slices: ReadonlyMap<string, VenueSlice>
  choices: IndexChoices
  topicsByCable: readonly CableMatrixRow[]
  agenciesByCable: readonly CableMatrixRow[]
}

/**
 * Builds the dashboard's view (the issue index, the filtered view, the facet counts, each venue's
 * slice, the filter panel's choices and the cross-cable tables) from what loadPage loaded, in slices,
 * before the page hydrates: the hydrating render then finds each remembered (view.ts: the steps
 * remember alike, run in pieces or at once) instead of building them in long tasks. Only the view a
 * prerendered dashboard shows, unfiltered and not public-safe (that one is redacted in the render,
 * into new lists).
 */
export async function prepareHydration(route: Route, client: QueryClient): Promise<PreparedView | null> {
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
  if (Object.values(data).some((value) => value === undefined)) return null
  const lists = data as DashboardData
  const index = await runInSlices(viewStepsInPieces.index(lists))
  const filtered = await runInSlices(viewStepsInPieces.filtered(lists, index, filters))
  const counts = await runInSlices(viewStepsInPieces.counts(lists, index, filters))
  const slices = await runInSlices(viewStepsInPieces.slices(filtered))
  const choices = await runInSlices(viewStepsInPieces.choices(index, lists.organizations))
  // With the lists the dashboard hands the tables: the filtered view's, and every venue (not public-safe, so the data's own).
  const topicsByCable = await runInSlices(viewStepsInPieces.topicsByCable(filtered.issues, lists.venues))
  const agenciesByCable = await runInSlices(viewStepsInPieces.agenciesByCable(filtered.positions, filtered.issues, lists.venues))
  return { index, filtered, counts, slices, choices, topicsByCable, agenciesByCable }
}
