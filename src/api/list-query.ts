import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { ResourceData } from '@/contract/resource-schemas'
import type { Meta } from '@/contract/schemas'
import { LIST_PAGE_ITEMS, listPagePath, listPagePaths, type ListResource } from '@/contract/endpoints'
import { ApiError, fetchResource } from '@/lib/api-client'
import { fetchMeta, metaQuery } from './meta'

const gone = (error: unknown) => error instanceof ApiError && error.status === 404

export type ListData<R extends ListResource> = ResourceData<R>

/** Keys run general → specific so `['venues']` invalidates or watches the whole family. */
export function listKeys<R extends ListResource>(resource: R) {
  const all = [resource] as const
  return { all, list: () => [...all, 'list'] as const }
}

/**
 * Query options for one list resource of the static API, served in pages (endpoints.ts). The first
 * page and meta.json are requested together; a first page that is not full is the whole list, whatever
 * meta.json does. Otherwise meta.json's count says how many pages follow: they are requested together
 * as soon as it arrives, and joined in order. Each page is read, and checked or matched to the build's
 * fingerprint, on its own.
 */
export function listQueryOptions<R extends ListResource>(resource: R) {
  return queryOptions({
    queryKey: listKeys(resource).list(),
    queryFn: ({ signal, client }) => fetchList(resource, client, signal),
  })
}

async function fetchList<R extends ListResource>(resource: R, client: QueryClient, signal: AbortSignal): Promise<ListData<R>> {
  // A failed page stops its siblings: the list has failed, and they would only take time from the others.
  // Every page it stops reports that page's error, the reason the list failed, not the abort (nor an error
  // of its own caught in the same moment, which may be the abort's doing). But a later page that is gone
  // (404) may only mean the list shrank under an older meta.json: then the first page goes on, since one
  // that is not full is the whole list.
  const stop = new AbortController()
  const stopFirst = new AbortController()
  let failure: { error: unknown } | undefined
  const page = (path: string, stopped: AbortSignal) =>
    fetchResource(path, resource, { signal: AbortSignal.any([signal, stopped]) }).catch((error: unknown) => {
      failure ??= { error }
      stop.abort()
      // By the first failure: a sibling page it stopped fails with the abort, which must not stop the first page too.
      if (!gone(failure.error)) stopFirst.abort()
      // A page the failure did not stop (the first, after a later page was gone) fails for its own reason.
      throw stopped.aborted ? failure.error : error
    })
  // Not retried here: the list's own retries ask for meta.json again, where retrying both would multiply them.
  const meta = client.fetchQuery({ ...metaQuery(), retry: false })
  const first = page(listPagePath(resource, 1), stopFirst.signal)
  const rest = meta.then(({ counts }) => Promise.all(listPagePaths(resource, counts[resource]).slice(1).map((path) => page(path, stop.signal))))
  // Each is handled where awaited, or not needed: a failure must not go unhandled meanwhile.
  rest.catch(() => {})
  // Out of step with meta.json: checked against the one this list was read with.
  const outOfStep = async (error: unknown): Promise<never> => failOutOfStep(error, resource, await meta.catch(() => undefined), signal)
  // A page gone may be the API replaced under the page; any other failure is the list's as it is.
  const failPage = (error: unknown): Promise<never> => (gone(error) ? outOfStep(error) : Promise.reject(error))
  const firstItems = await first.catch(failPage)
  if (firstItems.length < LIST_PAGE_ITEMS) {
    // The whole list: any page meta.json made us ask for (an API changed under the page) is not needed.
    stop.abort()
    return firstItems as ListData<R>
  }
  const [{ counts }, restItems] = await Promise.all([meta, rest.catch(failPage)])
  const items = [firstItems, ...restItems].flat()
  if (items.length !== counts[resource]) {
    await outOfStep(new ApiError('invalid-data', listPagePath(resource, 1), `The ${resource} list's pages hold ${items.length} items, but meta.json counts ${counts[resource]}`))
  }
  return items as ListData<R>
}

/**
 * Fails a list out of step with the meta.json the page read (a later page gone, or pages that do not
 * add up to its count). When meta.json has changed since, the API was replaced under the page (a
 * deploy): no retry can fix that, since the other lists are the old API's, and the error says to reload.
 * Otherwise with `error`: the files themselves disagree. A list of the new API that still fits the old
 * count (the same length, or one page) is not caught: only a check of every read against meta.json
 * would catch that, at a request more per list.
 */
async function failOutOfStep(error: unknown, resource: ListResource, read: Meta | undefined, signal: AbortSignal): Promise<never> {
  // meta.json itself failed: there is nothing to compare with.
  if (!read) throw error
  const now = await fetchMeta(signal).catch(() => read)
  throw now.datasetVersion !== read.datasetVersion
    ? new ApiError('changed', listPagePath(resource, 1), `The ${resource} list changed on the server after this page read meta.json`)
    : error
}
