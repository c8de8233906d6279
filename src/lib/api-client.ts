/**
 * The one way the app reads the API: fetch, a timeout, and validation against the
 * contract. Every failure becomes an ApiError with a kind the UI can explain.
 */
import type { ResourceData, ResourceName } from '@/contract/resource-schemas'

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-data'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message)
  }

  /** Network trouble and server errors may pass; a 4xx or bad data will not change on retry. */
  get isTransient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500)
  }
}

/** Tests shorten the timeout; the app keeps the default. */
export const apiClientSettings = { timeoutMs: 10_000 }

/** The API base: VITE_API_BASE_URL when set, else the app's own origin and base path. */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL as string | undefined
  if (configured) return configured.replace(/\/+$/, '')
  return new URL(import.meta.env.BASE_URL, window.location.origin).href.replace(/\/+$/, '')
}

interface FetchOptions {
  signal?: AbortSignal
  timeoutMs?: number
}

let schemasModule: Promise<typeof import('@/contract/resource-schemas')> | undefined
/** Loaded once, on the first request, while that request is in flight. */
const loadSchemas = () => (schemasModule ??= import('@/contract/resource-schemas'))

export async function fetchResource<R extends ResourceName>(
  path: string,
  resource: R,
  { signal, timeoutMs = apiClientSettings.timeoutMs }: FetchOptions = {},
): Promise<ResourceData<R>> {
  const schemas = loadSchemas()
  const url = `${apiBaseUrl()}${path}`
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout

  let response: Response
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } })
  } catch (cause) {
    if (timeout.aborted) throw new ApiError('timeout', url, `No answer within ${timeoutMs / 1000} s`)
    if (signal?.aborted) throw cause // cancelled by TanStack Query: not an error to show
    throw new ApiError('network', url, 'The server could not be reached')
  }
  if (!response.ok) {
    throw new ApiError('http', url, `The server answered ${response.status} ${response.statusText}`.trim(), response.status)
  }

  let body: unknown
  try {
    body = await response.json()
  } catch {
    if (timeout.aborted) throw new ApiError('timeout', url, `No answer within ${timeoutMs / 1000} s`)
    throw new ApiError('invalid-data', url, 'The server sent something that is not JSON')
  }
  const schema = (await schemas).resourceSchemas[resource]
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
    throw new ApiError('invalid-data', url, `The data does not match the expected shape${where}: ${first?.message ?? 'invalid'}`)
  }
  return parsed.data as ResourceData<R>
}

/** A sentence a person can act on, for any error a query may end with. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return { title: 'Could not reach the server', detail: 'Check the connection, then try again.' }
      case 'timeout':
        return { title: 'The server took too long to answer', detail: `${error.message}. Try again.` }
      case 'http':
        return error.status !== null && error.status >= 500
          ? { title: 'The server had a problem', detail: `${error.message}. Try again in a moment.` }
          : { title: 'The data could not be found', detail: `${error.message}.` }
      case 'invalid-data':
        return { title: 'The data is damaged', detail: `${error.message}.` }
    }
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) }
}
