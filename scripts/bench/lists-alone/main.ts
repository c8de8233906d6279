/**
 * The benchmark's floor for a large dataset: a page that only fetches every file of the API the
 * dashboard loads first (meta.json, every page of every list, the cable list and each cable's text),
 * decodes and parses each as the app does (src/lib/api-client.ts: 64 kB of text per task, then the
 * parse in a task of its own) and keeps what it parsed. No React, no checks, no index, no render.
 * What Lighthouse counts as blocking here is what holding the data on the main thread costs before
 * the app does anything with it, most of it the garbage collector's.
 */
import { cableListResource, cablePath, listPagePaths, listResources, metaResource, type ListResource } from '../../../src/contract/endpoints'

const DECODE_PIECE_BYTES = 64 * 1024

/** The next task: a message to ourselves, not a timer (nested timers wait 4 ms each). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.addEventListener('message', () => resolve(), { once: true })
    channel.port1.start()
    channel.port2.postMessage(null)
  })
}

async function load(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const decoder = new TextDecoder()
  const parts: string[] = []
  for (let at = 0; at < bytes.byteLength; at += DECODE_PIECE_BYTES) {
    await nextTask()
    parts.push(decoder.decode(bytes.subarray(at, at + DECODE_PIECE_BYTES), { stream: true }))
  }
  parts.push(decoder.decode())
  await nextTask()
  return JSON.parse(parts.join(''))
}

const kept: unknown[] = []
const status = document.getElementById('status')!
try {
  const meta = (await load(metaResource.path)) as { counts: Record<ListResource, number> }
  const cables = load(cableListResource.path) as Promise<{ id: string }[]>
  const lists = (Object.keys(listResources) as ListResource[]).flatMap((name) => listPagePaths(name, meta.counts[name]))
  const texts = cables.then((list) => Promise.all(list.map((cable) => load(cablePath(cable.id)))))
  kept.push(meta, await cables, ...(await Promise.all(lists.map(load))), ...(await texts))
  status.textContent = `Parsed and kept ${kept.length} files.`
} catch (error) {
  status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`
}
// Kept where the collector cannot free it, as the dashboard keeps its data.
Object.assign(window, { listsAlone: kept })
