import { describe, expect, it, vi } from 'vitest'
import { nextTask } from './next-task'

describe('next task', () => {
  it('settles after the work already queued in this task, one call after another in order', async () => {
    const order: string[] = []
    const first = nextTask().then(() => order.push('first'))
    const second = nextTask().then(() => order.push('second'))
    void Promise.resolve().then(() => order.push('this task'))
    await Promise.all([first, second])
    expect(order).toEqual(['this task', 'first', 'second'])
  })

  it('comes by message, not by timer: timers are clamped and throttled in hidden tabs', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    await nextTask()
    expect(setTimeoutSpy).not.toHaveBeenCalled()
    setTimeoutSpy.mockRestore()
  })
})
