import { createContext, startTransition, use, useDeferredValue, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react'

const PrerenderedContext = createContext(false)

/**
 * Says, below it, whether React is rendering the prerendered HTML: at build time (scripts/prerender.ts)
 * and in the browser's render that hydrates that HTML. Once hydrated, it turns false in a transition:
 * the parts that wait for it follow in a render React may interrupt, not in one long task. That
 * transition waits for `beforeFullRender` (boot.tsx: it builds, in slices, what only that render shows;
 * a function that stays the same, since another one starts the wait again), and goes ahead if it fails:
 * the render then builds what it needs itself.
 */
export function PrerenderedProvider({ hydrating, beforeFullRender, children }: { hydrating: boolean; beforeFullRender?: () => Promise<void>; children: ReactNode }) {
  const [prerendered, setPrerendered] = useState(hydrating)
  useEffect(() => {
    if (!prerendered) return
    const showInFull = () => startTransition(() => setPrerendered(false))
    if (!beforeFullRender) {
      showInFull()
      return
    }
    let current = true
    void beforeFullRender()
      .catch(() => {})
      .then(() => current && showInFull())
    return () => {
      current = false
    }
  }, [prerendered, beforeFullRender])
  return <PrerenderedContext value={prerendered}>{children}</PrerenderedContext>
}

/**
 * True while React renders the prerendered HTML (see PrerenderedProvider); false in every other
 * render, and outside the provider. What differs between the build and the browser (the window,
 * the fragment, deferred work) waits for false, so the hydration render builds exactly the HTML it
 * takes over.
 */
export function usePrerendered(): boolean {
  return use(PrerenderedContext)
}

const neverChanges = () => () => {}

/**
 * False in the prerender (and so in the render that hydrates it), true once the page's script runs:
 * from the render after hydration (a small one, of the component that asks), and in a page rendered
 * afresh. For words about what the page will do once it runs: the prerender's say it needs JavaScript,
 * which is wrong once it is running.
 */
export function usePageRuns(): boolean {
  return useSyncExternalStore(neverChanges, () => true, () => false)
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

/**
 * How many of `total` items to render, for a list a prerendered page holds only the start of: `first`
 * where useRenderedInFull is false, then `step` more in each render after that, each its own transition
 * (and commit), until all are shown. Added in one render, the 170 venue cards past a 10,000-issue page's
 * prerendered ones were one commit: a long task on a phone, which React cannot interrupt. What was shown
 * stays shown: a list that shrinks under a filter and grows back is shown up to that many at once.
 */
export function useRenderedInSteps(total: number, first: number, step: number): number {
  const inFull = useRenderedInFull()
  const [shown, setShown] = useState(first)
  useEffect(() => {
    if (inFull && shown < total) startTransition(() => setShown(shown + step))
  }, [inFull, shown, total, step])
  return Math.min(inFull ? shown : first, total)
}
