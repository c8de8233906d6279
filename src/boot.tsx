/**
 * The app's start, loaded by main.tsx once the prerendered HTML has painted: it loads what the page
 * was rendered from and hydrates it, or renders the page afresh where the HTML does not fit.
 *
 * Its code arrives in three parts, each run in its own task: the data layer (so the page's data is
 * requested and read first), React DOM, then the app. Run together they were one long task that
 * held up scrolling on a phone right after the page appeared. Each part is one chunk (vite.config.ts
 * lists them in this order: keep the two in step); the page's chunk, which the data layer loads,
 * imports the app's, so the app's modules may be evaluated with it, in that chunk's own task.
 */
import { StrictMode, startTransition, type ErrorInfo } from 'react'
import { appEnv } from './lib/env'
import { matchRoute, type Route } from './lib/router'
import { nextTask } from './contract/next-task'
import { NOT_FOUND_VIEW, prerenderOnScreen, prerenderedView, STALE_ATTRIBUTE } from './lib/prerender-contract'

/** In dev the API is mocked by MSW; the import is dead code in production builds. */
async function startMockApi() {
  if (!import.meta.env.DEV || appEnv().apiConfigured) return
  const { startWorker } = await import('../mocks/browser')
  await startWorker()
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
try {
  appEnv()
} catch (error) {
  // Nothing else can work: say which setting is wrong on the page, not only in the console.
  container.textContent = error instanceof Error ? error.message : String(error)
  document.documentElement.removeAttribute(STALE_ATTRIBUTE)
  throw error
}

/**
 * A prerendered page shows what this URL asks for unless the guard in <head> marked it stale
 * (src/lib/prerender-contract.ts). The not-found page is served for any unknown path: it is right
 * only where the router finds nothing either (`/venues/unknown` renders its own message).
 */
function prerenderFits(route: Route): boolean {
  return prerenderOnScreen() && (prerenderedView() !== NOT_FOUND_VIEW || route.name === 'not-found')
}

/** A mismatch between the prerender and the first client render is a bug: tests fail on this console error. */
function reportRecoverable(error: unknown, info: ErrorInfo) {
  console.error('Hydration could not reuse the prerendered HTML:', error, info.componentStack ?? '')
}

/** A view built ahead only saves the render time: when it fails, the render builds it (and shows any error there). */
const headStartFailed = (when: string) => (error: unknown) => console.error(`The view could not be built ${when}:`, error)

async function start() {
  await startMockApi()
  const [{ createQueryClient }, { loadPage }] = await Promise.all([import('./lib/query-client'), import('./app/page-loaders')])
  const queryClient = createQueryClient()
  const route = matchRoute(window.location.pathname)
  // Everything the page renders from; false if a file failed (after its retries).
  const loaded = prerenderedView() !== null ? loadPage(route, queryClient).then(() => true, () => false) : Promise.resolve(false)
  await nextTask()
  const [{ flushSync }, { createRoot, hydrateRoot }] = await Promise.all([import('react-dom'), import('react-dom/client')])
  await nextTask()
  const { App, prepareFullRender, prepareHydration } = await import('./app/app')
  const app = (hydrating: boolean) => (
    <StrictMode>
      {/* beforeFullRender is read only after hydrating (PrerenderedProvider): a page rendered afresh is in full from the start. */}
      <App queryClient={queryClient} hydrating={hydrating} beforeFullRender={() => prepareFullRender(route, queryClient).catch(headStartFailed('before the full render'))} />
    </StrictMode>
  )
  if (prerenderFits(route)) {
    // The HTML is on screen already; React takes it over once it has the data it was rendered from.
    if (await loaded) {
      await prepareHydration(route, queryClient).catch(headStartFailed('ahead of hydration'))
      // In a transition, hydration is a render React interrupts every few milliseconds (the page is
      // readable already, so nothing is urgent), not one long task that blocks input and scrolling.
      startTransition(() => {
        hydrateRoot(container!, app(true), { onRecoverableError: reportRecoverable })
      })
      return
    }
  } else {
    // A view the HTML does not show stays hidden (layout kept) until its data is here: it then
    // appears whole, instead of as loading lines that the data would push down.
    await loaded
  }
  // Rendered afresh: a view the HTML does not show, a page without prerendered HTML (the dev
  // server), or a file that failed, whose error panel and Retry the fresh page shows.
  // In one task, so no frame shows the empty root: cleared, shown (a focus moved by the first render needs
  // it visible), then the first render committed.
  container!.replaceChildren()
  document.documentElement.removeAttribute(STALE_ATTRIBUTE)
  const root = createRoot(container!)
  flushSync(() => root.render(app(false)))
}

void start()
