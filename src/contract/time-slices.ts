/**
 * The main thread's budget for work on API bodies (decoding, checking), shared by every body.
 * No zod here: a body the build already checked is decoded in these slices without the validators.
 */
import { nextTask } from './next-task'

/** How long work on API bodies (reading, checking) may hold the main thread before the page may paint and respond. */
const SLICE_MS = 8

/**
 * One slice shared by every body being read or checked: files that arrive together are worked on in
 * the same tasks, and each taking its own 8 ms made one long task of them all.
 */
let sliceStartedAt: number | null = null
/** The one wake-up every paused caller waits for, so they resume in the same task and take turns in it. */
let nextSlice: Promise<void> | null = null

/**
 * Resolves at once while the current slice has time left (starting a slice if none is running),
 * else in the next task, with a fresh slice. Await it before each small piece of work: callers
 * that await it side by side alternate piece by piece, so a small file is not left behind a large one.
 */
export function waitIfSliceUsedUp(): Promise<void> {
  const now = performance.now()
  sliceStartedAt ??= now
  if (now - sliceStartedAt <= SLICE_MS) return Promise.resolve()
  nextSlice ??= nextTask().then(() => {
    sliceStartedAt = null
    nextSlice = null
  })
  return nextSlice
}
