import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Cable, Person, Topic } from '@/contract/schemas'
import type { DashboardData } from '@/domain/selectors/filter-dashboard'
import { useCombinedQueries, type PanelQuery } from '@/lib/combine-queries'
import { cableQuery } from './cables'
import { eventsQuery } from './events'
import { figuresQuery } from './figures'
import { issuesQuery } from './issues'
import { organizationsQuery } from './organizations'
import { peopleQuery } from './people'
import { positionsQuery } from './positions'
import { topicsQuery } from './topics'
import { venuesQuery } from './venues'

export const PRIMARY_CABLE_ID = '07BEIJING2566'

export type FullDashboardData = DashboardData & { topics: Topic[]; people: Person[]; cable: Cable }

function useAllQueries() {
  return [
    useQuery(venuesQuery()),
    useQuery(issuesQuery()),
    useQuery(organizationsQuery()),
    useQuery(topicsQuery()),
    useQuery(positionsQuery()),
    useQuery(figuresQuery()),
    useQuery(eventsQuery()),
    useQuery(peopleQuery()),
    useQuery(cableQuery(PRIMARY_CABLE_ID)),
  ] as const
}

/** Every resource the dashboard joins, as one panel state: one failure shows one retry. */
export function useDashboardData(): PanelQuery<FullDashboardData> {
  return useCombinedQueries(
    useAllQueries(),
    (venues, issues, organizations, topics, positions, figures, events, people, cable) => ({
      venues,
      issues,
      organizations,
      topics,
      positions,
      figures,
      events,
      people,
      cable,
      paragraphs: cable.paragraphs,
    }),
  )
}

export type DashboardViewData = DashboardData & { topics: Topic[]; people: Person[] }

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

/**
 * The dashboard degrades per resource: venues, issues, organizations and topics are its
 * core; if positions, figures, events, people or the cable text fail, the rest still
 * shows, with those left empty and a failure (with its own retry) to report.
 */
export function useDashboardResources(): { core: PanelQuery<DashboardViewData>; failures: ResourceFailure[] } {
  const [venues, issues, organizations, topics, positions, figures, events, people, cable] = useAllQueries()
  const optional = [
    ['positions', 'the positions', positions],
    ['figures', 'the figures', figures],
    ['events', 'the events', events],
    ['people', 'the people', people],
    ['cable', 'the cable text (search covers issues only)', cable],
  ] as const satisfies readonly (readonly [OptionalResource, string, UseQueryResult<unknown>])[]
  const settled = optional.every(([, , q]) => !q.isPending)

  const core = useCombinedQueries([venues, issues, organizations, topics] as const, (v, i, o, t) => ({ venues: v, issues: i, organizations: o, topics: t }))
  const data = useMemo<DashboardViewData | undefined>(
    () =>
      core.status === 'success' && settled
        ? {
            ...core.data,
            positions: positions.data ?? [],
            figures: figures.data ?? [],
            events: events.data ?? [],
            people: people.data ?? [],
            paragraphs: cable.data?.paragraphs ?? [],
          }
        : undefined,
    [core.status, core.data, settled, positions.data, figures.data, events.data, people.data, cable.data],
  )
  const failures = optional
    .filter(([, , q]) => q.isError)
    .map(([resource, label, q]) => ({ resource, label, error: q.error, retrying: q.isFetching, retry: () => void q.refetch() }))

  if (core.status !== 'success') return { core, failures: [] }
  if (!data) return { core: { ...core, status: 'pending', data: undefined }, failures: [] }
  return { core: { ...core, data }, failures }
}
