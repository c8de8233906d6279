/**
 * The main thread's budget for work on API bodies (checking them; decoding and parsing too where the page
 * reads them itself, src/lib/read-in-page.ts, as the data worker does that elsewhere), shared by every
 * body, and by the view a prerendered page builds from them before it hydrates (app/prepare-hydration.ts).
 * No zod here: a body the build already checked needs no validators.
 */
import { nextTask } from './next-task'

/**
 * How long work on API bodies may hold the main thread before the page may paint and respond. A slice
 * ends only after the piece that overruns it, and a garbage collection may fall inside it, so the
 * budget leaves room under the 12.5 ms that a phone's four-times-slower CPU makes a long task (50 ms):
 * with 8 ms, most slices in one unthrottled trace of the 10,000-issue load here ran 13 to 16 ms.
 */
const SLICE_MS = 5

interface Piece {
  run: () => void
  /** Runs first in a slice of its own, and ends it (a body's parse: inSlice says why). */
  alone: boolean
  /** Queued ahead of every piece without it (a request's start: inSlice says why). */
  first: boolean
}

/** Pieces of work waiting their turn, first come first served, so files read side by side alternate. */
const queue: Piece[] = []
/**
 * The current slice, from its first piece until the next task, when a fresh one may start: `used` once
 * a piece ran in it; a piece that runs alone ends it early, by dating its start back out of the budget.
 */
let slice: { startedAt: number; used: boolean } | null = null
let running = false

/** A slice lasts until the next task: then a fresh one starts, and runs what is still queued. */
function currentSlice() {
  if (slice === null) {
    slice = { startedAt: performance.now(), used: false }
    void nextTask().then(() => {
      slice = null
      if (queue.length > 0) runQueue()
    })
  }
  return slice
}

/**
 * Runs queued pieces while the slice has time; the rest waits for the next slice. The budget is
 * checked before each piece by the one loop that runs them all: when forty files arrive together, a
 * slice still ends after about 5 ms, where letting each caller check for itself ran one piece of every
 * file in the same task. A piece that runs alone waits for a fresh slice and closes it.
 */
function runQueue() {
  // A piece that queues another (a query's start queues its first request's) leaves it to this loop rather than nesting one.
  if (running) return
  running = true
  try {
    const current = currentSlice()
    while (queue.length > 0 && performance.now() - current.startedAt <= SLICE_MS) {
      if (queue[0]!.alone && current.used) break
      const piece = queue.shift()!
      current.used = true
      if (piece.alone) current.startedAt = Number.NEGATIVE_INFINITY
      piece.run()
    }
  } finally {
    running = false
  }
}

/**
 * Runs `work` (one small piece: a few hundred kB decoded, a few dozen items checked) in the current
 * slice if it has time left, else in a later task, and resolves with its result (or rejects with its
 * error; the pieces behind it run all the same). With `alone`, it runs first in a fresh slice and ends
 * it: for a piece that cannot be cut and may take much of a slice or more (parsing a list's page: up to
 * 7 to 11 ms for 800 kB). Appended to a slice already spent, a parse made that task longer still (the
 * tasks holding one ran 22 to 43 ms in the same trace, collections included). Every body's parse runs
 * so, a small one too: the extra task costs a message. With `first`, it goes ahead of every queued piece
 * without it: for a piece that lets other work start elsewhere (a request, which the network then
 * serves while the pieces behind it run), where a place at the back would leave that work waiting. A
 * piece `alone` behind such pieces waits until a slice begins with it: at most a slice per few starts.
 * Work that returns a promise (a request's or a query's start) counts against the slice up to its
 * first await; the promise's value is what the returned one resolves with.
 */
export function inSlice<T>(work: () => T | PromiseLike<T>, { alone = false, first = false, signal }: { alone?: boolean; first?: boolean; signal?: AbortSignal } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const behind = first ? queue.findIndex((piece) => !piece.first) : -1
    queue.splice(behind === -1 ? queue.length : behind, 0, {
      alone,
      first,
      run: () => {
        try {
          // Aborted while it waited (its request cancelled): rejects with the abort instead of working for no one.
          signal?.throwIfAborted()
          resolve(work())
        } catch (error) {
          reject(error)
        }
      },
    })
    runQueue()
  })
}
