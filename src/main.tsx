/**
 * The entry script: small on purpose. A prerendered page is already readable, so nothing here may
 * hold up its first paint: once that paint is done, it starts loading the app's code and the page's
 * data (listed by the build: scripts/prerender.ts), and then runs the app (boot.tsx), which hydrates
 * the page.
 */
import { canHash } from './contract/api-digest'
import { nextTask } from './contract/next-task'
import { afterFirstPaint } from './lib/after-first-paint'
import { MAX_BODY_BYTES } from './lib/body-transport'
import { prefetchInWorker, readsInWorker } from './lib/read-in-worker'
import { DEFERRED_PRELOADS_ID, prerenderOnScreen, type DeferredPreloads } from './lib/prerender-contract'
import './styles.css'

/**
 * Fetches the code and data the page listed, so the app finds them on its way. The data's worker first
 * (its own script loads before its requests start), then, in the next task, the code's links: starting
 * a worker and adding a handful of links each cost a phone up to a few tens of milliseconds here, in one
 * task too many.
 */
async function preloadListed() {
  const listed = document.getElementById(DEFERRED_PRELOADS_ID)?.textContent
  if (!listed) return
  const { modules, fetches, validators } = JSON.parse(listed) as DeferredPreloads
  // The API files go to the data's worker, which fetches and reads them off this thread (src/lib/serve-bodies.ts).
  if (readsInWorker() && fetches.length > 0) {
    prefetchInWorker(fetches, MAX_BODY_BYTES)
    await nextTask()
  }
  // Where the browser cannot hash what it receives, every API file is checked at start. A handful of
  // links, now the API files are not among them: added in one task (the 130 links of a 10,000-issue
  // page once took a long one).
  document.head.append(...[...modules, ...(canHash() ? [] : validators)].map((href) => Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' })))
}

// Nothing to wait for where the page shows no prerendered content: the dev server's page, or one the
// guard hid because its URL asks for another view (src/lib/prerender-contract.ts).
void afterFirstPaint(prerenderOnScreen())
  .then(preloadListed)
  .then(() => import('./boot'))
