import { delay, http, HttpResponse } from 'msw'
import { API_PREFIX, listResources, type ListResource } from '@/contract/endpoints'
import type { Dataset } from '@/contract/schemas'
import { apiHandlers } from './handlers/api'
import { failing } from './failures'

/**
 * Dev-time API scenarios, chosen without code changes: `?mock=slow` in the address bar
 * (remembered for the tab) or `VITE_MOCK_SCENARIO=slow npm run dev`.
 */
export const scenarioNames = ['normal', 'slow', 'failing', 'empty', 'large', ...Object.keys(listResources).map((r) => `failing-${r}`)] as const
export type ScenarioName = string

export function scenarioHandlers(name: ScenarioName, datasets: { real: () => Dataset; large: () => Dataset }) {
  const base = apiHandlers(datasets.real())
  if (name === 'slow') {
    // Falls through to the normal handlers after the pause.
    return [http.get(`*${API_PREFIX}/*`, async () => void (await delay(2500))), ...base]
  }
  if (name === 'failing') return [http.get(`*${API_PREFIX}/*`, () => new HttpResponse('Internal Server Error', { status: 500 })), ...base]
  if (name === 'empty') return [...emptyHandlers(datasets.real()), ...base]
  if (name === 'large') return apiHandlers(datasets.large())
  const resource = name.startsWith('failing-') ? (name.slice('failing-'.length) as ListResource) : null
  if (resource && resource in listResources) return [failing(listResources[resource].path, 'server-error'), ...base]
  return base
}

function emptyHandlers(real: Dataset) {
  const empty: Dataset = {
    ...real,
    meta: { ...real.meta, counts: { venues: 0, issues: 0, positions: 0, figures: 0, events: 0, organizations: 0, people: 0, topics: 0 } },
    organizations: [],
    people: [],
    topics: [],
    venues: [],
    issues: [],
    positions: [],
    figures: [],
    events: [],
  }
  return apiHandlers(empty)
}
