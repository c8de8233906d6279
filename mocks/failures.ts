import { delay, http, HttpResponse } from 'msw'

export const failureKinds = ['server-error', 'network', 'timeout', 'malformed-json', 'invalid-data'] as const
export type FailureKind = (typeof failureKinds)[number]

/** A handler that makes one API path fail the way a real deployment can. Tests and dev scenarios share it. */
export function failing(path: string, kind: FailureKind, options: { once?: boolean } = {}) {
  return http.get(
    `*${path}`,
    async () => {
      switch (kind) {
        case 'server-error':
          return new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' })
        case 'network':
          return HttpResponse.error()
        case 'timeout':
          await delay('infinite')
          return HttpResponse.error()
        case 'malformed-json':
          return new HttpResponse('{"venues": [', { headers: { 'Content-Type': 'application/json' } })
        case 'invalid-data':
          return HttpResponse.json([{ id: 42, title: null }])
      }
    },
    options,
  )
}
