import { describe, expect, it } from 'vitest'
import { PRERENDER_GUARD, STALE_ATTRIBUTE } from './prerender-contract'

/** Runs the guard as the browser would, in <head>, for a page prerendered as `view` and opened at `url`. */
function guardMarksStale(view: string | null, url: string): boolean {
  const { pathname, search } = new URL(url, 'https://dashboard.test')
  const attributes = new Set<string>()
  const document = {
    querySelector: () => (view === null ? null : { content: view }),
    documentElement: { setAttribute: (name: string) => attributes.add(name) },
  }
  new Function('document', 'location', PRERENDER_GUARD)(document, { pathname, search })
  return attributes.has(STALE_ATTRIBUTE)
}

describe('the prerendered page’s guard', () => {
  it.each([
    ['/', '/'],
    ['/', '/?utm_source=mail&utm_medium=x'],
    ['/?safe=1', '/?safe=1'],
    ['/?safe=1', '/?safe=1&utm_campaign=x'],
    ['/venues/bcb', '/venues/bcb'],
    ['/venues/bcb', '/venues/bcb/'],
    ['/venues/bcb', '/venues/bcb#issue-x'],
    ['*', '/no/such/page'],
  ])('lets the HTML prerendered as %s show at %s', (view, url) => {
    expect(guardMarksStale(view, url)).toBe(false)
  })

  it.each([
    ['/', '/?safe=1'],
    ['/', '/?org=mofcom'],
    ['/', '/?safe=0'],
    ['/', '/?q='],
    ['/?safe=1', '/'],
    ['/?safe=1', '/?org=mofcom&safe=1'],
    ['/?safe=1', '/?safe=1&org=mofcom'],
    ['/venues/bcb', '/venues/other'],
    ['/present', '/present?slide=3'],
    ['*', '/venues/bcb?safe=1'],
  ])('hides the HTML prerendered as %s at %s, which asks for another view', (view, url) => {
    expect(guardMarksStale(view, url)).toBe(true)
  })

  it('leaves a page without a prerender (the dev server’s) alone', () => {
    expect(guardMarksStale(null, '/?safe=1')).toBe(false)
  })
})
