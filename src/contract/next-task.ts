/**
 * A promise that settles in a later task: awaiting it lets the browser paint and answer input first.
 * Import-free: the entry script and the contract's time slices use it.
 *
 * A message, not setTimeout(0): chained timers wait at least 4 ms from the fifth on, which left a
 * 5 ms slice idle almost as long as it worked, and a hidden tab runs timers about once a second, so a
 * large dataset opened in a background tab took minutes to load. Messages are not held back so.
 */
const waiting: (() => void)[] = []
let channel: MessageChannel | undefined

export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0)
    if (!channel) {
      channel = new MessageChannel()
      // Each message settles the oldest waiting promise: one per call, in order. Once none waits, the
      // channel closes: an open port keeps Node running for ever (the build's scripts use the slices
      // too). A listener, unlike onmessage, does not start the port by itself.
      const port = channel.port1
      port.addEventListener('message', () => {
        waiting.shift()?.()
        if (waiting.length > 0) return
        port.close()
        channel = undefined
      })
      port.start()
    }
    waiting.push(resolve)
    channel.port2.postMessage(null)
  })
}
