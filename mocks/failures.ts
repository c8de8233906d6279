import { delay, http, HttpResponse } from 'msw'
import { cablePath, listResources } from '../src/contract/endpoints'

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

/**
 * A handler that holds the next request for `path` until `release` is called; released, it returns nothing,
 * so the request goes on to the dataset's own handler. For the moments a test must see while a file is on its way.
 */
export function heldOnce(path: string) {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  return { handler: http.get(`*${path}`, () => held, { once: true }), release }
}

/** API files without which a page cannot show its venues at all: they fail the whole panel. */
export const coreResources = [
  ['venues', listResources.venues.path],
  ['issues', listResources.issues.path],
  ['organizations', listResources.organizations.path],
  ['topics', listResources.topics.path],
] as const

/** API files a page can do without, and how its alert names each when it fails. */
export const optionalResources = [
  ['positions', listResources.positions.path, /could not load the positions/i],
  ['figures', listResources.figures.path, /could not load the figures/i],
  ['events', listResources.events.path, /could not load the events/i],
  ['people', listResources.people.path, /could not load the people/i],
  ['cable', cablePath('07BEIJING2566'), /could not load the cable text/i],
] as const
