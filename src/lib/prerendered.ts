import { useSyncExternalStore } from 'react'

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
