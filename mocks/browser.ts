import { setupWorker } from 'msw/browser'
import { apiHandlers } from './handlers/api'
import { mockDataset } from './dataset'

/** The dev-mode API: the same handlers as in tests, in a service worker. */
export async function startWorker() {
  const worker = setupWorker(...apiHandlers(mockDataset()))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  return worker
}
