import { waitFor } from '@testing-library/react'
import { createHash } from 'node:crypto'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { server } from '../../mocks/node'
import type { FromWorker } from './body-transport'
import { MAX_BODY_BYTES } from './body-transport'
import { ITEMS_PER_MESSAGE, serveBodies } from './serve-bodies'

/** A URL on the page's own origin, as the page sends them (read-in-worker.ts makes them absolute). */
const at = (path: string) => new URL(path, location.href).href

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')
const json = (text: string | Uint8Array) => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })
/** A body sent in these pieces, one read each, and closed. */
const inPieces = (pieces: readonly string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece))
      controller.close()
    },
  })

/** A promise and the function that settles it: the tests open a handler's gate when they choose. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
}

/** Holds every fingerprint back until `hashNow.open()`; `hashing` counts the fingerprints begun. */
function holdFingerprints() {
  const hashNow = gate()
  const digest = crypto.subtle.digest.bind(crypto.subtle)
  const hashing = vi.spyOn(crypto.subtle, 'digest').mockImplementation(async (...args) => (await hashNow.opened, digest(...args)))
  return { hashing, hashNow }
}

/** serveBodies with a `post` that keeps every message, and ways to wait for them. */
function worker() {
  const messages: FromWorker[] = []
  const waiters: (() => void)[] = []
  const handle = serveBodies((message) => {
    messages.push(message)
    for (const waiter of waiters.splice(0)) waiter()
  })
  const of = (id: number) => messages.filter((message) => message.id === id)
  /** Resolves once a message for `id` satisfies `test`. */
  const until = (id: number, test: (message: FromWorker) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No such message for request ${id}; got ${JSON.stringify(of(id))}`)), 10_000)
      const check = () => {
        if (of(id).some(test)) {
          clearTimeout(timer)
          resolve()
        } else waiters.push(check)
      }
      check()
    })
  /** Everything posted for request `id`, once its last message (done or failed) arrives. */
  const answer = async (id: number) => {
    await until(id, (message) => 'done' in message || 'failed' in message)
    return of(id)
  }
  return { handle, messages, of, until, answer }
}

/** The one `done` or `failed` at the end of an answer. */
const last = (answer: readonly FromWorker[]) => answer.at(-1)
const items = (answer: readonly FromWorker[]) => answer.flatMap((message) => ('items' in message ? [message.items] : []))

describe('the data worker answers a request', () => {
  it('sends a list as its items, a hundred at a time and in order, then the fingerprint of the very bytes served', async () => {
    const list = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, title: `Issue ${i + 1} — ünïcode` }))
    const text = JSON.stringify(list)
    server.use(http.get('*/probe/worker/list.json', () => json(text)))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/list.json'), limit: MAX_BODY_BYTES })
    const answered = await answer(1)
    expect(answered[0]).toEqual({ id: 1, heard: true })
    expect(items(answered).map((batch) => batch.length)).toEqual([ITEMS_PER_MESSAGE, ITEMS_PER_MESSAGE, 50])
    expect(ITEMS_PER_MESSAGE).toBe(100)
    expect(items(answered).flat()).toEqual(list)
    expect(last(answered)).toEqual({ id: 1, done: true, digest: sha256(new TextEncoder().encode(text)) })
    // The list itself goes only as items: the end carries no body.
    expect(last(answered)).not.toHaveProperty('body')
  })

  it('sends an empty list as no items at all, then the end', async () => {
    server.use(http.get('*/probe/worker/empty.json', () => json('[]')))
    const { handle, answer } = worker()
    handle({ get: 7, url: at('/probe/worker/empty.json'), limit: MAX_BODY_BYTES })
    const answered = await answer(7)
    expect(items(answered)).toEqual([])
    expect(last(answered)).toEqual({ id: 7, done: true, digest: sha256('[]') })
  })

  it('fingerprints a body that arrives in several pieces as the whole of its bytes', async () => {
    const pieces = ['[{"id":1,"n', 'ame":"a"},', '{"id":2,"name":"b"}]']
    server.use(http.get('*/probe/worker/pieces.json', () => new HttpResponse(inPieces(pieces), { headers: { 'Content-Type': 'application/json' } })))
    const { handle, answer } = worker()
    handle({ get: 3, url: at('/probe/worker/pieces.json'), limit: MAX_BODY_BYTES })
    const answered = await answer(3)
    expect(items(answered).flat()).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ])
    expect(last(answered)).toEqual({ id: 3, done: true, digest: sha256(pieces.join('')) })
  })

  it('sends an object whole, with its fingerprint, in the end message', async () => {
    const meta = { apiVersion: 3, generatedAt: '2024-05-01T00:00:00Z', counts: { issues: 12 } }
    const text = JSON.stringify(meta)
    server.use(http.get('*/probe/worker/meta.json', () => json(text)))
    const { handle, answer } = worker()
    handle({ get: 2, url: at('/probe/worker/meta.json'), limit: MAX_BODY_BYTES })
    const answered = await answer(2)
    expect(answered).toEqual([
      { id: 2, heard: true },
      { id: 2, done: true, body: meta, digest: sha256(text) },
    ])
  })

  it('sends no fingerprint where the runtime cannot hash (no crypto.subtle outside https and localhost), and the body still arrives', async () => {
    vi.stubGlobal('crypto', { ...globalThis.crypto, getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto), randomUUID: globalThis.crypto.randomUUID.bind(globalThis.crypto), subtle: undefined })
    onTestFinished(() => void vi.unstubAllGlobals())
    server.use(http.get('*/probe/worker/meta.json', () => json('{"a":1}')))
    const { handle, answer } = worker()
    handle({ get: 4, url: at('/probe/worker/meta.json'), limit: MAX_BODY_BYTES })
    expect(last(await answer(4))).toEqual({ id: 4, done: true, body: { a: 1 }, digest: null })
  })

  it('says it heard from the server at most once per quarter second, however many pieces arrive', async () => {
    const pieces = Array.from({ length: 20 }, (_, i) => (i === 0 ? '[' : ',') + String(i)).concat(']')
    server.use(http.get('*/probe/worker/trickle.json', () => new HttpResponse(inPieces(pieces), { headers: { 'Content-Type': 'application/json' } })))
    // The clock stands still: every piece lands within the same quarter second.
    vi.spyOn(performance, 'now').mockReturnValue(10_000)
    const { handle, answer } = worker()
    handle({ get: 5, url: at('/probe/worker/trickle.json'), limit: MAX_BODY_BYTES })
    const answered = await answer(5)
    expect(answered.filter((message) => 'heard' in message)).toEqual([{ id: 5, heard: true }])
    expect(items(answered).flat()).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it('says it heard from the server again once a quarter second has passed', async () => {
    const arrived = gate()
    let clock = 10_000
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    const encoder = new TextEncoder()
    const pieces = ['[1', ',2', ',3]']
    let sent = 0
    server.use(
      http.get('*/probe/worker/slow.json', () => {
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (sent > 0) await arrived.opened
            if (sent === pieces.length) return controller.close()
            controller.enqueue(encoder.encode(pieces[sent++]))
          },
        })
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    const { handle, answer, of, until } = worker()
    handle({ get: 6, url: at('/probe/worker/slow.json'), limit: MAX_BODY_BYTES })
    await until(6, (message) => 'heard' in message)
    // 300 ms later the next piece comes: worth telling the page its request is alive.
    clock += 300
    arrived.open()
    await until(6, () => of(6).filter((message) => 'heard' in message).length === 2)
    expect(last(await answer(6))).toMatchObject({ id: 6, done: true })
    expect(items(of(6)).flat()).toEqual([1, 2, 3])
  })
})

describe('the data worker reads ahead', () => {
  it('fetches a prefetched file once, for the first request for it; a second request fetches it again', async () => {
    let requests = 0
    const list = [{ id: 1 }, { id: 2 }]
    server.use(http.get('*/probe/worker/ahead.json', () => (requests++, HttpResponse.json(list))))
    const { handle, answer } = worker()
    const url = at('/probe/worker/ahead.json')
    handle({ prefetch: [url], limit: MAX_BODY_BYTES })
    await waitFor(() => expect(requests).toBe(1))
    // The same file listed again, while it is read: not fetched twice.
    handle({ prefetch: [url], limit: MAX_BODY_BYTES })
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    const first = await answer(1)
    expect(items(first).flat()).toEqual(list)
    expect(last(first)).toEqual({ id: 1, done: true, digest: sha256(JSON.stringify(list)) })
    expect(requests).toBe(1)
    // The read-ahead is used once: a later request (a refetch) gets the file afresh.
    handle({ get: 2, url, limit: MAX_BODY_BYTES })
    expect(items(await answer(2)).flat()).toEqual(list)
    expect(requests).toBe(2)
  })

  it('tells the request that takes a prefetched file, already heard from, that the server answered', async () => {
    server.use(http.get('*/probe/worker/heard.json', () => HttpResponse.json({ ok: true })))
    const { handle, answer, messages } = worker()
    const url = at('/probe/worker/heard.json')
    handle({ prefetch: [url], limit: MAX_BODY_BYTES })
    // Long enough for the whole file to arrive before anyone asks for it; the worker posts nothing meanwhile.
    await delay(50)
    expect(messages).toEqual([])
    handle({ get: 9, url, limit: MAX_BODY_BYTES })
    expect(await answer(9)).toEqual([
      { id: 9, heard: true },
      { id: 9, done: true, body: { ok: true }, digest: sha256('{"ok":true}') },
    ])
  })

  it('refuses a prefetched file past the lower limit of the request that takes it', async () => {
    const text = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i })))
    expect(text.length).toBeGreaterThan(1024)
    let requests = 0
    server.use(http.get('*/probe/worker/big.json', () => (requests++, json(text))))
    const { handle, answer } = worker()
    const url = at('/probe/worker/big.json')
    handle({ prefetch: [url], limit: MAX_BODY_BYTES })
    handle({ get: 1, url, limit: 1024 })
    const answered = await answer(1)
    expect(items(answered)).toEqual([])
    expect(last(answered)).toEqual({ id: 1, failed: { kind: 'too-large', message: 'The server sent more than 1 kB, far more than this data can be', status: null } })
    expect(requests).toBe(1)
  })

  it('reads afresh for a request that allows more than the prefetch did, instead of failing it', async () => {
    const text = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i })))
    expect(text.length).toBeGreaterThan(1024)
    let requests = 0
    server.use(http.get('*/probe/worker/bigger.json', () => (requests++, json(text))))
    const { handle, answer } = worker()
    const url = at('/probe/worker/bigger.json')
    handle({ prefetch: [url], limit: 1024 })
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    const answered = await answer(1)
    expect(items(answered).flat()).toEqual(JSON.parse(text))
    expect(requests).toBe(2)
  })
})

describe('the data worker does not hand on a read-ahead it cannot use', () => {
  it('cancels a prefetch superseded by a request that allows more, rather than leave it fetching', async () => {
    const answerNow = gate()
    const signals: AbortSignal[] = []
    server.use(http.get('*/probe/worker/superseded.json', async ({ request }) => (signals.push(request.signal), await answerNow.opened, HttpResponse.json([signals.length]))))
    const { handle, answer } = worker()
    const url = at('/probe/worker/superseded.json')
    handle({ prefetch: [url], limit: 1024 })
    await waitFor(() => expect(signals).toHaveLength(1))
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    await waitFor(() => expect(signals).toHaveLength(2))
    // The prefetch's request, still waiting for the server, is given up; the request's own goes on.
    await waitFor(() => expect(signals[0]!.aborted).toBe(true))
    expect(signals[1]!.aborted).toBe(false)
    answerNow.open()
    expect(items(await answer(1)).flat()).toEqual([2])
  })

  it.each([
    [404, 'Not Found'],
    [500, 'Internal Server Error'],
  ])('reads afresh for a request after a prefetch that failed with %i (the file may be back)', async (status, statusText) => {
    let requests = 0
    server.use(
      http.get('*/probe/worker/back.json', () => (++requests === 1 ? new HttpResponse(null, { status, statusText }) : HttpResponse.json({ back: true }))),
    )
    const { handle, answer, messages } = worker()
    const url = at('/probe/worker/back.json')
    handle({ prefetch: [url], limit: MAX_BODY_BYTES })
    await waitFor(() => expect(requests).toBe(1))
    // Long enough for the failed answer to have been taken in; no one asked, so nothing is posted.
    await delay(50)
    expect(messages).toEqual([])
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    expect(last(await answer(1))).toEqual({ id: 1, done: true, body: { back: true }, digest: sha256('{"back":true}') })
    expect(requests).toBe(2)
  })
})

describe('the data worker reports failures', () => {
  it('reports a missing file as an http failure with its status', async () => {
    server.use(http.get('*/probe/worker/missing.json', () => new HttpResponse('nope', { status: 404, statusText: 'Not Found' })))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/missing.json'), limit: MAX_BODY_BYTES })
    // Heard from (the server answered, if badly), then the failure: nothing of the body.
    expect(await answer(1)).toEqual([
      { id: 1, heard: true },
      { id: 1, failed: { kind: 'http', message: 'The server answered 404 Not Found', status: 404 } },
    ])
  })

  it('reports a body that is not JSON as invalid data', async () => {
    server.use(http.get('*/probe/worker/html.json', () => new HttpResponse('<!doctype html><title>Oops</title>', { headers: { 'Content-Type': 'text/html' } })))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/html.json'), limit: MAX_BODY_BYTES })
    expect(last(await answer(1))).toEqual({ id: 1, failed: { kind: 'invalid-data', message: 'The server sent something that is not JSON', status: null } })
  })

  it('refuses a body past the request limit, streamed without a length', async () => {
    const pieces = Array.from({ length: 8 }, (_, i) => `${i === 0 ? '[' : ','}"${'x'.repeat(500)}"`).concat(']')
    server.use(http.get('*/probe/worker/huge.json', () => new HttpResponse(inPieces(pieces), { headers: { 'Content-Type': 'application/json' } })))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/huge.json'), limit: 2048 })
    const answered = await answer(1)
    expect(last(answered)).toEqual({ id: 1, failed: { kind: 'too-large', message: 'The server sent more than 2 kB, far more than this data can be', status: null } })
    expect(items(answered)).toEqual([])
  })

  it('refuses a body whose declared length is past the request limit', async () => {
    const text = JSON.stringify('y'.repeat(5000))
    server.use(http.get('*/probe/worker/declared.json', () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(text.length) } })))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/declared.json'), limit: 4096 })
    expect(last(await answer(1))).toEqual({ id: 1, failed: { kind: 'too-large', message: 'The server sent more than 4 kB, far more than this data can be', status: null } })
  })

  it('accepts a body of exactly the limit', async () => {
    const text = JSON.stringify('z'.repeat(2046))
    expect(text.length).toBe(2048)
    server.use(http.get('*/probe/worker/exact.json', () => json(text)))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/exact.json'), limit: 2048 })
    expect(last(await answer(1))).toEqual({ id: 1, done: true, body: 'z'.repeat(2046), digest: sha256(text) })
  })

  it('reports a server that cannot be reached as a network failure', async () => {
    server.use(http.get('*/probe/worker/down.json', () => HttpResponse.error()))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/down.json'), limit: MAX_BODY_BYTES })
    expect(await answer(1)).toEqual([{ id: 1, failed: { kind: 'network', message: 'The server could not be reached', status: null } }])
  })

  it('reports a connection that breaks while the body arrives as a network failure', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('[1,2,'))
        controller.error(new Error('connection reset'))
      },
    })
    server.use(http.get('*/probe/worker/broken.json', () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })))
    const { handle, answer } = worker()
    handle({ get: 1, url: at('/probe/worker/broken.json'), limit: MAX_BODY_BYTES })
    expect(last(await answer(1))).toEqual({ id: 1, failed: { kind: 'network', message: 'The connection broke while the data was arriving', status: null } })
  })
})

describe('the data worker stops a request the page cancelled', () => {
  it('posts nothing more for a request cancelled while the server is silent, while the same file still reaches another request', async () => {
    const answerNow = gate()
    let requests = 0
    server.use(http.get('*/probe/worker/slow.json', async () => (requests++, await answerNow.opened, HttpResponse.json({ late: true }))))
    const { handle, answer, of } = worker()
    const url = at('/probe/worker/slow.json')
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    handle({ get: 2, url, limit: MAX_BODY_BYTES })
    await waitFor(() => expect(requests).toBe(2))
    handle({ abort: 1 })
    answerNow.open()
    expect(last(await answer(2))).toEqual({ id: 2, done: true, body: { late: true }, digest: sha256('{"late":true}') })
    // Time for a late answer to request 1 to show, had it been sent.
    await delay(50)
    expect(of(1)).toEqual([])
  })

  it('posts nothing more for a request cancelled while its body arrives', async () => {
    const rest = gate()
    server.use(
      http.get('*/probe/worker/half.json', () => {
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(new TextEncoder().encode('[1,2,')),
          async pull(controller) {
            await rest.opened
            controller.enqueue(new TextEncoder().encode('3]'))
            controller.close()
          },
        })
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    const { handle, answer, of, until } = worker()
    const url = at('/probe/worker/half.json')
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    handle({ get: 2, url, limit: MAX_BODY_BYTES })
    await until(1, (message) => 'heard' in message)
    await until(2, (message) => 'heard' in message)
    handle({ abort: 1 })
    rest.open()
    expect(items(await answer(2)).flat()).toEqual([1, 2, 3])
    await delay(50)
    expect(of(1)).toEqual([{ id: 1, heard: true }])
  })

  it('posts nothing for a request cancelled while its body, already arrived, is being fingerprinted', async () => {
    const { hashing, hashNow } = holdFingerprints()
    server.use(http.get('*/probe/worker/hashed.json', () => HttpResponse.json([1, 2])))
    const { handle, answer, of } = worker()
    const url = at('/probe/worker/hashed.json')
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    handle({ get: 2, url, limit: MAX_BODY_BYTES })
    await waitFor(() => expect(hashing).toHaveBeenCalledTimes(2))
    handle({ abort: 1 })
    hashNow.open()
    expect(last(await answer(2))).toEqual({ id: 2, done: true, digest: sha256('[1,2]') })
    await delay(50)
    expect(of(1)).toEqual([{ id: 1, heard: true }])
  })

  it('does not parse a body whose request was cancelled while it was fingerprinted', async () => {
    const { hashing, hashNow } = holdFingerprints()
    const text = '{"parsed":"for no one"}'
    server.use(http.get('*/probe/worker/unparsed.json', () => json(text)))
    const parse = vi.spyOn(JSON, 'parse')
    const { handle, of } = worker()
    handle({ get: 1, url: at('/probe/worker/unparsed.json'), limit: MAX_BODY_BYTES })
    await waitFor(() => expect(hashing).toHaveBeenCalledTimes(1))
    handle({ abort: 1 })
    hashNow.open()
    await delay(50)
    expect(parse.mock.calls.filter(([parsed]) => parsed === text)).toEqual([])
    expect(of(1)).toEqual([{ id: 1, heard: true }])
  })

  it('cancels a prefetched file taken by a request that is then cancelled; the next request fetches it anew', async () => {
    const answerNow = gate()
    let requests = 0
    server.use(http.get('*/probe/worker/taken.json', async () => (requests++, await answerNow.opened, HttpResponse.json([requests]))))
    const { handle, answer, of } = worker()
    const url = at('/probe/worker/taken.json')
    handle({ prefetch: [url], limit: MAX_BODY_BYTES })
    handle({ get: 1, url, limit: MAX_BODY_BYTES })
    await waitFor(() => expect(requests).toBe(1))
    handle({ abort: 1 })
    handle({ get: 2, url, limit: MAX_BODY_BYTES })
    await waitFor(() => expect(requests).toBe(2))
    answerNow.open()
    expect(items(await answer(2)).flat()).toEqual([2])
    await delay(50)
    expect(of(1)).toEqual([])
  })

  it('ignores the cancel of a request it has already answered', async () => {
    server.use(http.get('*/probe/worker/quick.json', () => HttpResponse.json({ quick: true })))
    const { handle, answer, messages } = worker()
    handle({ get: 1, url: at('/probe/worker/quick.json'), limit: MAX_BODY_BYTES })
    const answered = await answer(1)
    handle({ abort: 1 })
    handle({ abort: 99 })
    await delay(20)
    expect(messages).toEqual(answered)
  })
})
