/** A promise that settles in a later task: awaiting it lets the browser paint and answer input first. Import-free: the entry script and the contract's time slices use it. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
