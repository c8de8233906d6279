/** The data's worker: reads API files off the page's main thread (serve-bodies.ts says why). */
import type { ToWorker } from './body-transport'
import { serveBodies } from './serve-bodies'

// A worker's postMessage takes no target origin (the rule is for windows').
// oxlint-disable-next-line unicorn/require-post-message-target-origin
const handle = serveBodies((message) => self.postMessage(message))
self.addEventListener('message', (event: MessageEvent<ToWorker>) => handle(event.data))
