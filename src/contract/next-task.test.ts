import { execFileSync } from 'node:child_process'
import { describe, expect, it, vi } from 'vitest'
import { nextTask } from './next-task'

describe('next task', () => {
  it('settles after the work already queued in this task', async () => {
    const order: string[] = []
    const first = nextTask().then(() => order.push('first'))
    const second = nextTask().then(() => order.push('second'))
    void Promise.resolve().then(() => order.push('this task'))
    await Promise.all([first, second])
    // Each call has its own channel, and nothing orders messages across channels: only 'after' is promised.
    expect(order[0]).toBe('this task')
    expect(order.toSorted()).toEqual(['first', 'second', 'this task'])
  })

  it('lets a Node script end once it is done: the build runs the slices too, and an open port held it for ever', () => {
    const script = `import(${JSON.stringify(new URL('./next-task.ts', import.meta.url).href)}).then(async ({ nextTask }) => { await nextTask(); await Promise.all([nextTask(), nextTask()]); console.log('done') })`
    // The script ends by itself; the time limit only stops a hung one, and fails this test.
    expect(execFileSync(process.execPath, ['--import', 'tsx', '--eval', script], { encoding: 'utf8', timeout: 30_000 }).trim()).toBe('done')
  })

  it('comes by message, not by timer: timers are clamped and throttled in hidden tabs', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    await nextTask()
    expect(setTimeoutSpy).not.toHaveBeenCalled()
    setTimeoutSpy.mockRestore()
  })
})
