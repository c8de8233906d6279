import { waitFor } from '@testing-library/react'
import { createHash } from 'node:crypto'
import { delay, http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { server } from '../../mocks/node'
import type { FromWorker, ReadOptions, ToWorker } from './body-transport'
import { MAX_BODY_BYTES } from './body-transport'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
/** As the page sends a URL to the worker: absolute, against the document. */
const absolute = (path: string) => new URL(path, document.baseURI).href

/**
 * A Worker that runs the data worker's code in this process: what the page posts reaches serveBodies,
 * and what serveBodies posts comes back as a 'message' event, copied and a task later, as from a real one.
 */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = []
  /** Everything the page posted to it, in order. */
  readonly received: ToWorker[] = []
  /** Everything it posted to the page, in order. */
  readonly sent: FromWorker[] = []
  private readonly handle: (message: ToWorker) => void

  constructor(
    readonly url: string | URL,
    readonly options?: WorkerOptions,
  ) {
    super()
    FakeWorker.started.push(this)
    this.handle = serveBodies((message) => {
      const copy = structuredClone(message)
      this.sent.push(copy)
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: copy })), 0)
    })
  }

  postMessage(message: ToWorker) {
    const copy = structuredClone(message)
    this.received.push(copy)
    setTimeout(() => this.handle(copy), 0)
  }

  /** How many times the page terminated it. */
  terminated = 0
  terminate() {
    this.terminated++
  }
}

// Each test gets the module afresh: its worker and its waiting requests are module state. The error
// class comes from the same fresh modules, so `instanceof` compares the class the reader throws.
let readInWorker: typeof import('./read-in-worker').readInWorker
let prefetchInWorker: typeof import('./read-in-worker').prefetchInWorker
let readsInWorker: typeof import('./read-in-worker').readsInWorker
let ApiError: typeof import('./api-error').ApiError
let serveBodies: typeof import('./serve-bodies').serveBodies
beforeEach(async () => {
  vi.resetModules()
  ;({ readInWorker, prefetchInWorker, readsInWorker } = await import('./read-in-worker'))
  ;({ ApiError } = await import('./api-error'))
  ;({ serveBodies } = await import('./serve-bodies'))
  FakeWorker.started = []
  vi.stubGlobal('Worker', FakeWorker)
  onTestFinished(() => void vi.unstubAllGlobals())
})

/** The options a caller passes, with a signal of its own and listeners that record. */
function readOptions(limit = MAX_BODY_BYTES) {
  const controller = new AbortController()
  return { controller, signal: controller.signal, limit, heard: vi.fn<ReadOptions['heard']>(), arrived: vi.fn<ReadOptions['arrived']>() }
}

/** As in a built page: not the dev server (which Vitest is), so the page would read through the worker. */
function asBuilt() {
  vi.stubEnv('DEV', false)
  onTestFinished(() => void vi.unstubAllEnvs())
}

const onlyWorker = () => {
  expect(FakeWorker.started).toHaveLength(1)
  return FakeWorker.started[0]!
}

describe('reading a body in the data worker', () => {
  it('gives back a list, sent in pieces of a hundred items, whole and in order, with the fingerprint of its bytes', async () => {
    const list = Array.from({ length: 230 }, (_, i) => ({ id: i, name: `Venue ${i}` }))
    const text = JSON.stringify(list)
    server.use(http.get('*/probe/reader/list.json', () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })))
    const read = readOptions()
    await expect(readInWorker('/probe/reader/list.json', read)).resolves.toEqual({ body: list, digest: sha256(text) })
    const worker = onlyWorker()
    expect(worker.sent.filter((message) => 'items' in message).map((message) => ('items' in message ? message.items.length : 0))).toEqual([100, 100, 30])
    // A module worker, as the build makes it, running the data worker's code.
    expect(worker.options).toMatchObject({ type: 'module' })
    expect(String(worker.url)).toMatch(/data-worker/)
  })

  it('gives back an object whole, with its fingerprint', async () => {
    const meta = { apiVersion: 2, counts: { issues: 3 } }
    server.use(http.get('*/probe/reader/meta.json', () => HttpResponse.json(meta)))
    await expect(readInWorker('/probe/reader/meta.json', readOptions())).resolves.toEqual({ body: meta, digest: sha256(JSON.stringify(meta)) })
  })

  it('gives back an empty list as an empty list', async () => {
    server.use(http.get('*/probe/reader/empty.json', () => HttpResponse.json([])))
    await expect(readInWorker('/probe/reader/empty.json', readOptions())).resolves.toEqual({ body: [], digest: sha256('[]') })
  })

  it('asks the worker for the URL made absolute against the page, with the limit', async () => {
    let requested = ''
    server.use(http.get('*/probe/reader/where.json', ({ request }) => ((requested = request.url), HttpResponse.json({ ok: 1 }))))
    await readInWorker('probe/reader/where.json', readOptions(5000))
    expect(onlyWorker().received).toEqual([{ get: 1, url: absolute('probe/reader/where.json'), limit: 5000 }])
    expect(requested).toBe(absolute('probe/reader/where.json'))
  })

  it('tells the caller when the server is heard from and when the body has arrived, before it resolves', async () => {
    server.use(http.get('*/probe/reader/told.json', () => HttpResponse.json([1, 2, 3])))
    const read = readOptions()
    const result = readInWorker('/probe/reader/told.json', read)
    await result
    expect(read.heard).toHaveBeenCalledTimes(1)
    expect(read.arrived).toHaveBeenCalled()
    expect(read.heard.mock.invocationCallOrder[0]).toBeLessThan(read.arrived.mock.invocationCallOrder[0]!)
  })

  it('runs several requests through one worker, each getting its own body', async () => {
    server.use(http.get('*/probe/reader/:name', ({ params }) => HttpResponse.json({ name: params.name })))
    const names = ['a.json', 'b.json', 'c.json']
    const bodies = await Promise.all(names.map((name) => readInWorker(`/probe/reader/${name}`, readOptions())))
    expect(bodies.map((read) => read.body)).toEqual(names.map((name) => ({ name })))
    expect(onlyWorker().received.map((message) => ('get' in message ? message.get : null))).toEqual([1, 2, 3])
  })
})

describe('a request read in the data worker fails', () => {
  it('with an http ApiError and its status for a missing file', async () => {
    server.use(http.get('*/probe/reader/missing.json', () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })))
    const failure = readInWorker('/probe/reader/missing.json', readOptions())
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ kind: 'http', status: 404, message: 'The server answered 404 Not Found', url: '/probe/reader/missing.json' })
  })

  it('with an invalid-data ApiError for a body that is not JSON', async () => {
    server.use(http.get('*/probe/reader/html.json', () => HttpResponse.text('<html>')))
    await expect(readInWorker('/probe/reader/html.json', readOptions())).rejects.toMatchObject({ name: 'ApiError', kind: 'invalid-data', status: null })
  })

  it('with a too-large ApiError for a body past its limit', async () => {
    server.use(http.get('*/probe/reader/big.json', () => HttpResponse.json(Array.from({ length: 500 }, (_, i) => i))))
    await expect(readInWorker('/probe/reader/big.json', readOptions(1024))).rejects.toMatchObject({ kind: 'too-large', message: expect.stringMatching(/more than 1 kB/) })
  })
})

describe('cancelling a request read in the data worker', () => {
  it('ends it with the reason of the cancel, and tells the worker to stop it', async () => {
    let requests = 0
    server.use(http.get('*/probe/reader/slow.json', async () => (requests++, await delay('infinite'), HttpResponse.json([]))))
    const read = readOptions()
    const result = readInWorker('/probe/reader/slow.json', read)
    await waitFor(() => expect(requests).toBe(1))
    const reason = new DOMException('The page moved on', 'AbortError')
    read.controller.abort(reason)
    await expect(result).rejects.toBe(reason)
    const worker = onlyWorker()
    expect(worker.received).toEqual([{ get: 1, url: absolute('/probe/reader/slow.json'), limit: MAX_BODY_BYTES }, { abort: 1 }])
    expect(read.arrived).not.toHaveBeenCalled()
  })

  it('sends nothing, nor starts a worker, for a request cancelled before it starts', async () => {
    const read = readOptions()
    read.controller.abort('gone already')
    await expect(readInWorker('/probe/reader/never.json', read)).rejects.toBe('gone already')
    expect(FakeWorker.started).toEqual([])
  })

  it('does not tell the worker to stop a request it has already answered', async () => {
    server.use(http.get('*/probe/reader/done.json', () => HttpResponse.json({ done: true })))
    const read = readOptions()
    await readInWorker('/probe/reader/done.json', read)
    read.controller.abort()
    expect(onlyWorker().received).toEqual([{ get: 1, url: absolute('/probe/reader/done.json'), limit: MAX_BODY_BYTES }])
  })
})

describe('a data worker that fails', () => {
  it('fails every waiting request as a network error, and the next request starts a new worker that answers it', async () => {
    let requests = 0
    server.use(
      http.get('*/probe/reader/stuck/:name', async () => (requests++, await delay('infinite'), HttpResponse.json([]))),
      http.get('*/probe/reader/after.json', () => HttpResponse.json({ after: true })),
    )
    const first = readInWorker('/probe/reader/stuck/a.json', readOptions())
    const second = readInWorker('/probe/reader/stuck/b.json', readOptions())
    await waitFor(() => expect(requests).toBe(2))
    // As when its code fails to load (a deploy removed the chunk) or it crashes.
    const failed = new ErrorEvent('error', { message: 'Failed to fetch a worker script', cancelable: true })
    onlyWorker().dispatchEvent(failed)
    for (const request of [first, second]) {
      await expect(request).rejects.toBeInstanceOf(ApiError)
      await expect(request).rejects.toMatchObject({ kind: 'network', status: null, message: expect.stringMatching(/code that reads the data could not be loaded/) })
    }
    // Handled: the browser does not report it as uncaught as well.
    expect(failed.defaultPrevented).toBe(true)
    const later = readOptions()
    await expect(readInWorker('/probe/reader/after.json', later)).resolves.toEqual({ body: { after: true }, digest: sha256('{"after":true}') })
    expect(FakeWorker.started).toHaveLength(2)
    expect(FakeWorker.started[1]!.received).toEqual([{ get: 3, url: absolute('/probe/reader/after.json'), limit: MAX_BODY_BYTES }])
    expect(later.heard).toHaveBeenCalled()
  })

  it('is terminated, and the page reads for itself from then on', async () => {
    asBuilt()
    let requests = 0
    server.use(http.get('*/probe/reader/hung.json', async () => (requests++, await delay('infinite'), HttpResponse.json([]))))
    expect(readsInWorker()).toBe(true)
    const waiting = readInWorker('/probe/reader/hung.json', readOptions())
    await waitFor(() => expect(requests).toBe(1))
    const worker = onlyWorker()
    expect(worker.terminated).toBe(0)
    worker.dispatchEvent(new Event('error', { cancelable: true }))
    await expect(waiting).rejects.toMatchObject({ kind: 'network' })
    // Not left fetching for no one, nor tried again: its code may be gone, or forbidden.
    expect(worker.terminated).toBe(1)
    expect(readsInWorker()).toBe(false)
  })

  it('starts a new worker for the next request after an error that found no request waiting', async () => {
    server.use(http.get('*/probe/reader/fine.json', () => HttpResponse.json({ fine: true })))
    await readInWorker('/probe/reader/fine.json', readOptions())
    onlyWorker().dispatchEvent(new Event('error', { cancelable: true }))
    // The old worker has no request waiting: the error fails nothing, and the next request goes to a new one.
    await expect(readInWorker('/probe/reader/fine.json', readOptions())).resolves.toEqual({ body: { fine: true }, digest: sha256('{"fine":true}') })
    expect(FakeWorker.started).toHaveLength(2)
    expect(FakeWorker.started[0]!.received).toHaveLength(1)
  })
})

/** A browser without module workers, or a policy that forbids them: the constructor throws. Gives its calls. */
function forbidWorkers() {
  const attempts = vi.fn<() => never>(function Worker() {
    throw new DOMException('Workers are not allowed here', 'SecurityError')
  })
  vi.stubGlobal('Worker', attempts)
  return attempts
}

describe('a data worker that cannot start', () => {
  it('lets a prefetch pass without throwing (the app still boots), and the page reads for itself from then on', () => {
    asBuilt()
    const attempts = forbidWorkers()
    expect(readsInWorker()).toBe(true)
    expect(() => prefetchInWorker(['/probe/reader/ahead.json'], MAX_BODY_BYTES)).not.toThrow()
    expect(attempts).toHaveBeenCalledTimes(1)
    expect(readsInWorker()).toBe(false)
  })

  it('fails a request as a network error, leaves nothing waiting on its signal, and the page reads for itself from then on', async () => {
    asBuilt()
    const attempts = forbidWorkers()
    const read = readOptions()
    const failure = readInWorker('/probe/reader/never.json', read)
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ kind: 'network', status: null, message: 'The code that reads the data could not be loaded', url: '/probe/reader/never.json' })
    expect(readsInWorker()).toBe(false)
    // Its cancel, later, finds nothing to tell a worker: no second attempt to start one, nothing thrown.
    read.controller.abort()
    await delay(10)
    expect(attempts).toHaveBeenCalledTimes(1)
    expect(read.arrived).not.toHaveBeenCalled()
  })
})

describe('reading ahead in the data worker', () => {
  it('fetches a prefetched file once: the request for it takes the file already read', async () => {
    let requests = 0
    const list = [{ id: 1 }, { id: 2 }]
    server.use(http.get('*/probe/reader/ahead.json', () => (requests++, HttpResponse.json(list))))
    prefetchInWorker(['/probe/reader/ahead.json'], MAX_BODY_BYTES)
    await waitFor(() => expect(requests).toBe(1))
    const read = readOptions()
    await expect(readInWorker('/probe/reader/ahead.json', read)).resolves.toEqual({ body: list, digest: sha256(JSON.stringify(list)) })
    expect(requests).toBe(1)
    // Heard from already, the file is still reported as heard, so the caller's time limits know.
    expect(read.heard).toHaveBeenCalled()
    expect(onlyWorker().received).toEqual([
      { prefetch: [absolute('/probe/reader/ahead.json')], limit: MAX_BODY_BYTES },
      { get: 1, url: absolute('/probe/reader/ahead.json'), limit: MAX_BODY_BYTES },
    ])
  })

  it('prefetches nothing, nor starts a worker, for no files', () => {
    prefetchInWorker([], MAX_BODY_BYTES)
    expect(FakeWorker.started).toEqual([])
  })
})
