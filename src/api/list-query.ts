import { queryOptions } from '@tanstack/react-query'
import type { ResourceData } from '@/contract/resource-schemas'
import { listPagePaths, type ListResource } from '@/contract/endpoints'
import { fetchResource } from '@/lib/api-client'
import { metaQuery } from './meta'

export type ListData<R extends ListResource> = ResourceData<R>

/** Keys run general → specific so `['venues']` invalidates or watches the whole family. */
export function listKeys<R extends ListResource>(resource: R) {
  const all = [resource] as const
  return { all, list: () => [...all, 'list'] as const }
}

/**
 * Query options for one list resource of the static API: meta.json's count says how many pages
 * it is served in (endpoints.ts), and they are requested together and joined in order. Each page
 * is read, and checked or matched to the build's fingerprint, on its own.
 */
export function listQueryOptions<R extends ListResource>(resource: R) {
  return queryOptions({
    queryKey: listKeys(resource).list(),
    queryFn: async ({ signal, client }): Promise<ListData<R>> => {
      const meta = await client.ensureQueryData(metaQuery())
      const pages = await Promise.all(listPagePaths(resource, meta.counts[resource]).map((path) => fetchResource(path, resource, { signal })))
      return (pages.length === 1 ? pages[0] : pages.flat()) as ListData<R>
    },
  })
}
