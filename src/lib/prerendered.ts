import { useDeferredValue, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * True while React renders the prerendered HTML: at build time (scripts/prerender.ts) and in the
 * browser's first render that hydrates it; false in every client render after that (React re-renders
 * once hydration is done) and in pages rendered without a prerender. What differs between the
 * server and the browser (the window, the time, deferred work) waits for false, so the hydration
 * render builds exactly the HTML it takes over.
 */
export function usePrerendered(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  )
}

/**
 * False in the prerender, in the render that hydrates it and in a page's first client render; true
 * from a deferred render after that, which React may interrupt. For what a prerendered page leaves out
 * of its HTML to keep it small (a large corpus's cards past the first screens): it follows without
 * blocking the page.
 */
export function useRenderedInFull(): boolean {
  return useDeferredValue(!usePrerendered(), false)
}
