/**
 * The data's worker at work (data-worker.ts runs it; tests run it in-process): it fetches API files,
 * reads them under the size cap, fingerprints and parses them, and posts what it parsed to the page.
 *
 * Why a worker: in Chromium, receiving a response's body costs the thread that fetched it. At 10,000
 * issues (35 MB of JSON in 138 files) that was 40 to 100 ms per 800 kB page on the main thread in
 * Lighthouse's traces here, with or without the parse: a few seconds of blocking time. Fetched, read
 * and parsed here, what reaches the page is the items, in small messages it takes a millisecond or two each.
 */
import { canHash } from '@/contract/api-digest'
import { sha256Hex } from '@/contract/sha256-hex'
import { ApiError } from './api-error'
import type { FromWorker, ToWorker } from './body-transport'
import { bodyNotJson, bodyTooLarge, fetchBody, joinBytes } from './read-body'

/** Items per message: a page of a list (500 issues) posted whole took one long task to take in. */
export const ITEMS_PER_MESSAGE = 100

/** At most one "heard" per request this often: the page's time limits are seconds, not milliseconds. */
const HEARD_EVERY_MS = 250

interface Read {
  body: unknown
  digest: string | null
  bytes: number
}

/** One file being read: started by a prefetch or a request, taken by at most one request. */
interface Reading {
  /** The cap it reads under: a request with a higher one reads afresh. */
  limit: number
  controller: AbortController
  /** It ended in a failure: a request reads afresh rather than take it (a file may be back by then). */
  failed: boolean
  heard: boolean
  /** The request that took it, told when the server is heard from. */
  listener: (() => void) | null
  result: Promise<Read>
}

function startReading(url: string, limit: number): Reading {
  const controller = new AbortController()
  const { signal } = controller
  const reading: Reading = { limit, controller, failed: false, heard: false, listener: null, result: Promise.resolve(null as never) }
  const heard = () => {
    reading.heard = true
    reading.listener?.()
  }
  reading.result = (async () => {
    const bytes = joinBytes(await fetchBody(url, { limit, signal, heard }))
    const digest = canHash() ? await sha256Hex(bytes).catch(() => null) : null
    // Cancelled while it was fingerprinted: not parsed for no one.
    signal.throwIfAborted()
    try {
      return { body: JSON.parse(new TextDecoder().decode(bytes)) as unknown, digest, bytes: bytes.byteLength }
    } catch {
      throw bodyNotJson(url)
    }
  })()
  // Handled where taken; one never taken must not report an unhandled rejection.
  reading.result.catch(() => {
    reading.failed = true
  })
  return reading
}

/** Handles the page's messages (body-transport.ts's ToWorker), answering through `post`. */
export function serveBodies(post: (message: FromWorker) => void): (message: ToWorker) => void {
  /** Started ahead of any request, each waiting for the first request for its URL (the page's own files, which it asks for as it loads). */
  const prefetched = new Map<string, Reading>()
  const taken = new Map<number, Reading>()

  async function answer(id: number, url: string, limit: number) {
    const ahead = prefetched.get(url)
    prefetched.delete(url)
    const useAhead = ahead !== undefined && !ahead.failed && ahead.limit >= limit
    if (ahead && !useAhead) ahead.controller.abort()
    const reading = useAhead ? ahead : startReading(url, limit)
    taken.set(id, reading)
    let lastHeard = Number.NEGATIVE_INFINITY
    reading.listener = () => {
      const now = performance.now()
      if (now - lastHeard < HEARD_EVERY_MS) return
      lastHeard = now
      post({ id, heard: true })
    }
    if (reading.heard) reading.listener()
    try {
      const { body, digest, bytes } = await reading.result
      // Prefetched under the default cap: a request may set a lower one.
      if (bytes > limit) throw bodyTooLarge(url, limit)
      if (!taken.has(id)) return
      if (!Array.isArray(body)) return post({ id, done: true, body, digest })
      for (let at = 0; at < body.length; at += ITEMS_PER_MESSAGE) post({ id, items: body.slice(at, at + ITEMS_PER_MESSAGE) })
      post({ id, done: true, digest })
    } catch (cause) {
      if (!taken.has(id)) return
      const error = cause instanceof ApiError ? cause : new ApiError('network', url, 'The data could not be read')
      post({ id, failed: { kind: error.kind, message: error.message, status: error.status } })
    } finally {
      taken.delete(id)
    }
  }

  return (message) => {
    if ('prefetch' in message) {
      for (const url of message.prefetch) if (!prefetched.has(url)) prefetched.set(url, startReading(url, message.limit))
    } else if ('get' in message) {
      void answer(message.get, message.url, message.limit)
    } else {
      taken.get(message.abort)?.controller.abort()
      taken.delete(message.abort)
    }
  }
}
