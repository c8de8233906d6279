/**
 * The main thread's budget for work on API bodies (decoding, parsing, checking), shared by every body.
 * No zod here: a body the build already checked is decoded and parsed in these slices without the validators.
 */
import { nextTask } from './next-task'

/** How long work on API bodies may hold the main thread before the page may paint and respond. */
const SLICE_MS = 8

/** Pieces of work waiting their turn, first come first served, so files read side by side alternate. */
const queue: (() => void)[] = []
/** When the current slice began; null once a new task may start a fresh one. */
let sliceStartedAt: number | null = null
let wakeScheduled = false

/**
 * Runs queued pieces while the slice has time, then leaves the rest to a later task. The budget is
 * checked before each piece by the one loop that runs them all: when forty files arrive together, a
 * slice still ends after about 8 ms, where letting each caller check for itself ran one piece of every
 * file in the same task.
 */
function runQueue() {
  sliceStartedAt ??= performance.now()
  while (queue.length > 0) {
    if (performance.now() - sliceStartedAt > SLICE_MS) {
      wakeScheduled = true
      void nextTask().then(() => {
        wakeScheduled = false
        sliceStartedAt = null
        runQueue()
      })
      return
    }
    queue.shift()!()
  }
}

/**
 * Runs `work` (one small piece: a few hundred kB decoded or parsed, one item checked) in the current
 * slice if it has time left, else in a later task, and resolves with its result (or rejects with its error).
 */
export function inSlice<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(work())
      } catch (error) {
        reject(error)
      }
    })
    if (!wakeScheduled) runQueue()
  })
}
