import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Lets every pending promise callback run, as the rest of the current task would. */
async function finishTask() {
  for (let i = 0; i < 50; i++) await Promise.resolve()
}

describe('time slices', () => {
  it('ends a slice once its budget is used, however many files wait side by side', async () => {
    // A clock the pieces move: each piece "takes" 5 ms, so an 8 ms slice holds two of them.
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    vi.resetModules()
    const { inSlice } = await import('./time-slices')
    let task = 0
    const ranIn: number[] = []
    const piece = (file: number) => {
      clock += 5
      ranIn.push(task)
      return file
    }
    // Forty files arriving together, three pieces each (decode, decode, parse).
    const files = Array.from({ length: 40 }, async (_, file) => {
      const order: number[] = []
      for (let i = 0; i < 3; i++) order.push(await inSlice(() => piece(file)))
      return order
    })
    while (ranIn.length < 120 && task < 500) {
      await finishTask()
      task++
      vi.advanceTimersToNextTimer()
    }
    expect(ranIn).toHaveLength(120)
    const perTask = new Map<number, number>()
    for (const t of ranIn) perTask.set(t, (perTask.get(t) ?? 0) + 1)
    expect(Math.max(...perTask.values())).toBe(2)
    expect(await Promise.all(files)).toEqual(Array.from({ length: 40 }, (_, file) => [file, file, file]))
  })

  it('passes on the result of a piece, and its error', async () => {
    const { inSlice } = await import('./time-slices')
    await expect(inSlice(() => 42)).resolves.toBe(42)
    await expect(inSlice(() => JSON.parse('{"venues": ['))).rejects.toBeInstanceOf(SyntaxError)
  })
})
