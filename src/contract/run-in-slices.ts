import { inSlice } from './time-slices'

/**
 * Runs a generator's work in the shared time slices (time-slices.ts), `stepsPerPiece` of its steps
 * to a piece, and resolves with what it returns: the page paints and answers input between slices.
 * For work written as pausing generators: the contract's checks, the view built before hydration.
 * Once `signal` aborts, it stops at the next piece, rejecting with the abort's reason.
 */
export async function runInSlices<T>(work: Generator<void, T>, stepsPerPiece = 1, signal?: AbortSignal): Promise<T> {
  const piece = () => {
    let step = work.next()
    for (let i = 1; i < stepsPerPiece && !step.done; i++) step = work.next()
    return step
  }
  for (;;) {
    const step = await inSlice(piece, { signal })
    if (step.done) return step.value
  }
}
