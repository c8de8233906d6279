/**
 * The page's side of the data's worker (serve-bodies.ts says why there is one): one worker for the
 * page's life, started by the first prefetch or request; each request is a message, and its answer
 * comes back as messages (a list's items a hundred at a time).
 */
import { ApiError } from './api-error'
import type { FromWorker, ReadBody, ReadOptions, ToWorker } from './body-transport'

/** Set once the worker could not start, or failed: from then on the page reads for itself (read-in-page.ts). */
let unavailable = false

/**
 * Where the page reads through the worker: a browser whose worker started, but not the dev server (its
 * mock API, a service worker, answers the page's own requests). Tests, and the prerender in Node, have no Worker.
 */
export const readsInWorker = (): boolean => !unavailable && typeof Worker === 'function' && typeof document !== 'undefined' && !import.meta.env.DEV

const COULD_NOT_START = 'The code that reads the data could not be loaded'

/** A reader that could not start (the worker, or in api-client.ts the page's own): a network error, which the query layer retries. */
export const couldNotStart = (url: string) => new ApiError('network', url, COULD_NOT_START)

type Answer = (message: FromWorker) => void

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, Answer>()

function dataWorker(): Worker {
  if (worker) return worker
  let started: Worker
  try {
    started = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module', name: 'data' })
  } catch (error) {
    // A browser without module workers, or a policy that forbids them.
    unavailable = true
    throw error
  }
  started.addEventListener('message', (event: MessageEvent<FromWorker>) => waiting.get(event.data.id)?.(event.data))
  // Its code failed to load (a policy, a missing file) or it crashed: every request waiting fails as a
  // network error, which the query layer retries, and the retries read on the page.
  started.addEventListener('error', (event) => {
    event.preventDefault()
    started.terminate()
    worker = undefined
    unavailable = true
    for (const answer of waiting.values()) answer({ id: 0, failed: { kind: 'network', message: COULD_NOT_START, status: null } })
  })
  return (worker = started)
}

// A worker's postMessage takes no target origin (the rule is for windows').
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const send = (message: ToWorker) => dataWorker().postMessage(message)

/** As the page would resolve it: the worker resolves against its own script's address, and matches a prefetch by the full URL. */
const absolute = (url: string) => new URL(url, document.baseURI).href

/** Starts reading `urls` in the worker, each kept for the first request for it (as a preload link would be). */
export function prefetchInWorker(urls: readonly string[], limit: number) {
  try {
    if (urls.length > 0) send({ prefetch: urls.map(absolute), limit })
  } catch {
    // No worker: the page's requests read on the page (readsInWorker is false from now on).
  }
}

/** Has the worker fetch, read, fingerprint and parse `url`; errors are ApiErrors, or the abort's reason. */
export function readInWorker(url: string, { signal, limit, heard, arrived }: ReadOptions): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const id = ++lastId
    const items: unknown[] = []
    const end = () => {
      waiting.delete(id)
      signal.removeEventListener('abort', cancel)
    }
    const cancel = () => {
      end()
      send({ abort: id })
      reject(signal.reason)
    }
    waiting.set(id, (message) => {
      if ('heard' in message) return heard()
      arrived()
      if ('items' in message) return void items.push(...message.items)
      end()
      if ('failed' in message) reject(new ApiError(message.failed.kind, url, message.failed.message, message.failed.status))
      else resolve({ body: 'body' in message ? message.body : items, digest: message.digest })
    })
    signal.addEventListener('abort', cancel)
    try {
      send({ get: id, url: absolute(url), limit })
    } catch {
      end()
      reject(couldNotStart(url))
    }
  })
}
