/**
 * Paths of the static JSON API, relative to the API base URL. Every path is a plain
 * file so that any static host or CDN can serve the API as it is. The schema of each
 * file is in resource-schemas.ts, under the same resource name.
 */
import type { ResourceName } from './resource-schemas'
import type { Dataset } from './schemas'

export const API_PREFIX = '/api/v1'

/**
 * The list resources: each is an array from the dataset, served in pages of LIST_PAGE_ITEMS items:
 * `issues.json` holds the first (or the whole list), `issues.2.json` the second, and so on. How many
 * pages a list has follows from its count in meta.json, so a client can request them all at once.
 */
export const listResources = {
  venues: { path: `${API_PREFIX}/venues.json` },
  issues: { path: `${API_PREFIX}/issues.json` },
  positions: { path: `${API_PREFIX}/positions.json` },
  figures: { path: `${API_PREFIX}/figures.json` },
  events: { path: `${API_PREFIX}/events.json` },
  organizations: { path: `${API_PREFIX}/organizations.json` },
  people: { path: `${API_PREFIX}/people.json` },
  topics: { path: `${API_PREFIX}/topics.json` },
} as const satisfies Record<string, { path: string }>

export type ListResource = keyof typeof listResources

/**
 * Items per file of a list. Pages keep every file far under a megabyte at the benchmark's
 * 10,000 issues (about 800 kB of issues, 300 kB of positions), so no one body takes the browser
 * long to decode, parse or hash; the real dataset's lists each fit in one file.
 */
export const LIST_PAGE_ITEMS = 500

/** How many files a list of `count` items is served in: at least one, an empty list being `[]`. */
export const listPageCount = (count: number) => Math.max(1, Math.ceil(count / LIST_PAGE_ITEMS))

/** The path of page `page` (1-based) of a list: the first page is the list's own path. */
export function listPagePath(resource: ListResource, page: number): string {
  const { path } = listResources[resource]
  return page === 1 ? path : path.replace(/\.json$/, `.${page}.json`)
}

/** Every file a list of `count` items is served in, in order. */
export const listPagePaths = (resource: ListResource, count: number) =>
  Array.from({ length: listPageCount(count) }, (_, i) => listPagePath(resource, i + 1))

const LIST_PAGE = new RegExp(`^${API_PREFIX}/([a-z]+)\\.([1-9][0-9]*)\\.json$`)

export const metaResource = { path: `${API_PREFIX}/meta.json` }
export const cableListResource = { path: `${API_PREFIX}/cables.json` }
export const cablePath = (id: string) => `${API_PREFIX}/cables/${encodeURIComponent(id)}.json`

/** The resource a path of the API holds (its schema's name in resource-schemas.ts), or null for a path outside the contract. */
export function resourceAt(path: string): ResourceName | null {
  if (path === metaResource.path) return 'meta'
  if (path === cableListResource.path) return 'cables'
  const list = Object.entries(listResources).find(([, resource]) => resource.path === path)
  if (list) return list[0] as ListResource
  // Page 2 onwards (page 1 is the list's own path: `issues.1.json` is not a file of the API).
  const page = LIST_PAGE.exec(path)
  if (page && page[2] !== '1' && Object.hasOwn(listResources, page[1]!)) return page[1] as ListResource
  return path.startsWith(`${API_PREFIX}/cables/`) && path.endsWith('.json') ? 'cable' : null
}

/**
 * Every file of the API with its body, in one place so the static build and MSW cannot drift.
 * Throws if meta.json's counts are not the lists' lengths: clients page by them.
 */
export function apiFiles(dataset: Dataset): Map<string, unknown> {
  const files = new Map<string, unknown>()
  files.set(metaResource.path, dataset.meta)
  files.set(
    cableListResource.path,
    dataset.cables.map(({ paragraphs, eo: _eo, addressees: _a, rendering: _r, comparedWith: _c, ...summary }) => ({
      ...summary,
      paragraphCount: paragraphs.length,
    })),
  )
  for (const cable of dataset.cables) files.set(cablePath(cable.id), cable)
  for (const name of Object.keys(listResources) as ListResource[]) {
    const items: readonly unknown[] = dataset[name]
    if (dataset.meta.counts[name] !== items.length) {
      throw new Error(`meta.json counts ${dataset.meta.counts[name]} ${name}, but the dataset holds ${items.length}: clients would miss pages`)
    }
    listPagePaths(name, items.length).forEach((path, i) => files.set(path, items.slice(i * LIST_PAGE_ITEMS, (i + 1) * LIST_PAGE_ITEMS)))
  }
  return files
}
