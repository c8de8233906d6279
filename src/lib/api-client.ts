/**
 * The one way the app reads the API: fetch, a timeout, a size cap, and validation against
 * the contract. Every failure becomes an ApiError with a kind the UI can explain.
 */
import { canHash } from '@/contract/api-digest'
import { inSlice } from '@/contract/time-slices'
import type { ResourceData, ResourceName } from '@/contract/resource-schemas'
import { appEnv } from './env'
import { ApiError } from './api-error'
import { MAX_BODY_BYTES, type ReadBodyAt } from './body-transport'
import { checkedApiDigest } from './prerender-contract'
import { couldNotStart, readInWorker, readsInWorker } from './read-in-worker'

/**
 * The page's own reader, for where there is no data worker (body-transport.ts): a browser whose worker
 * started never loads it. Loaded before a request's turn to start, so the fetch starts within that turn.
 */
const pageReader = (): Promise<ReadBodyAt> => import('./read-in-page').then((reader) => reader.readInPage)

export { ApiError, type ApiErrorKind } from './api-error'

/** An error no retry mends, only a reload: the API was replaced under the page (kind `changed`). */
export const asksForReload = (error: unknown): boolean => error instanceof ApiError && error.kind === 'changed'

/** Limits of every request, in one place. Tests shorten the timeout; the app keeps the defaults. */
export const apiClientSettings = {
  /**
   * How long the server may stay silent before the page says it is not answering (watchSilence): until a
   * request's headers arrive, silent to every request, since it may be queued for a connection (at
   * 10,000 issues the lists' 138 pages queue for the browser's six, and on a slow link the last wait far
   * longer than this while the others arrive); after them, silent on its own body. No body takes more
   * than LONGEST_REQUEST_FACTOR times this from its headers, so a server that trickles cannot hold the page.
   */
  timeoutMs: 15_000,
  /** The largest body accepted (MAX_BODY_BYTES says why). */
  maxBodyBytes: MAX_BODY_BYTES,
}

interface FetchOptions {
  signal?: AbortSignal
  timeoutMs?: number
  maxBodyBytes?: number
}

let contractModule: Promise<typeof import('@/contract/parse-resource')> | undefined
/**
 * The validators, loaded once, on the first request that needs them, while it is in flight. A failed
 * load is forgotten, so a retry loads them again; it fails as a network error, which is retried.
 */
function loadContract(url: string): Promise<typeof import('@/contract/parse-resource')> {
  contractModule ??= import('@/contract/parse-resource').catch(() => {
    contractModule = undefined
    throw new ApiError('network', url, 'The code that checks the data could not be loaded (reload the page if this persists)')
  })
  return contractModule
}

/**
 * The fingerprint the build gave this file as `resource`, when the page lists one and this browser can
 * compute it (crypto.subtle exists only in secure contexts): bytes that match it were checked by the build.
 */
function digestCheckedByBuild(url: string, resource: ResourceName): string | undefined {
  if (typeof location === 'undefined' || !canHash()) return undefined
  let parsed: URL
  try {
    parsed = new URL(url, location.href)
  } catch {
    return undefined
  }
  return parsed.origin === location.origin ? checkedApiDigest(parsed.pathname, resource) : undefined
}

export function fetchResource<R extends ResourceName>(path: string, resource: R, options: FetchOptions = {}): Promise<ResourceData<R>> {
  return fetchResourceAt(`${appEnv().apiBaseUrl}${path}`, resource, options)
}

/** fetchResource for a full URL (scripts and benchmarks call it outside the browser). */
export async function fetchResourceAt<R extends ResourceName>(
  url: string,
  resource: R,
  { signal, timeoutMs = apiClientSettings.timeoutMs, maxBodyBytes = apiClientSettings.maxBodyBytes }: FetchOptions = {},
): Promise<ResourceData<R>> {
  const read = readsInWorker() ? readInWorker : await pageReader().catch(() => Promise.reject(couldNotStart(url)))
  // Started in the shared time slices (src/contract/time-slices.ts), ahead of the work on bodies already
  // queued, so the network is not left idle behind it. A start costs the main thread a little (a time
  // limit, a fingerprint looked up, a message to the worker or a fetch), and the 10,000-issue dashboard
  // starts about 130 once meta.json arrives: together, in one task, they held the main thread for about 90 ms.
  // The time limits start with the request, not while it waits its turn (the page's own work, not the server's).
  const { checkedDigest, contract, silence, reading } = await inSlice(
    () => {
      // The worker failed while this waited: a network error, which the query layer retries on the page
      // (as for the requests the worker held), rather than a second worker started.
      if (read === readInWorker && !readsInWorker()) throw couldNotStart(url)
      return startRequest(url, resource, read, { signal, timeoutMs, maxBodyBytes })
    },
    { first: true, signal },
  )
  let body: unknown
  let digest: string | null
  try {
    ;({ body, digest } = await reading)
  } catch (cause) {
    // Cancelled (by TanStack Query, or by a failed sibling page): the abort, whatever error it set off.
    if (signal?.aborted) throw signal.reason
    // One message for both limits (apiClientSettings.timeoutMs): a second would cost the first load bytes it has not got.
    if (silence.signal.aborted) throw new ApiError('timeout', url, 'The server stopped sending, or sent too slowly')
    // The readers end with ApiErrors; anything else is retried like the network.
    throw cause instanceof ApiError ? cause : new ApiError('network', url, 'The data could not be read')
  } finally {
    silence.stop()
  }
  // The very bytes the build checked against the contract: checking them again would find the same.
  if (checkedDigest && digest === checkedDigest) return body as ResourceData<R>
  const { parseResourceInSlices } = await (contract ?? loadContract(url))
  const checked = await parseResourceInSlices(resource, body, signal)
  if (!checked.success) {
    const where = checked.path.length ? ` at ${checked.path.map(String).join('.')}` : ''
    throw new ApiError('invalid-data', url, `The data does not match the expected shape${where}: ${checked.message}`)
  }
  return checked.data
}

/** Starts reading `url` with `read`, under the request's time limits (watchSilence). */
function startRequest(url: string, resource: ResourceName, read: ReadBodyAt, { signal, timeoutMs, maxBodyBytes }: FetchOptions & { timeoutMs: number; maxBodyBytes: number }) {
  const checkedDigest = digestCheckedByBuild(url, resource)
  // Without a fingerprint the body will be checked, so the validators load alongside the request.
  const contract = checkedDigest ? undefined : loadContract(url)
  // Handled where awaited; a request that fails first must not leave it unhandled.
  contract?.catch(() => {})
  const silence = watchSilence(timeoutMs)
  const options = { signal: signal ? AbortSignal.any([signal, silence.signal]) : silence.signal, limit: maxBodyBytes, heard: silence.heard, arrived: silence.stop }
  return { checkedDigest, contract, silence, reading: read(url, options, checkedDigest !== undefined) }
}

/** When any request last heard from the server: its headers, or a piece of a body. */
let anyHeardAt = Number.NEGATIVE_INFINITY

/** The most a body may take from its headers to its end, in time limits: two minutes at the default limit. */
const LONGEST_REQUEST_FACTOR = 8

/**
 * Watches one request for the silence apiClientSettings.timeoutMs describes: `signal` aborts once the
 * server has been silent for `ms` (to every request before this one's headers; on this one's own body
 * after them) or the body has taken LONGEST_REQUEST_FACTOR times `ms` since the headers (not counting
 * time queued for a connection, which the shared silence covers). `heard` marks headers or a piece of
 * the body, `stop` ends the watch.
 */
function watchSilence(ms: number) {
  const controller = new AbortController()
  const startedAt = performance.now()
  let endsAt = Number.POSITIVE_INFINITY
  let ownHeardAt: number | null = null
  let timer: ReturnType<typeof setTimeout>
  const quietSince = () => ownHeardAt ?? Math.max(startedAt, anyHeardAt)
  const check = () => {
    const now = performance.now()
    if (now - quietSince() >= ms || now >= endsAt) controller.abort()
    else timer = setTimeout(check, Math.min(quietSince() + ms, endsAt) - now)
  }
  timer = setTimeout(check, ms)
  return {
    signal: controller.signal,
    heard: () => {
      if (ownHeardAt === null) endsAt = performance.now() + LONGEST_REQUEST_FACTOR * ms
      ownHeardAt = anyHeardAt = performance.now()
    },
    stop: () => clearTimeout(timer),
  }
}

/** A sentence a person can act on, for any error a query may end with. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return { title: 'Could not reach the server', detail: 'Check the connection, then try again.' }
      case 'timeout':
        return { title: 'The server took too long to answer', detail: `${error.message}. Try again.` }
      case 'http':
        return error.status !== null && error.status >= 500
          ? { title: 'The server had a problem', detail: `${error.message}. Try again in a moment.` }
          : { title: 'The data could not be found', detail: `${error.message}.` }
      case 'too-large':
        return { title: 'The data is far too large', detail: `${error.message}. Reading it would freeze this page, so it was stopped.` }
      case 'invalid-data':
        return { title: 'The data is damaged', detail: `${error.message}.` }
      case 'changed':
        return { title: 'The data on the server has changed since this page opened', detail: 'Reload the page to load it anew, all of a piece.' }
    }
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) }
}
