/**
 * The page's side of the data's worker (serve-bodies.ts says why there is one): one worker for the
 * page's life, started by the first prefetch or request; each request is a message, and its answer
 * comes back as messages (a list's items a hundred at a time).
 */
import { ApiError } from './api-error'
import type { FromWorker, ReadBody, ReadOptions, ToWorker } from './body-transport'

/**
 * Where the page reads through the worker: a browser, but not the dev server (its mock API, a service
 * worker, answers the page's own requests). Tests, and the prerender in Node, have no Worker.
 */
export const readsInWorker = (): boolean => typeof Worker === 'function' && !import.meta.env.DEV

type Answer = (message: FromWorker) => void

let worker: Worker | undefined
let lastId = 0
const waiting = new Map<number, Answer>()

function dataWorker(): Worker {
  if (worker) return worker
  const started = new Worker(new URL('./data-worker.ts', import.meta.url), { type: 'module', name: 'data' })
  started.addEventListener('message', (event: MessageEvent<FromWorker>) => waiting.get(event.data.id)?.(event.data))
  // Its code failed to load (or it crashed): every request waiting fails as a network error, which is
  // retried, and the next request starts a new worker.
  started.addEventListener('error', (event) => {
    event.preventDefault()
    started.terminate()
    worker = undefined
    for (const answer of waiting.values()) answer({ id: 0, failed: { kind: 'network', message: 'The code that reads the data could not be loaded (reload the page if this persists)', status: null } })
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
  if (urls.length > 0) send({ prefetch: urls.map(absolute), limit })
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
    send({ get: id, url: absolute(url), limit })
  })
}
