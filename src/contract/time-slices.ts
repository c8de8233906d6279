/**
 * The main thread's budget for work on API bodies (decoding, parsing, checking), shared by every body,
 * and by the view a prerendered page builds from them before it hydrates (app/prepare-hydration.ts).
 * No zod here: a body the build already checked is decoded and parsed in these slices without the validators.
 */
import { nextTask } from './next-task'

/** How long work on API bodies may hold the main thread before the page may paint and respond. */
const SLICE_MS = 8

/** Pieces of work waiting their turn, first come first served, so files read side by side alternate. */
const queue: (() => void)[] = []
/** When the current slice began; null from the next task on, when a fresh one may start. */
let sliceStartedAt: number | null = null
let running = false

/** A slice lasts until the next task: then a fresh one starts, and runs what is still queued. */
function startSlice(): number {
  if (sliceStartedAt === null) {
    sliceStartedAt = performance.now()
    void nextTask().then(() => {
      sliceStartedAt = null
      if (queue.length > 0) runQueue()
    })
  }
  return sliceStartedAt
}

/**
 * Runs queued pieces while the slice has time; the rest waits for the next slice. The budget is
 * checked before each piece by the one loop that runs them all: when forty files arrive together, a
 * slice still ends after about 8 ms, where letting each caller check for itself ran one piece of every
 * file in the same task.
 */
function runQueue() {
  // A piece that queues another (none does today) leaves it to this loop rather than nesting one.
  if (running) return
  running = true
  try {
    const startedAt = startSlice()
    while (queue.length > 0 && performance.now() - startedAt <= SLICE_MS) queue.shift()!()
  } finally {
    running = false
  }
}

/**
 * Runs `work` (one small piece: a few hundred kB decoded or parsed, a few dozen items checked) in the
 * current slice if it has time left, else in a later task, and resolves with its result (or rejects
 * with its error; the pieces behind it run all the same).
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
    runQueue()
  })
}
