import { describe, expect, it } from 'vitest'
import { parseResource, parseResourceInSlices } from './parse-resource'
import { nextTask } from './next-task'
import { loadDataset } from '../../scripts/load-dataset'

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

describe('parseResourceInSlices', () => {
  const positions = loadDataset().positions

  it('gives what parseResource gives, for a body that matches and for one that does not', async () => {
    expect(await parseResourceInSlices('positions', positions)).toEqual(parseResource('positions', positions))
    const wrong = [...positions.slice(0, 50), { id: 1, title: null }, ...positions.slice(50)]
    expect(await parseResourceInSlices('positions', wrong)).toEqual(parseResource('positions', wrong))
    expect(await parseResourceInSlices('meta', { apiVersion: 1 })).toEqual(parseResource('meta', { apiVersion: 1 }))
  })

  it('lets other tasks run while it checks a long list, instead of holding the thread to the end', async () => {
    const long = Array.from({ length: 40 }, () => positions).flat()
    let ranBetween = false
    // Another task, queued before the check began (by message: Node, unlike a browser, runs a chain of
    // messages before its timers).
    void nextTask().then(() => (ranBetween = true))
    const checking = parseResourceInSlices('positions', long)
    const result = await checking
    expect(result.success).toBe(true)
    // It ran before the check ended.
    expect(ranBetween).toBe(true)
  })

  it('takes turns between files checked side by side: a short list is not left behind a long one', async () => {
    // Long enough to need many slices even on a fast machine; the short one starts once the long one has paused.
    const long = Array.from({ length: 200 }, () => positions).flat()
    const finished: string[] = []
    const longCheck = parseResourceInSlices('positions', long).then(() => finished.push('long'))
    await nextTask()
    expect(finished).toEqual([])
    const shortCheck = parseResourceInSlices('positions', positions.slice(0, 3)).then(() => finished.push('short'))
    await Promise.all([longCheck, shortCheck])
    expect(finished).toEqual(['short', 'long'])
  })
})
