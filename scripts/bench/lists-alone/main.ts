/**
 * The benchmark's "lists alone" page, a reference for a large dataset: it loads the files the
 * dashboard loads first as the dashboard does, and keeps them. Once the first paint is done (the app's
 * own wait, src/lib/after-first-paint.ts) it adds the dashboard's list of them to the app's data worker,
 * as src/main.tsx does (the bench copies the dashboard's list into this page); then it requests them in the query layer's order (meta.json, the
 * cable list and every list's first page at once; the lists' other pages once meta.json counts them;
 * each cable's text once the cable list names it), through the app's own reader (src/lib/read-in-worker.ts:
 * the worker fetches, reads, fingerprints and parses each body, and posts a list's items a hundred at a
 * time) and keeps what it parsed. No React, no checks (neither the validators nor the build's
 * fingerprints), no index, no render: what Lighthouse counts as blocking here is what the data costs
 * on the main thread before the app does anything with it.
 */
import { cableListResource, cablePath, listPagePaths, listResources, metaResource, type ListResource } from '../../../src/contract/endpoints'
import { afterFirstPaint } from '../../../src/lib/after-first-paint'
import { MAX_BODY_BYTES } from '../../../src/lib/body-transport'
import { prefetchInWorker, readInWorker } from '../../../src/lib/read-in-worker'
import { DEFERRED_PRELOADS_ID, type DeferredPreloads } from '../../../src/lib/prerender-contract'

function prefetchTheDashboardsData() {
  const listed = document.getElementById(DEFERRED_PRELOADS_ID)?.textContent
  if (!listed) throw new Error('the dashboard\'s preload list is missing')
  prefetchInWorker((JSON.parse(listed) as DeferredPreloads).fetches, MAX_BODY_BYTES)
}

/** A body read and parsed by the app's own reader (src/lib/read-in-worker.ts), without its time limits or checks. */
async function load<T = unknown>(path: string): Promise<T> {
  const { body } = await readInWorker(path, { signal: new AbortController().signal, limit: MAX_BODY_BYTES, heard: () => {}, arrived: () => {} })
  return body as T
}

const status = document.getElementById('status')!
try {
  await afterFirstPaint(true)
  prefetchTheDashboardsData()
  const names = Object.keys(listResources) as ListResource[]
  const meta = load<{ counts: Record<ListResource, number> }>(metaResource.path)
  const texts = load<{ id: string }[]>(cableListResource.path).then((cables) => Promise.all([cables, ...cables.map((cable) => load(cablePath(cable.id)))]))
  const lists = names.map((name) => load(listPagePaths(name, 1)[0]!))
  const rest = meta.then(({ counts }) => Promise.all(names.flatMap((name) => listPagePaths(name, counts[name]).slice(1).map((path) => load(path)))))
  const kept = [await meta, ...(await texts), ...(await Promise.all(lists)), ...(await rest)]
  // Kept where the collector cannot free it, as the dashboard keeps its data.
  Object.assign(window, { listsAlone: kept })
  status.textContent = `Parsed and kept ${kept.length} files.`
} catch (error) {
  status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`
}
