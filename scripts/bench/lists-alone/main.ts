/**
 * The benchmark's "lists alone" page, a reference for a large dataset: it loads the files the
 * dashboard loads first as the dashboard does, and keeps them. Once the first paint is done it adds
 * the dashboard's own preload links for them (the bench copies the dashboard's list into this page), a
 * few per task, as src/main.tsx does; then it requests them in the query layer's order (meta.json, the
 * cable list and every list's first page at once; the lists' other pages once meta.json counts them;
 * each cable's text once the cable list names it), reads, decodes and parses each as the app does
 * (with src/lib/api-client.ts's own readBody and decodeInSlices: the body read chunk by chunk, decoded
 * 64 kB at a time and parsed alone, in the app's shared time slices) and keeps what it parsed. No
 * React, no checks (neither the validators nor the build's fingerprints), no index, no render: what
 * Lighthouse counts as blocking here is what the data costs on the main thread before the app does
 * anything with it.
 */
import { cableListResource, cablePath, listPagePaths, listResources, metaResource, type ListResource } from '../../../src/contract/endpoints'
import { nextTask } from '../../../src/contract/next-task'
import { inSlice } from '../../../src/contract/time-slices'
import { decodeInSlices, readBody } from '../../../src/lib/api-client'
import { DEFERRED_PRELOADS_ID, type DeferredPreloads } from '../../../src/lib/prerender-contract'

/** As src/main.tsx: a few links per task. */
const LINKS_PER_TASK = 3

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      setTimeout(resolve, 0)
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}

async function preloadTheDashboardsData() {
  const listed = document.getElementById(DEFERRED_PRELOADS_ID)?.textContent
  if (!listed) throw new Error('the dashboard\'s preload list is missing')
  const { fetches } = JSON.parse(listed) as DeferredPreloads
  for (let i = 0; i < fetches.length; i += LINKS_PER_TASK) {
    if (i > 0) await nextTask()
    document.head.append(...fetches.slice(i, i + LINKS_PER_TASK).map((href) => Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' })))
  }
}

/** A body read, decoded and parsed by the app's own code (src/lib/api-client.ts), without its time limits or checks. */
async function load<T = unknown>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  const chunks = await readBody(response, path, { limit: Number.POSITIVE_INFINITY, signal: new AbortController().signal, heard: () => {} })
  const parts = await decodeInSlices(chunks)
  return inSlice(() => JSON.parse(parts.join('')) as T, { alone: true })
}

const status = document.getElementById('status')!
try {
  await afterFirstPaint()
  await preloadTheDashboardsData()
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
