import { queryOptions } from '@tanstack/react-query'
import type { ResourceData } from '@/contract/resource-schemas'
import { listResources, type ListResource } from '@/contract/endpoints'
import { fetchResource } from '@/lib/api-client'

export type ListData<R extends ListResource> = ResourceData<R>

/** Keys run general → specific so `['venues']` invalidates or watches the whole family. */
export function listKeys<R extends ListResource>(resource: R) {
  const all = [resource] as const
  return { all, list: () => [...all, 'list'] as const }
}

/** Query options for one list resource of the static API (one JSON file per resource). */
export function listQueryOptions<R extends ListResource>(resource: R) {
  const { path } = listResources[resource]
  return queryOptions({
    queryKey: listKeys(resource).list(),
    queryFn: ({ signal }) => fetchResource(path, resource, { signal }) as Promise<ListData<R>>,
  })
}
