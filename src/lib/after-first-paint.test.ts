import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from './after-first-paint'

/** A browser's paint observer, fed by hand: `paint(name)` reports one paint entry to every observer. */
function fakePaintObserver() {
  const callbacks = new Set<(list: { getEntriesByName: (name: string) => unknown[] }) => void>()
  class FakeObserver {
    static supportedEntryTypes = ['paint']
    constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {}
    observe() {
      callbacks.add(this.callback)
    }
    disconnect() {
      callbacks.delete(this.callback)
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  return {
    paint: (paintName: string) => [...callbacks].forEach((callback) => callback({ getEntriesByName: (name) => (name === paintName ? [{ name }] : []) })),
    observing: () => callbacks.size,
  }
}

const settled = async (promise: Promise<void>) => {
  let done = false
  void promise.then(() => (done = true))
  // Past the timer the wait resolves in: the task after the paint.
  await new Promise((resolve) => setTimeout(resolve, 0))
  await new Promise((resolve) => setTimeout(resolve, 0))
  return done
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('afterFirstPaint', () => {
  it('waits for the first contentful paint, not the first paint, and stops observing once it comes', async () => {
    const paints = fakePaintObserver()
    const waiting = afterFirstPaint(true)
    paints.paint('first-paint')
    expect(await settled(waiting)).toBe(false)
    paints.paint('first-contentful-paint')
    expect(await settled(waiting)).toBe(true)
    expect(paints.observing()).toBe(0)
  })

  it('does not wait where no content is on screen, or in a hidden tab, which never paints', async () => {
    fakePaintObserver()
    expect(await settled(afterFirstPaint(false))).toBe(true)
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    expect(await settled(afterFirstPaint(true))).toBe(true)
  })
})
