/**
 * Steps written as generators that pause (yield) between pieces of work, so that a caller may let
 * the page run between pieces (app/prepare-hydration.ts runs them in time slices before hydrating)
 * or run them to their end at once (a render).
 */

/**
 * Items a piece of a step goes through before it pauses. A piece must be short beside the 5 ms
 * slice it runs in (contract/time-slices.ts), which ends only after the piece that overruns it: pieces
 * of a thousand took 8 to 18 ms on this project's machines, so slices (8 ms then) ran 15 to 26 ms, over the
 * 12.5 ms that a phone's four-times-slower CPU turns into a long task. Two hundred are a fifth of that.
 */
const ITEMS_PER_PIECE = 200

/** Whether a step that has done `done` items pauses before the next: before each next two hundred, never before the first. */
export const pauseDue = (done: number) => done > 0 && done % ITEMS_PER_PIECE === 0

/** Runs a step's pieces one after another, without pausing. */
export function runToEnd<T>(pieces: Generator<void, T>): T {
  for (;;) {
    const piece = pieces.next()
    if (piece.done) return piece.value
  }
}

/** A step that runs in pieces, made into one that runs to its end at once (the render's way). */
export const atOnce =
  <A extends unknown[], T>(step: (...args: A) => Generator<void, T>) =>
  (...args: A): T =>
    runToEnd(step(...args))
