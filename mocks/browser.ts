import { setupWorker } from 'msw/browser'
import { mockDataset } from './dataset'
import { scenarioHandlers, scenarioNames } from './scenarios'

const STORAGE_KEY = 'ipr-dashboard:mock-scenario'

/** `?mock=NAME` picks a scenario for this tab (and leaves the URL, so links stay clean); `?mock=normal` resets. */
function chooseScenario(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('mock')
  if (fromUrl !== null) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl)
    url.searchParams.delete('mock')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }
  const chosen = sessionStorage.getItem(STORAGE_KEY) ?? (import.meta.env.VITE_MOCK_SCENARIO as string | undefined) ?? 'normal'
  if (!(scenarioNames as readonly string[]).includes(chosen)) {
    console.warn(`Unknown mock scenario "${chosen}"; known: ${scenarioNames.join(', ')}. Using "normal".`)
    return 'normal'
  }
  return chosen
}

/** The dev-mode API: the same handlers as in tests, in a service worker. */
export async function startWorker() {
  const scenario = chooseScenario()
  const large = await import('./large-dataset').then((m) => m.largeDataset)
  const worker = setupWorker(...scenarioHandlers(scenario, { real: mockDataset, large }))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  if (scenario !== 'normal') console.info(`Mock API scenario: ${scenario} (?mock=normal to reset)`)
  return worker
}
