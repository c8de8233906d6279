/** Holds the main thread for `ms`, as a piece of work (a body's, or a request's start) would. */
export const busy = (ms: number) => () => {
  const until = performance.now() + ms
  while (performance.now() < until);
}

/**
 * Counts calls by the task they ran in: `count()` in each, then `perTask` lists how many ran in each
 * task. A task's synchronous run ends before its microtasks, so calls counted until then ran in one task.
 */
export function countPerTask() {
  const perTask: number[] = []
  let inTask = false
  return {
    perTask,
    count() {
      if (!inTask) {
        inTask = true
        perTask.push(0)
        queueMicrotask(() => (inTask = false))
      }
      perTask[perTask.length - 1]!++
    },
  }
}
