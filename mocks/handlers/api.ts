import { http, HttpResponse, type JsonBodyType } from 'msw'
import { apiFiles } from '@/contract/endpoints'
import type { Dataset } from '@/contract/schemas'

/**
 * One handler per file of the static API, made from the same `apiFiles` the production
 * build writes to dist/, so the mock and the real API cannot drift apart.
 * The `*` prefix matches any origin, so VITE_API_BASE_URL may point anywhere.
 */
export function apiHandlers(dataset: Dataset) {
  return [...apiFiles(dataset)].map(([path, body]) => http.get(`*${path}`, () => HttpResponse.json(body as JsonBodyType)))
}
