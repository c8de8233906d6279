import { waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { listResources } from '@/contract/endpoints'
import { server } from '../../mocks/node'
import { mockDataset } from '../../mocks/dataset'
import { busy, countPerTask } from '@/testing/main-thread'
import type { FromWorker, ToWorker } from './body-transport'

/**
 * A Worker that runs the data worker's code in this process (read-in-worker.test.ts has a fuller one):
 * messages each way are copied and arrive a task later, as from a real one.
 */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = []
  readonly received: ToWorker[] = []
  private readonly handle: (message: ToWorker) => void

  constructor() {
    super()
    FakeWorker.started.push(this)
    this.handle = serveBodies((message: FromWorker) => {
      const copy = structuredClone(message)
      setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: copy })), 0)
    })
  }

  postMessage(message: ToWorker) {
    const copy = structuredClone(message)
    this.received.push(copy)
    setTimeout(() => this.handle(copy), 0)
  }

  terminate() {}
}

// Fresh modules per test: the worker, whether it failed, and the client's state are module state.
let client: typeof import('./api-client')
let ApiError: typeof import('./api-error').ApiError
let serveBodies: typeof import('./serve-bodies').serveBodies
beforeEach(async () => {
  vi.resetModules()
  // As in a built page, where the client reads through the worker (Vitest is the dev server's environment).
  vi.stubEnv('DEV', false)
  vi.stubGlobal('Worker', FakeWorker)
  FakeWorker.started = []
  client = await import('./api-client')
  ;({ ApiError } = await import('./api-error'))
  ;({ serveBodies } = await import('./serve-bodies'))
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

const venuesPath = listResources.venues.path
const gets = (worker: FakeWorker) => worker.received.filter((message) => 'get' in message)

describe('the API client reading through the data worker', () => {
  it('gives back a list whole, checked against the contract', async () => {
    const { venues } = mockDataset()
    let requests = 0
    server.use(http.get(`*${venuesPath}`, () => (requests++, HttpResponse.json(venues))))
    // The client reads through the worker here, as in a built page.
    expect((await import('./read-in-worker')).readsInWorker()).toBe(true)
    await expect(client.fetchResource(venuesPath, 'venues')).resolves.toEqual(venues)
    expect(requests).toBe(1)
    expect(FakeWorker.started).toHaveLength(1)
    expect(gets(FakeWorker.started[0]!)).toEqual([{ get: 1, url: expect.stringMatching(/\/api\/v1\/venues\.json$/), limit: client.apiClientSettings.maxBodyBytes }])
  })

  it('ends a request to a silent server as a timeout, and tells the worker to stop it', async () => {
    const timeoutMs = client.apiClientSettings.timeoutMs
    client.apiClientSettings.timeoutMs = 300
    onTestFinished(() => void (client.apiClientSettings.timeoutMs = timeoutMs))
    const stopped: AbortSignal[] = []
    server.use(
      http.get(`*${venuesPath}`, async ({ request }) => {
        stopped.push(request.signal)
        // Silent until the request is given up.
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        return HttpResponse.json([])
      }),
    )
    const failure = client.fetchResource(venuesPath, 'venues')
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ kind: 'timeout', message: 'The server stopped sending, or sent too slowly' })
    expect(FakeWorker.started[0]!.received).toContainEqual({ abort: 1 })
    // The worker's fetch itself is given up, not left to run.
    await waitFor(() => expect(stopped[0]?.aborted).toBe(true))
  })

  it('fails a request waiting on a worker that failed as a network error, and reads the next on the page, starting no new worker', async () => {
    const { positions } = mockDataset()
    let requests = 0
    server.use(
      http.get(`*${listResources.positions.path}`, async () => {
        // The first waits (for the worker that will fail); the next is answered.
        if (++requests === 1) await delay('infinite')
        return HttpResponse.json(positions)
      }),
    )
    const waiting = client.fetchResource(listResources.positions.path, 'positions')
    await waitFor(() => expect(requests).toBe(1))
    FakeWorker.started[0]!.dispatchEvent(new Event('error', { cancelable: true }))
    await expect(waiting).rejects.toBeInstanceOf(ApiError)
    await expect(waiting).rejects.toMatchObject({ kind: 'network', message: 'The code that reads the data could not be loaded' })
    // The query layer's retry, read by the page itself.
    await expect(client.fetchResource(listResources.positions.path, 'positions')).resolves.toEqual(positions)
    expect(requests).toBe(2)
    expect(FakeWorker.started).toHaveLength(1)
    expect(gets(FakeWorker.started[0]!)).toHaveLength(1)
  })

  it('fails as a network error, retried, when neither the worker nor the page reader could load', async () => {
    vi.stubGlobal(
      'Worker',
      vi.fn<() => never>(function Worker() {
        throw new DOMException('Workers are not allowed here', 'SecurityError')
      }),
    )
    vi.doMock('./read-in-page', () => {
      throw new Error('the chunk is gone')
    })
    onTestFinished(() => void vi.doUnmock('./read-in-page'))
    await expect(client.fetchResource(venuesPath, 'venues')).rejects.toMatchObject({ kind: 'network', message: 'The code that reads the data could not be loaded' })
    // The retry reads on the page, whose reader is gone too: still an ApiError the query layer retries.
    const failure = client.fetchResource(venuesPath, 'venues')
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ kind: 'network', message: 'The code that reads the data could not be loaded' })
  })
})

/** Makes each request's start cost 1 ms (its message to the worker), so requests started together wait their turn over several tasks. */
function slowStarts(onStart: () => void = () => {}) {
  const post = FakeWorker.prototype.postMessage
  vi.spyOn(FakeWorker.prototype, 'postMessage').mockImplementation(function (this: FakeWorker, message: ToWorker) {
    if ('get' in message) {
      onStart()
      busy(1)()
    }
    post.call(this, message)
  })
}

describe('requests started together', () => {
  it('start over several short tasks, not all in one long one', async () => {
    const { venues } = mockDataset()
    server.use(http.get(`*${venuesPath}`, () => HttpResponse.json(venues)))
    // Each start made to cost 1 ms (its message to the worker, here): 60 started in one task would hold the page for 60 ms.
    const starts = countPerTask()
    slowStarts(starts.count)
    const lists = await Promise.all(Array.from({ length: 60 }, () => client.fetchResource(venuesPath, 'venues')))
    expect(lists.every((list) => list.length === venues.length)).toBe(true)
    expect(starts.perTask.reduce((sum, count) => sum + count, 0)).toBe(60)
    // The shared slices' budget is 5 ms (src/contract/time-slices.ts): a few starts a task.
    expect(Math.max(...starts.perTask)).toBeLessThanOrEqual(10)
  })

  it('that still wait their turn when the worker fails fail as network errors (retried on the page), starting no second worker', async () => {
    server.use(http.get(`*${venuesPath}`, () => HttpResponse.json(mockDataset().venues)))
    slowStarts()
    const requests = Array.from({ length: 30 }, () => client.fetchResource(venuesPath, 'venues'))
    // The first slice's few have reached the worker; the rest wait their turn.
    const reached = gets(FakeWorker.started[0]!).length
    expect(reached).toBeGreaterThan(0)
    expect(reached).toBeLessThan(30)
    FakeWorker.started[0]!.dispatchEvent(new Event('error', { cancelable: true }))
    const settled = await Promise.allSettled(requests)
    expect(settled.map((result) => (result.status === 'rejected' ? (result.reason as InstanceType<typeof ApiError>).kind : 'read'))).toEqual(Array(30).fill('network'))
    expect(FakeWorker.started).toHaveLength(1)
    expect(gets(FakeWorker.started[0]!)).toHaveLength(reached)
  })
})
