import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Cable, CableSummary, Person, Topic } from '@/contract/schemas'
import type { CorpusParagraph, DashboardData } from '@/domain/selectors/filter-dashboard'
import { corpusParagraphs } from '@/domain/selectors/view'
import { isRetryingAfterFailure, shownError, useCombinedQueries, useLastErrors, type PanelQuery } from '@/lib/combine-queries'
import { cableQuery, cablesQuery } from './cables'
import { eventsQuery } from './events'
import { figuresQuery } from './figures'
import { issuesQuery } from './issues'
import { organizationsQuery } from './organizations'
import { peopleQuery } from './people'
import { positionsQuery } from './positions'
import { topicsQuery } from './topics'
import { venuesQuery } from './venues'

/** What every page renders from: the joined resources plus the corpus's cable headers. */
export type DashboardViewData = DashboardData & { topics: Topic[]; people: Person[]; cables: CableSummary[] }

/** The resources a view can do without, each of which may be missing from its data. */
export type OptionalResource = 'positions' | 'figures' | 'events' | 'people' | 'cable'

export interface ResourceFailure {
  resource: OptionalResource
  /** What failed, in words: "the positions". */
  label: string
  error: unknown
  retrying: boolean
  retry: () => void
}

/** The part of a query a page needs to degrade: pending, failed, retrying, and a way to retry. */
interface ResourceState<T> {
  data: T | undefined
  isPending: boolean
  isError: boolean
  error: unknown
  isFetching: boolean
  errorUpdateCount: number
  refetch: () => unknown
}

interface CorpusText {
  cables: Cable[]
  paragraphs: CorpusParagraph[]
}

/** Joins the cable queries into one resource; module-level, so TanStack re-runs it only when a result changes. */
function joinTexts(results: readonly UseQueryResult<Cable>[]): ResourceState<CorpusText> {
  const failed = results.find((r) => r.isError)
  const ready = results.every((r) => r.isSuccess)
  const cables = ready ? results.map((r) => r.data as Cable) : []
  return {
    data: ready ? { cables, paragraphs: corpusParagraphs(cables) } : undefined,
    isPending: results.some((r) => r.isPending),
    isError: failed !== undefined,
    error: failed?.error ?? null,
    // Like a single query's: a failed text being fetched again, not another text still on its way.
    isFetching: results.some((r) => (r.isError && r.isFetching) || isRetryingAfterFailure(r)),
    errorUpdateCount: results.reduce((sum, r) => sum + r.errorUpdateCount, 0),
    refetch: () => results.filter((r) => r.isError).forEach((r) => void r.refetch()),
  }
}

const WAITING_FOR_LIST: ResourceState<CorpusText> = { data: undefined, isPending: true, isError: false, error: null, isFetching: false, errorUpdateCount: 0, refetch: () => undefined }

/** The full text of every cable the API lists, fetched in parallel and joined into one resource. */
function useCorpusText(ids: readonly string[] | undefined): ResourceState<CorpusText> {
  const texts = useQueries({ queries: (ids ?? []).map((id) => cableQuery(id)), combine: joinTexts })
  return ids === undefined ? WAITING_FOR_LIST : texts
}

/** Every cable's paragraphs, for what only needs the text (the public-safe banner); nothing is fetched until enabled. */
export function useCorpusParagraphs(enabled: boolean): CorpusParagraph[] | undefined {
  const list = useQuery({ ...cablesQuery(), enabled })
  return useCorpusText(enabled ? list.data?.map((c) => c.id) : []).data?.paragraphs
}

/** The lists every page joins, by name: the hook below reads them, and links prefetch them (app/page-loaders.ts). */
export const dashboardListQueries = () => ({
  venues: venuesQuery(),
  issues: issuesQuery(),
  organizations: organizationsQuery(),
  topics: topicsQuery(),
  cables: cablesQuery(),
  positions: positionsQuery(),
  figures: figuresQuery(),
  events: eventsQuery(),
  people: peopleQuery(),
})

/**
 * The one data hook of every page. Venues, issues, organizations, topics and the cable list are
 * the core; if positions, figures, events, people or the cable texts fail, the rest still shows,
 * with those left empty and a failure (with its own retry) to report.
 */
export function useDashboardResources(): { core: PanelQuery<DashboardViewData>; failures: ResourceFailure[] } {
  const lists = dashboardListQueries()
  const venues = useQuery(lists.venues)
  const issues = useQuery(lists.issues)
  const organizations = useQuery(lists.organizations)
  const topics = useQuery(lists.topics)
  const cableList = useQuery(lists.cables)
  const positions = useQuery(lists.positions)
  const figures = useQuery(lists.figures)
  const events = useQuery(lists.events)
  const people = useQuery(lists.people)
  const texts = useCorpusText(cableList.data?.map((c) => c.id))
  const optional = [
    ['positions', 'the positions', positions],
    ['figures', 'the figures', figures],
    ['events', 'the events', events],
    ['people', 'the people', people],
    ['cable', 'the cable texts', texts],
  ] as const satisfies readonly (readonly [OptionalResource, string, ResourceState<unknown>])[]
  // A failed resource fetched again stays failed, "Retrying…", until it settles: it does not hold the page back
  // as if it were loading for the first time, nor take its Retry button (and the focus on it) away.
  const lastErrors = useLastErrors(optional.map(([resource, , q]) => [resource, q] as const))
  const errorOf = (resource: OptionalResource, q: ResourceState<unknown>) => shownError(q, lastErrors.get(resource))
  const failing = (resource: OptionalResource, q: ResourceState<unknown>) => errorOf(resource, q) !== undefined
  // The texts wait for the cable list; if the list fails, the core reports it.
  const settled = optional.every(([resource, , q]) => !q.isPending || q === texts || failing(resource, q))

  const core = useCombinedQueries([venues, issues, organizations, topics, cableList] as const satisfies readonly UseQueryResult<unknown>[], (v, i, o, t, c) => ({
    venues: v,
    issues: i,
    organizations: o,
    topics: t,
    cables: c,
  }))
  const textsSettled = !texts.isPending || failing('cable', texts)
  const data = useMemo<DashboardViewData | undefined>(
    () =>
      core.status === 'success' && settled && textsSettled
        ? {
            ...core.data,
            positions: positions.data ?? [],
            figures: figures.data ?? [],
            events: events.data ?? [],
            people: people.data ?? [],
            paragraphs: texts.data?.paragraphs ?? [],
          }
        : undefined,
    [core.status, core.data, settled, textsSettled, positions.data, figures.data, events.data, people.data, texts.data],
  )
  const failures = optional
    .filter(([resource, , q]) => failing(resource, q))
    .map(([resource, label, q]) => ({ resource, label, error: errorOf(resource, q), retrying: q.isFetching, retry: () => void q.refetch() }))

  // The page's one Retry while the core has failed also asks again for whatever else failed in the same outage:
  // otherwise the page comes back with a Retry of its own for each of them.
  const retryEverything = () => {
    core.retry()
    for (const [, , q] of optional) if (q.isError) void q.refetch()
  }
  if (core.status !== 'success') return { core: { ...core, retry: retryEverything }, failures: [] }
  if (!data) return { core: { ...core, status: 'pending', data: undefined }, failures: [] }
  return { core: { ...core, data }, failures }
}
