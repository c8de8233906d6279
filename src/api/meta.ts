import { queryOptions } from '@tanstack/react-query'
import { metaResource } from '@/contract/endpoints'
import { fetchResource } from '@/lib/api-client'

export const metaKeys = { all: ['meta'] as const }

/** meta.json as the server has it now. */
export const fetchMeta = (signal?: AbortSignal) => fetchResource(metaResource.path, 'meta', { signal })

export const metaQuery = () =>
  queryOptions({
    queryKey: metaKeys.all,
    // Kept while the page lives, though nothing observes it: a list read later (a retry, another page) must
    // be counted by the meta.json the page read first, so an API replaced since shows (list-query.ts).
    gcTime: Infinity,
    queryFn: ({ signal }) => fetchMeta(signal),
  })
