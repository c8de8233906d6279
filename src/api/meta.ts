import { queryOptions } from '@tanstack/react-query'
import { metaResource } from '@/contract/endpoints'
import { fetchResource } from '@/lib/api-client'

export const metaKeys = { all: ['meta'] as const }

export const metaQuery = () =>
  queryOptions({
    queryKey: metaKeys.all,
    queryFn: ({ signal }) => fetchResource(metaResource.path, 'meta', { signal }),
  })
