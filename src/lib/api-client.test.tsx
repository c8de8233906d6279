import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { cableListResource, listResources } from '@/contract/endpoints'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { findRetryButton } from '@/testing/retry-button'
import { server } from '../../mocks/node'
import { mockDataset } from '../../mocks/dataset'
import { sha256Hex } from '@/contract/sha256-hex'
import { inSlice } from '@/contract/time-slices'
import { apiClientSettings, fetchResource, fetchResourceAt } from './api-client'
import { appEnv } from './env'
import { CHECKED_API_ID, type CheckedApiFiles } from './prerender-contract'
import { busy } from '@/testing/main-thread'

const original = { ...apiClientSettings }
beforeEach(() => resetFilterStore())
afterEach(() => Object.assign(apiClientSettings, original))

/** A body that keeps arriving in 64 kB chunks, without saying how long it is. */
function endlessBody(onChunk: () => void) {
  const chunk = new TextEncoder().encode(`[${'{"id":1},'.repeat(7000)}`)
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onChunk()
      controller.enqueue(chunk)
    },
  })
}

describe('the API client protects the page', () => {
  it('refuses a body past the cap from its Content-Length, with a retry', async () => {
    // Above every real file of the five-cable dataset, below the huge one.
    apiClientSettings.maxBodyBytes = 2 * 1024 * 1024
    const huge = '[]'.padEnd(4 * 1024 * 1024, ' ')
    server.use(http.get(`*${listResources.venues.path}`, () => new HttpResponse(huge, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(huge.length) } }), { once: true }))
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not load the dashboard data.*far too large.*more than 2 MB/i)
    await user.click(await findRetryButton(alert))
    expect(await screen.findByRole('region', { name: 'Venues and their issues' })).toBeInTheDocument()
  })

  it('stops reading a body without Content-Length as soon as it passes the cap', async () => {
    apiClientSettings.maxBodyBytes = 256 * 1024
    let chunks = 0
    server.use(http.get(`*${listResources.venues.path}`, () => new HttpResponse(endlessBody(() => chunks++), { headers: { 'Content-Type': 'application/json' } })))
    renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent(/far too large/i)
    // The cap is four or five chunks; the stream is cancelled there, not read on forever.
    expect(chunks).toBeLessThan(12)
  })

  it('gives up on a hung file after one time limit: a timeout is not retried', async () => {
    apiClientSettings.timeoutMs = 300
    let requests = 0
    server.use(
      http.get(`*${listResources.figures.path}`, async () => {
        requests++
        await new Promise(() => {})
      }),
    )
    renderApp('/', { retry: true })
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not load the figures.*took too long/i)
    expect(requests).toBe(1)
  })

  it('waits as long as the server keeps sending: a slow file, and one queued behind it, are not timed out', async () => {
    apiClientSettings.timeoutMs = 1000
    // The topics arrive in 60 pieces, 20 ms apart: longer in all than the time limit, never silent for long.
    const topics = mockDataset().topics
    const text = new TextEncoder().encode(JSON.stringify(topics))
    const piece = Math.ceil(text.byteLength / 60)
    let slowDone!: () => void
    const slowFinished = new Promise<void>((resolve) => (slowDone = resolve))
    let sent = 0
    const slowBody = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= text.byteLength) {
          controller.close()
          slowDone()
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
        controller.enqueue(text.subarray(sent, sent + piece))
        sent += piece
      },
    })
    server.use(
      http.get('*/probe/slow/topics.json', () => new HttpResponse(slowBody, { headers: { 'Content-Type': 'application/json' } })),
      // As a request waiting for a connection: no answer at all until the slow file is done.
      http.get('*/probe/queued/topics.json', async () => {
        await slowFinished
        return HttpResponse.json(topics)
      }),
    )
    const started = performance.now()
    await expect(
      Promise.all([fetchResourceAt('http://localhost/probe/slow/topics.json', 'topics'), fetchResourceAt('http://localhost/probe/queued/topics.json', 'topics')]),
    ).resolves.toEqual([topics, topics])
    // Both outlived the limit: what kept them was the server still sending.
    expect(performance.now() - started).toBeGreaterThan(apiClientSettings.timeoutMs)
  })

  it('gives up on a body that stops after its headers, while another file is still arriving', async () => {
    apiClientSettings.timeoutMs = 1000
    const topics = mockDataset().topics
    const text = new TextEncoder().encode(JSON.stringify(topics))
    let stalledFailed = false
    let busyDone = false
    server.use(
      // Headers and a first piece, then nothing.
      http.get('*/probe/stalled/topics.json', () => new HttpResponse(new ReadableStream({ start: (c) => c.enqueue(text.subarray(0, 10)) }), { headers: { 'Content-Type': 'application/json' } })),
      // Leading blanks, one every 20 ms, until the stalled file has failed (or 10 s, and this test fails), then the list.
      http.get('*/probe/busy/topics.json', () => {
        let blanks = 0
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (stalledFailed || blanks++ >= 500) {
              controller.enqueue(text)
              controller.close()
              busyDone = true
              return
            }
            await new Promise((resolve) => setTimeout(resolve, 20))
            controller.enqueue(new TextEncoder().encode(' '))
          },
        })
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    const started = performance.now()
    const trickling = fetchResourceAt('http://localhost/probe/busy/topics.json', 'topics')
    let busyDoneWhenStalledFailed: boolean | undefined
    const stalled = fetchResourceAt('http://localhost/probe/stalled/topics.json', 'topics').catch((error: unknown) => {
      busyDoneWhenStalledFailed = busyDone
      stalledFailed = true
      return error
    })
    expect(await stalled).toMatchObject({ kind: 'timeout', message: 'The server stopped sending, or sent too slowly' })
    // It failed on its own silence, while the other file was still arriving, and long before the cap of eight limits.
    expect(busyDoneWhenStalledFailed).toBe(false)
    expect(performance.now() - started).toBeLessThan(4 * apiClientSettings.timeoutMs)
    await expect(trickling).resolves.toEqual(topics)
  })

  it('gives up on a file that trickles in for longer than the longest a body may take', async () => {
    apiClientSettings.timeoutMs = 250
    server.use(
      http.get('*/probe/trickle/topics.json', () => {
        let blanks = 0
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            // Blanks every 20 ms, never silent for the limit; after 5 s it ends (as no JSON: this test fails).
            if (blanks++ >= 250) return controller.close()
            await new Promise((resolve) => setTimeout(resolve, 20))
            controller.enqueue(new TextEncoder().encode(' '))
          },
        })
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    const started = performance.now()
    await expect(fetchResourceAt('http://localhost/probe/trickle/topics.json', 'topics')).rejects.toMatchObject({
      kind: 'timeout',
      message: 'The server stopped sending, or sent too slowly',
    })
    // The cap, eight limits (2 s), not a silence: a blank came every 20 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(8 * apiClientSettings.timeoutMs)
  })

  it('asks for a missing file once: a 404 is neither retried nor fetched again by a later panel', async () => {
    let requests = 0
    server.use(
      http.get(`*${cableListResource.path}`, () => {
        requests++
        return new HttpResponse('Not Found', { status: 404, statusText: 'Not Found' })
      }),
    )
    renderApp('/', { retry: true })
    // The cable list is core: the dashboard says so, and the overview that waits for the same list does not ask again.
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not load the dashboard data.*could not be found/is)
    await waitFor(() => expect(screen.getByRole('button', { name: /retry/i })).toBeEnabled())
    expect(requests).toBe(1)
  })
})

/** A body of `bytes`, sent whole as one chunk (as a preloaded body often comes). */
const oneChunk = (bytes: Uint8Array) => () =>
  new HttpResponse(new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) }), { headers: { 'Content-Type': 'application/json' } })

describe('the API client reads large bodies in slices', () => {
  it('decodes a multi-megabyte body sent as one chunk whole, characters split across its pieces included', async () => {
    // "—" is three bytes in UTF-8: at one character in 2 bytes' worth of filler, some land across
    // every 64 kB piece the reader decodes at a time.
    const topics = mockDataset().topics.map((t, i) => (i === 0 ? { ...t, description: `${t.description} ${'é—'.repeat(400_000)}` } : t))
    const bytes = new TextEncoder().encode(JSON.stringify(topics))
    expect(bytes.byteLength).toBeGreaterThan(2_000_000)
    server.use(http.get('*/probe/topics.json', oneChunk(bytes)))
    await expect(fetchResourceAt('http://localhost/probe/topics.json', 'topics')).resolves.toEqual(topics)
  })
})

describe('the API client starts requests in slices', () => {
  it('starts a burst of requests a few per task, where each start is slow, and completes them all', async () => {
    const topics = mockDataset().topics
    server.use(http.get('*/probe/topics.json', () => json(JSON.stringify(topics))))
    // Each start holds the main thread 2 ms, as on a busy phone: a 5 ms slice has room for three at most.
    const realFetch = globalThis.fetch
    const started = vi.spyOn(globalThis, 'fetch').mockImplementation((...args) => {
      const until = performance.now() + 2
      while (performance.now() < until);
      return realFetch(...args)
    })
    const requests = Array.from({ length: 10 }, () => fetchResourceAt('http://localhost/probe/topics.json', 'topics'))
    // Had each request started at once, all ten would have in this task.
    expect(started.mock.calls.length).toBeLessThanOrEqual(3)
    await expect(Promise.all(requests)).resolves.toEqual(Array.from({ length: 10 }, () => topics))
    expect(started).toHaveBeenCalledTimes(10)
  })
})


describe('a request waiting for its turn to start', () => {
  it('starts ahead of work on bodies already waiting for the main thread', async () => {
    server.use(http.get('*/probe/topics.json', () => json(JSON.stringify(mockDataset().topics))))
    const order: string[] = []
    const realFetch = globalThis.fetch
    vi.spyOn(globalThis, 'fetch').mockImplementation((...args) => (order.push('request started'), realFetch(...args)))
    void inSlice(busy(10))
    const waiting = inSlice(() => void order.push('work that waited'))
    const request = fetchResourceAt('http://localhost/probe/topics.json', 'topics')
    await Promise.all([waiting, request])
    expect(order).toEqual(['request started', 'work that waited'])
  })

  it('ends as cancelled, not timed out, when cancelled while it waited, and is never sent: its time limit starts only with it', async () => {
    const started = vi.spyOn(globalThis, 'fetch')
    const cancel = new AbortController()
    // Three slices pass before its turn, far longer than its 1 ms limit (which does not count the wait), then the page cancels it.
    void inSlice(busy(10))
    void inSlice(busy(10), { first: true })
    void inSlice(busy(10), { first: true })
    void inSlice(() => cancel.abort(), { first: true })
    const request = fetchResourceAt('http://localhost/probe/topics.json', 'topics', { signal: cancel.signal, timeoutMs: 1 })
    await expect(request).rejects.toMatchObject({ name: 'AbortError' })
    expect(started).not.toHaveBeenCalled()
  })
})

describe('a cancelled request stops working on its body', () => {
  it('stops decoding at the next piece of its body', async () => {
    const topics = mockDataset().topics.map((t, i) => (i === 0 ? { ...t, description: 'x'.repeat(2_000_000) } : t))
    const bytes = new TextEncoder().encode(JSON.stringify(topics))
    server.use(http.get('*/probe/topics.json', oneChunk(bytes)))
    const cancel = new AbortController()
    // The page leaves while the first of its 64 kB pieces is decoded.
    const realDecode = TextDecoder.prototype.decode
    // Only this body's pieces are counted (they share its buffer): nothing else decoding may set this off.
    let piecesDecoded = 0
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, ...args) {
      if (ArrayBuffer.isView(args[0]) && args[0].buffer === bytes.buffer && ++piecesDecoded === 1) cancel.abort()
      return realDecode.apply(this, args)
    })
    await expect(fetchResourceAt('http://localhost/probe/topics.json', 'topics', { signal: cancel.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(bytes.byteLength / (64 * 1024)).toBeGreaterThan(30)
    expect(piecesDecoded).toBe(1)
  })

  it('is not checked once cancelled: a damaged body cancelled during its parse ends as cancelled, not reported as damaged', async () => {
    server.use(http.get('*/probe/topics.json', () => json(uncheckable)))
    const cancel = new AbortController()
    const parse = JSON.parse
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text === uncheckable) cancel.abort()
      return parse(text, reviver)
    })
    await expect(fetchResourceAt('http://localhost/probe/topics.json', 'topics', { signal: cancel.signal })).rejects.toMatchObject({ name: 'AbortError' })
    // Not cancelled, the same body is reported as damaged: the check is what the cancel skipped.
    await expect(fetchResourceAt('http://localhost/probe/topics.json', 'topics')).rejects.toMatchObject({ kind: 'invalid-data' })
  })
})

/** What a prerendered page lists: each API file the build checked, by path, with its resource and fingerprint. */
function listCheckedFiles(files: CheckedApiFiles) {
  const element = document.createElement('script')
  element.type = 'application/json'
  element.id = CHECKED_API_ID
  element.textContent = JSON.stringify(files)
  document.head.append(element)
  return () => element.remove()
}
const digestOf = (text: string) => sha256Hex(new TextEncoder().encode(text))
const json = (text: string) => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })
/** Not what the contract allows for topics, so only a skipped check lets it through. */
const uncheckable = JSON.stringify([{ id: 'no-such-shape' }])

/** Where the app asks for the topics (its API base, here the page's origin), as the prerender lists it. */
const topicsPath = () => new URL(`${appEnv().apiBaseUrl}${listResources.topics.path}`).pathname

describe('the API client trusts only the bytes the build checked', () => {
  it('uses a body whose bytes match the listed fingerprint as it is: the build already checked them', async () => {
    onTestFinished(listCheckedFiles({ [topicsPath()]: { resource: 'topics', sha256: await digestOf(uncheckable) } }))
    server.use(http.get(`*${listResources.topics.path}`, () => json(uncheckable)))
    await expect(fetchResource(listResources.topics.path, 'topics')).resolves.toEqual([{ id: 'no-such-shape' }])
  })

  it.each([
    ['listed as another resource', async () => ({ [topicsPath()]: { resource: 'venues', sha256: await digestOf(uncheckable) } })],
    ['listed under another path', async () => ({ '/elsewhere/topics.json': { resource: 'topics', sha256: await digestOf(uncheckable) } })],
  ])('checks the same bytes %s', async (_, listing) => {
    onTestFinished(listCheckedFiles(await listing()))
    server.use(http.get(`*${listResources.topics.path}`, () => json(uncheckable)))
    await expect(fetchResource(listResources.topics.path, 'topics')).rejects.toThrow(/does not match the expected shape at 0/)
  })

  it('checks them where the browser cannot hash (no crypto.subtle outside https and localhost)', async () => {
    onTestFinished(listCheckedFiles({ [topicsPath()]: { resource: 'topics', sha256: await digestOf(uncheckable) } }))
    vi.stubGlobal('crypto', { ...globalThis.crypto, subtle: undefined })
    onTestFinished(() => void vi.unstubAllGlobals())
    server.use(http.get(`*${listResources.topics.path}`, () => json(uncheckable)))
    await expect(fetchResource(listResources.topics.path, 'topics')).rejects.toThrow(/does not match the expected shape at 0/)
  })

  it('checks a body that differs from the listed fingerprint, and the page says the data is damaged', async () => {
    const venues = mockDataset().venues
    onTestFinished(listCheckedFiles({ [listResources.venues.path]: { resource: 'venues', sha256: await digestOf(JSON.stringify(venues)) } }))
    // One field changed after the build: the fingerprint no longer matches, so the contract's check runs and catches it.
    const damaged = JSON.stringify(venues.map((venue, i) => (i === 0 ? { ...venue, id: 42 } : venue)))
    server.use(http.get(`*${listResources.venues.path}`, () => json(damaged)))
    renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent(/the data is damaged.*does not match the expected shape at 0\.id/is)
  })
})

describe('the validators, loaded when data must be checked', () => {
  it('failing to load is a network error, and the next request loads them again', async () => {
    // A fresh client, whose validators have not been loaded yet.
    vi.resetModules()
    vi.doMock('@/contract/parse-resource', () => {
      throw new Error('the chunk is gone')
    })
    const client = await import('./api-client')
    const topics = mockDataset().topics
    server.use(http.get('*/probe/topics.json', () => json(JSON.stringify(topics))))
    const url = new URL('/probe/topics.json', location.href).href
    await expect(client.fetchResourceAt(url, 'topics')).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/code that checks the data could not be loaded/) })
    vi.doUnmock('@/contract/parse-resource')
    await expect(client.fetchResourceAt(url, 'topics')).resolves.toEqual(topics)
  })
})
