/**
 * Reading a response's body under a size cap: shared by the data's worker (data-worker.ts) and the
 * page's own reader (read-in-page.ts). Free of the page, so the worker's chunk holds only this.
 */
import { ApiError } from './api-error'

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`)

/** A body that is not JSON: the error both readers end with. */
export const bodyNotJson = (url: string) => new ApiError('invalid-data', url, 'The server sent something that is not JSON')

/** A body past the cap of `limit` bytes. */
export const bodyTooLarge = (url: string, limit: number) => new ApiError('too-large', url, `The server sent more than ${formatBytes(limit)}, far more than this data can be`)

/**
 * The body's bytes, read chunk by chunk so that reading stops (and the download is
 * cancelled) as soon as it passes `limit` bytes. A Content-Length past the limit fails
 * before anything is read; it is only a lower bound (a compressed body grows), so the
 * count of bytes actually read decides. Read without pauses, so the request's time limits
 * cover only the network; `heard` is told of each piece. An abort of `signal` stops the reading
 * itself: not every fetch (MSW's, for one) ends a body that is already arriving.
 */
export async function readBody(response: Response, url: string, { limit, signal, heard }: { limit: number; signal: AbortSignal; heard: () => void }): Promise<Uint8Array[]> {
  const tooLarge = () => bodyTooLarge(url, limit)
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

/** The chunks as one buffer (a body read in one chunk, as a preloaded one often is, is not copied). */
export function joinBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
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
 * Fetches `url` and reads its body under the cap: the request both readers make (the worker's,
 * serve-bodies.ts, and the page's, read-in-page.ts). The fetch starts before the first await. Errors
 * are ApiErrors, or the abort's reason.
 */
export async function fetchBody(url: string, { limit, signal, heard }: { limit: number; signal: AbortSignal; heard: () => void }): Promise<Uint8Array[]> {
  let response: Response | undefined
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
    heard()
    if (!response.ok) {
      void response.body?.cancel().catch(() => {})
      throw new ApiError('http', url, `The server answered ${response.status} ${response.statusText}`.trim(), response.status)
    }
    return await readBody(response, url, { limit, signal, heard })
  } catch (cause) {
    if (cause instanceof ApiError || signal.aborted) throw cause
    throw new ApiError('network', url, response ? 'The connection broke while the data was arriving' : 'The server could not be reached')
  }
}
