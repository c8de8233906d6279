/**
 * Paths of the static JSON API, relative to the API base URL. Every path is a plain
 * file so that any static host or CDN can serve the API as it is. The schema of each
 * file is in resource-schemas.ts, under the same resource name.
 */
import type { ResourceName } from './resource-schemas'
import type { Dataset } from './schemas'

export const API_PREFIX = '/api/v1'

/** The list resources: each is one file holding an array, taken whole from the dataset. */
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

export const metaResource = { path: `${API_PREFIX}/meta.json` }
export const cableListResource = { path: `${API_PREFIX}/cables.json` }
export const cablePath = (id: string) => `${API_PREFIX}/cables/${encodeURIComponent(id)}.json`

/** The resource a path of the API holds (its schema's name in resource-schemas.ts), or null for a path outside the contract. */
export function resourceAt(path: string): ResourceName | null {
  if (path === metaResource.path) return 'meta'
  if (path === cableListResource.path) return 'cables'
  const list = Object.entries(listResources).find(([, resource]) => resource.path === path)
  if (list) return list[0] as ListResource
  return path.startsWith(`${API_PREFIX}/cables/`) && path.endsWith('.json') ? 'cable' : null
}

/** Every file of the API with its body, in one place so the static build and MSW cannot drift. */
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
  for (const [name, resource] of Object.entries(listResources)) {
    files.set(resource.path, dataset[name as ListResource])
  }
  return files
}
