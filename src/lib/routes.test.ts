import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchPath, routeHref, routes } from './routes'

describe('the route table', () => {
  it.each([
    ['/', { name: 'overview' }],
    ['/venues/bcb', { name: 'venue', venueId: 'bcb' }],
    ['/venues/%E0%A4%A', { name: 'venue', venueId: '%E0%A4%A' }],
    ['/reader', { name: 'reader', cableId: null }],
    ['/reader/07BEIJING2566', { name: 'reader', cableId: '07BEIJING2566' }],
    ['/present', { name: 'present' }],
    ['/venues', { name: 'not-found', path: '/venues' }],
    ['/venues//x', { name: 'not-found', path: '/venues//x' }],
    ['/present/2', { name: 'not-found', path: '/present/2' }],
    ['/a/b/c/d', { name: 'not-found', path: '/a/b/c/d' }],
  ])('%s is %j', (path, route) => {
    expect(matchPath(path)).toEqual(route)
  })

  it('builds addresses that match back to the same route and params', () => {
    const id = fc.string({ minLength: 1, maxLength: 20 })
    fc.assert(
      fc.property(id, id, (venueId, cableId) => {
        expect(matchPath(routeHref('venue', { venueId }))).toEqual({ name: 'venue', venueId })
        expect(matchPath(routeHref('reader', { cableId }))).toEqual({ name: 'reader', cableId })
      }),
    )
    expect(routeHref('reader', { cableId: null }, '?safe=1')).toBe('/reader?safe=1')
    expect(routeHref('overview', {}, '?org=moe')).toBe('/?org=moe')
    expect(routeHref('venue', { venueId: 'bcb' }, '?org=moe', '#issue-x')).toBe('/venues/bcb?org=moe#issue-x')
  })

  it('gives every route a page title', () => {
    for (const route of Object.values(routes)) expect(route.title).not.toBe('')
  })
})
