import { describe, expect, it } from 'vitest'
import { parseResource } from './parse-resource'

/** An item that counts how often the validator looks into it. */
function watchedItem(reads: { count: number }) {
  return new Proxy({ id: 42 }, {
    get(target, key, receiver) {
      reads.count++
      return Reflect.get(target, key, receiver)
    },
  })
}

describe('parseResource', () => {
  it('names the first problem with its path', () => {
    const result = parseResource('topics', [{ id: 42 }])
    expect(result).toMatchObject({ success: false, path: [0, 'id'] })
  })

  it('stops at the first wrong item: the items after it are never looked at', () => {
    const reads = { count: 0 }
    const body = [{ id: 1, title: null }, ...Array.from({ length: 10_000 }, () => watchedItem(reads))]
    const result = parseResource('positions', body)
    expect(result.success).toBe(false)
    expect(reads.count).toBe(0)
  })

  it('stops inside one item too: a wrong field ends the check of that item', () => {
    const reads = { count: 0 }
    // The first field checked is wrong; the rest of the object is behind the proxy.
    const item = new Proxy({ id: 42 } as Record<string, unknown>, {
      get(target, key, receiver) {
        if (key !== 'id') reads.count++
        return Reflect.get(target, key, receiver)
      },
    })
    expect(parseResource('topics', [item]).success).toBe(false)
    expect(reads.count).toBe(0)
  })

  it('accepts a body that matches, and a wrong non-array resource fails with a path', () => {
    expect(parseResource('topics', [])).toEqual({ success: true, data: [] })
    expect(parseResource('meta', { apiVersion: 1 })).toMatchObject({ success: false })
  })
})
