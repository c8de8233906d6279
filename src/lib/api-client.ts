/**
 * The one way the app reads the API: fetch, a timeout, a size cap, and validation against
 * the contract. Every failure becomes an ApiError with a kind the UI can explain.
 */
import { canHash, sha256Hex } from '@/contract/api-digest'
import type { ResourceData, ResourceName } from '@/contract/resource-schemas'
import { inSlice } from '@/contract/time-slices'
import { appEnv } from './env'
import { checkedApiDigest } from './prerender-contract'

/** `changed`: the API was replaced (a deploy) since the page read meta.json, so its lists no longer fit together (list-query.ts). */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'too-large' | 'invalid-data' | 'changed'

/** An error no retry mends, only a reload: the API was replaced under the page (kind `changed`). */
export const asksForReload = (error: unknown): boolean => error instanceof ApiError && error.kind === 'changed'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message)
  }

  /**
   * Worth trying again by itself: a network error or a server error may pass. A timeout is
   * not: a silent or trickling server already had its limits, and three more tries would keep a
   * person waiting minutes. Nor are a 4xx, a body too large or bad data: they do not change on retry.
   */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500)
  }
}

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
  /**
   * The largest body accepted. The five-cable API's largest file (positions) is about 170 kB, and lists
   * come in pages (the benchmark's 10,000-issue API's largest file is a page of about 800 kB); anything
   * past this is a broken or hostile server, and reading it would freeze the tab.
   */
  maxBodyBytes: 32 * 1024 * 1024,
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
  const checkedDigest = digestCheckedByBuild(url, resource)
  // Without a fingerprint the body will be checked, so the validators load alongside the request.
  const contract = checkedDigest ? undefined : loadContract(url)
  // Handled where awaited; a request that fails first must not leave it unhandled.
  contract?.catch(() => {})
  const silence = watchSilence(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, silence.signal]) : silence.signal

  // One catch for the request and its body: which failed is whether the headers came.
  let response: Response | undefined
  let bytes: Uint8Array[]
  try {
    // Started in the shared slices: starting a request costs the main thread a millisecond or so, and the
    // 10,000-issue dashboard starts about a hundred when meta.json and the cables' list arrive.
    // Ahead of the work on bodies already queued, so the network is not left idle behind it.
    response = await inSlice(() => fetch(url, { signal: combined, headers: { Accept: 'application/json' } }), { signal: combined, first: true })
    silence.heard()
    if (!response.ok) {
      void response.body?.cancel().catch(() => {})
      throw new ApiError('http', url, `The server answered ${response.status} ${response.statusText}`.trim(), response.status)
    }
    bytes = await readBody(response, url, { limit: maxBodyBytes, signal: combined, heard: silence.heard })
  } catch (cause) {
    if (cause instanceof ApiError) throw cause
    // Cancelled (by TanStack Query, or by a failed sibling page): the abort, whatever error it set off,
    // a time limit reached while the request waited for its turn to start included.
    if (signal?.aborted) throw signal.reason
    // One message for both limits (apiClientSettings.timeoutMs): a second would cost the first load bytes it has not got.
    if (silence.signal.aborted) throw new ApiError('timeout', url, 'The server stopped sending, or sent too slowly')
    throw new ApiError('network', url, response ? 'The connection broke while the data was arriving' : 'The server could not be reached')
  } finally {
    silence.stop()
  }
  // The hash is computed while the text is decoded; decoding, parsing and checking share one budget
  // of time slices with every other body (src/contract/time-slices.ts).
  const digest = checkedDigest ? sha256Hex(joinBytes(bytes)).catch(() => null) : null
  // A cancelled request (its query cancelled: no observer left, or a refetch replaced it; or a sibling page
  // of its list failed, list-query.ts) stops at the next piece, rather than decoding, parsing and checking
  // a body no one will read.
  const text = await decodeInSlices(bytes, signal)
  let body: unknown
  try {
    // One piece of the shared slices to itself, with joining the text: files that arrive together are
    // not all parsed in one task, and a large one (a list's page is up to about 800 kB, endpoints.ts)
    // not at the end of a slice already spent. A small one costs only a task more.
    body = await inSlice(() => JSON.parse(text.join('')) as unknown, { alone: true, signal })
  } catch {
    if (signal?.aborted) throw signal.reason
    throw new ApiError('invalid-data', url, 'The server sent something that is not JSON')
  }
  // The very bytes the build checked against the contract: checking them again would find the same.
  if (checkedDigest && (await digest) === checkedDigest) return body as ResourceData<R>
  const { parseResourceInSlices } = await (contract ?? loadContract(url))
  const checked = await parseResourceInSlices(resource, body, signal)
  if (!checked.success) {
    const where = checked.path.length ? ` at ${checked.path.map(String).join('.')}` : ''
    throw new ApiError('invalid-data', url, `The data does not match the expected shape${where}: ${checked.message}`)
  }
  return checked.data
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

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`)

/**
 * The body's bytes, read chunk by chunk so that reading stops (and the download is
 * cancelled) as soon as it passes `limit` bytes. A Content-Length past the limit fails
 * before anything is read; it is only a lower bound (a compressed body grows), so the
 * count of bytes actually read decides. Read without pauses, so the request's time limits
 * cover only the network; `heard` is told of each piece. An abort of `signal` stops the reading
 * itself: not every fetch (MSW's, for one) ends a body that is already arriving.
 */
export async function readBody(response: Response, url: string, { limit, signal, heard }: { limit: number; signal: AbortSignal; heard: () => void }): Promise<Uint8Array[]> {
  const tooLarge = () => new ApiError('too-large', url, `The server sent more than ${formatBytes(limit)}, far more than this data can be`)
  const declared = Number(response.headers.get('Content-Length'))
  if (Number.isFinite(declared) && declared > limit) {
    void response.body?.cancel().catch(() => {})
    throw tooLarge()
  }
  if (!response.body) return []
  // Aborted already (a listener added now would never hear it): stop before reading.
  signal.throwIfAborted()
  const reader = response.body.getReader()
  const stop = () => void reader.cancel().catch(() => {})
  // Not removed at the end: an abort after a finished read cancels nothing (and saves the page bytes).
  signal.addEventListener('abort', stop)
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    // A cancelled read ends as if the body were done: the abort decides.
    signal.throwIfAborted()
    if (done) return chunks
    heard()
    received += value.byteLength
    if (received > limit) {
      stop()
      throw tooLarge()
    }
    chunks.push(value)
  }
}

/** Bytes decoded in one piece: pieces of 256 kB took up to 19 ms on this project's busy machines, a long task at a phone's speed. */
const DECODE_PIECE_BYTES = 64 * 1024


/** The chunks as one buffer (a body read in one chunk, as a preloaded one often is, is not copied). */
function joinBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1 && chunks[0]!.buffer instanceof ArrayBuffer) return chunks[0] as Uint8Array<ArrayBuffer>
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    joined.set(chunk, at)
    at += chunk.byteLength
  }
  return joined
}

/**
 * The bytes as text, in pieces decoded one at a time in the shared slices: a preloaded body may come
 * as one chunk of many megabytes (a 17 MB file, before lists came in pages, was decoded in one task of
 * half a second on a phone-speed CPU). The caller joins them in its own piece of work. Stops, with the
 * abort's reason, at the first piece after `signal` aborts.
 */
export async function decodeInSlices(chunks: readonly Uint8Array[], signal?: AbortSignal): Promise<string[]> {
  const decoder = new TextDecoder()
  const parts: string[] = []
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.byteLength; at += DECODE_PIECE_BYTES) {
      parts.push(await inSlice(() => decoder.decode(chunk.subarray(at, at + DECODE_PIECE_BYTES), { stream: true }), { signal }))
    }
  }
  parts.push(decoder.decode())
  return parts
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
