/**
 * How the API client has a body read: in the data's worker (read-in-worker.ts, data-worker.ts) in the
 * browser, or on the page itself (read-in-page.ts) where there is no worker: tests, the dev server
 * (whose mock API, a service worker, answers the page's own requests) and the build's prerender in Node.
 * Both end with the same results and the same errors, so the client does not know which read.
 */
import type { ApiErrorKind } from './api-error'

/**
 * The largest body accepted. The five-cable API's largest file (positions) is about 170 kB, and lists
 * come in pages (the benchmark's 10,000-issue API's largest file is a page of about 800 kB); anything
 * past this is a broken or hostile server, and reading it would freeze the tab.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

/** A body read, parsed and, where the runtime can, fingerprinted (SHA-256 of its bytes, hex). */
export interface ReadBody {
  body: unknown
  digest: string | null
}

export interface ReadOptions {
  /** Stops the request and the work on its body: the caller's cancel, or the request's time limit. */
  signal: AbortSignal
  /** The largest body accepted, in bytes. */
  limit: number
  /** Told of the response's headers and of the body's pieces, as they arrive (the time limits). */
  heard: () => void
  /** Told once the whole body has arrived (from the worker: once it is parsed too): the time limits end there. */
  arrived: () => void
}

/** A reader: `hash` says whether the caller wants the fingerprint (the worker computes it anyway). */
export type ReadBodyAt = (url: string, options: ReadOptions, hash: boolean) => Promise<ReadBody>

/** The page to the worker: start reading these (as the page's preload links once did), read one, or stop one. */
export type ToWorker = { prefetch: readonly string[]; limit: number } | { get: number; url: string; limit: number } | { abort: number }

/** The worker to the page, for the request `id`: heard from the server, part of a list's items, the end, or a failure. */
export type FromWorker =
  | { id: number; heard: true }
  | { id: number; items: unknown[] }
  | { id: number; done: true; body?: unknown; digest: string | null }
  | { id: number; failed: { kind: ApiErrorKind; message: string; status: number | null } }
