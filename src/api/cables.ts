import { queryOptions } from '@tanstack/react-query'
import { cableListResource, cablePath } from '@/contract/endpoints'
import { fetchResource } from '@/lib/api-client'

export const cableKeys = {
  all: ['cables'] as const,
  list: () => [...cableKeys.all, 'list'] as const,
  detail: (id: string) => [...cableKeys.all, 'detail', id] as const,
}

export const cablesQuery = () =>
  queryOptions({
    queryKey: cableKeys.list(),
    queryFn: ({ signal }) => fetchResource(cableListResource.path, 'cables', { signal }),
  })

export const cableQuery = (id: string) =>
  queryOptions({
    queryKey: cableKeys.detail(id),
    queryFn: ({ signal }) => fetchResource(cablePath(id), 'cable', { signal }),
  })
