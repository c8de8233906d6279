/**
 * A promise that settles in a later task: awaiting it lets the browser paint and answer input first.
 * Import-free: the entry script and the contract's time slices use it.
 *
 * A message, not setTimeout(0): chained timers wait at least 4 ms from the fifth on, which left a
 * 5 ms slice idle almost as long as it worked, and a hidden tab runs timers about once a second, so a
 * large dataset opened in a background tab took minutes to load. Messages are not held back so. Each
 * call has its own channel, closed once it has spoken: an open port keeps Node running for ever, and
 * the build's scripts use the slices too.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel()
    // onmessage starts the port by itself (a listener would need start() too: bytes on the first load).
    // oxlint-disable-next-line unicorn/prefer-add-event-listener
    port1.onmessage = () => (port1.close(), resolve())
    port2.postMessage(null)
  })
