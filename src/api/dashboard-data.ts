import { useQuery } from '@tanstack/react-query'
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

/** Every resource the dashboard joins, as one panel state: one failure shows one retry. */
export function useDashboardData(): PanelQuery<FullDashboardData> {
  return useCombinedQueries(
    [
      useQuery(venuesQuery()),
      useQuery(issuesQuery()),
      useQuery(positionsQuery()),
      useQuery(figuresQuery()),
      useQuery(eventsQuery()),
      useQuery(organizationsQuery()),
      useQuery(topicsQuery()),
      useQuery(peopleQuery()),
      useQuery(cableQuery(PRIMARY_CABLE_ID)),
    ] as const,
    (venues, issues, positions, figures, events, organizations, topics, people, cable) => ({
      venues,
      issues,
      positions,
      figures,
      events,
      organizations,
      topics,
      people,
      cable,
      paragraphs: cable.paragraphs,
    }),
  )
}
