import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The slices' tasks as timers, which the tests' fake clock steps one at a time (next-task.test.ts tests the real one).
vi.mock('./next-task', () => ({ nextTask: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) }))

// Each test gets the module afresh: its queue and slice are module state.
let inSlice: typeof import('./time-slices').inSlice
beforeEach(async () => {
  vi.resetModules()
  ;({ inSlice } = await import('./time-slices'))
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Lets the promise callbacks queued so far run, as the rest of the current task would. */
async function finishTask() {
  for (let i = 0; i < 50; i++) await Promise.resolve()
}

describe('time slices', () => {
  it('ends a slice once its budget is used, however many files wait side by side', async () => {
    // A clock the pieces move: each piece "takes" 2 ms, so a 5 ms slice holds three (begun at 0, 2 and 4 ms: the budget is checked before each).
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let task = 0
    const ranIn: number[] = []
    const piece = (file: number) => {
      clock += 2
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
    expect(Math.max(...perTask.values())).toBe(3)
    expect(await Promise.all(files)).toEqual(Array.from({ length: 40 }, (_, file) => [file, file, file]))
  })

  it('runs a piece marked alone first in a fresh slice, and nothing after it in that slice', async () => {
    // Small pieces "take" 1 ms; a parse "takes" 3 ms: the slice's budget alone would let others share its task.
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let task = 0
    const ranIn: { name: string; task: number }[] = []
    const piece = (name: string, ms: number) => () => {
      clock += ms
      ranIn.push({ name, task })
    }
    // Files side by side: two decode in one small piece and parse alone; one has five small pieces.
    const files = [
      ...['a', 'b'].map(async (file) => {
        await inSlice(piece(`${file} decode`, 1))
        await inSlice(piece(`${file} parse`, 3), { alone: true })
      }),
      (async () => {
        for (let i = 1; i <= 5; i++) await inSlice(piece(`c decode ${i}`, 1))
      })(),
    ]
    while (ranIn.length < 9 && task < 50) {
      await finishTask()
      task++
      vi.advanceTimersToNextTimer()
    }
    // Every piece ran (else awaiting the files would wait for ever).
    expect(ranIn).toHaveLength(9)
    await Promise.all(files)
    const tasks = new Map<number, string[]>()
    for (const run of ranIn) tasks.set(run.task, [...(tasks.get(run.task) ?? []), run.name])
    // A parse is the only piece of its task: never after small pieces, never before others.
    const tasksWithParse = [...tasks.values()].filter((names) => names.some((name) => name.endsWith('parse')))
    expect(tasksWithParse).toEqual([['a parse'], ['b parse']])
    expect(ranIn.filter(({ name }) => name.endsWith('parse'))).toHaveLength(2)
    // The small pieces still share slices: seven of them do not take seven tasks.
    expect(new Set(ranIn.filter(({ name }) => !name.endsWith('parse')).map((run) => run.task)).size).toBeLessThan(7)
  })

  it('runs a piece marked first ahead of the pieces already waiting, after those marked first before it', async () => {
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => clock)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const ran: string[] = []
    const piece = (name: string) => () => {
      clock += 6 // each spends a whole slice: one piece per task
      ran.push(name)
    }
    const all = [
      inSlice(piece('spends the first slice')),
      inSlice(piece('parse a')),
      inSlice(piece('parse b')),
      inSlice(piece('start 1'), { first: true }),
      inSlice(piece('start 2'), { first: true }),
    ]
    for (let task = 0; task < 10 && ran.length < 5; task++) {
      await finishTask()
      vi.advanceTimersToNextTimer()
    }
    await Promise.all(all)
    expect(ran).toEqual(['spends the first slice', 'start 1', 'start 2', 'parse a', 'parse b'])
  })

  it('passes on the result of a piece, and its error, and runs the pieces queued behind a failed one', async () => {
    const results = [inSlice(() => 42), inSlice(() => JSON.parse('{"venues": [')), inSlice(() => 'after')]
    await expect(results[0]).resolves.toBe(42)
    await expect(results[1]).rejects.toBeInstanceOf(SyntaxError)
    await expect(results[2]).resolves.toBe('after')
  })
})
