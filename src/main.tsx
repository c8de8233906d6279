/**
 * The entry script: small on purpose. A prerendered page is already readable, so nothing here may
 * hold up its first paint: once that paint is done, it starts loading the app's code and the page's
 * data (listed by the build: scripts/prerender.ts), and then runs the app (boot.tsx), which hydrates
 * the page.
 */
import { canHash } from './contract/api-digest'
import { nextTask } from './contract/next-task'
import { MAX_BODY_BYTES } from './lib/body-transport'
import { prefetchInWorker, readsInWorker } from './lib/read-in-worker'
import { DEFERRED_PRELOADS_ID, prerenderOnScreen, type DeferredPreloads } from './lib/prerender-contract'
import './styles.css'

/**
 * Once the prerendered page has painted its content (the browser's first contentful paint), or at
 * once where there is nothing to wait for: a hidden tab, a page without prerendered HTML (the dev
 * server), or one the guard hid because its URL asks for another view (src/lib/prerender-contract.ts).
 */
function afterFirstPaint(): Promise<void> {
  if (!prerenderOnScreen() || document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0)
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return void requestAnimationFrame(next)
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      next()
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}

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

void afterFirstPaint()
  .then(preloadListed)
  .then(() => import('./boot'))
