/**
 * How long the API client takes to reject a response of wrong-shaped objects (50 MB:
 * past the size cap; 30 MB: under it, so validation has to stop it), and how long it
 * takes to accept the benchmark's whole positions list in one body (the API serves it in pages). Printed, not asserted: timings
 * depend on the machine. `npm run bench:wrong-body`
 */
import { fetchResourceAt } from '../src/lib/api-client'

const item = '{"id":42,"title":null,"side":"nobody"}'
function wrongBody(megabytes: number): string {
  const count = Math.floor((megabytes * 1024 * 1024) / (item.length + 1))
  return `[${Array.from({ length: count }, () => item).join(',')}]`
}

/** A response streamed in 64 kB chunks, as the network delivers it, optionally without Content-Length. */
function streamed(bytes: Uint8Array, declareLength: boolean): Response {
  const chunk = 64 * 1024
  let offset = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(offset, (offset += chunk)))
    },
  })
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (declareLength) headers['Content-Length'] = String(bytes.length)
  return new Response(body, { headers })
}

async function measure(label: string, text: string, declareLength: boolean) {
  const bytes = new TextEncoder().encode(text)
  globalThis.fetch = async () => streamed(bytes, declareLength)
  globalThis.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const start = performance.now()
  let outcome: string
  try {
    const data = await fetchResourceAt('http://bench.invalid/api/v1/positions.json', 'positions')
    outcome = `accepted ${data.length} items`
  } catch (error) {
    outcome = `rejected: ${(error as Error).message}`
  }
  const ms = performance.now() - start
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  heap ${heap >= 0 ? '+' : ''}${heap.toFixed(0)} MB  ${outcome.slice(0, 110)}`)
}

// Warm up: the first request loads the contract module, which is not what is measured here.
await measure('warm-up: 1 wrong object', wrongBody(0.0001), false)
await measure('50 MB wrong objects, with Content-Length', wrongBody(50), true)
await measure('50 MB wrong objects, no Content-Length', wrongBody(50), false)
await measure('30 MB wrong objects (under the cap)', wrongBody(30), false)
const good = await import('./load-dataset.ts').then(async ({ loadDataset }) => {
  const { generateDataset } = await import('../mocks/generate-large-dataset.ts')
  return JSON.stringify(generateDataset(loadDataset(), { venues: 200, issues: 10_000, positionsPerIssue: 3, cables: 50 }).positions)
})
await measure(`${(good.length / 1024 / 1024).toFixed(0)} MB valid positions in one body (large dataset)`, good, false)
