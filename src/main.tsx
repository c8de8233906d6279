/**
 * The entry script: small on purpose. A prerendered page is already readable, so nothing here may
 * hold up its first paint: once that paint is done, it starts loading the app's code and the page's
 * data (listed by the build: scripts/prerender.ts), and then runs the app (boot.tsx), which hydrates
 * the page.
 */
import { DEFERRED_PRELOADS_ID, type DeferredPreloads } from './lib/prerender-contract'
import './styles.css'

function afterFirstPaint(): Promise<void> {
  // A hidden tab paints nothing and runs no animation frame: start at once.
  if (document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/** Fetches the code and data the page listed, all at once, so the app finds them on its way. */
function preloadListed() {
  const listed = document.getElementById(DEFERRED_PRELOADS_ID)?.textContent
  if (!listed) return
  const { modules, fetches } = JSON.parse(listed) as DeferredPreloads
  const links = document.createDocumentFragment()
  const link = (attributes: Record<string, string>) => links.append(Object.assign(document.createElement('link'), attributes))
  for (const href of modules) link({ rel: 'modulepreload', href, crossOrigin: '' })
  for (const href of fetches) link({ rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' })
  // One change to <head>, not one per file.
  document.head.append(links)
}

void afterFirstPaint().then(() => {
  preloadListed()
  return import('./boot')
})
