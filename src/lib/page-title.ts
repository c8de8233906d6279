/**
 * The document title: "Chaoyang District government · Venue · IPR Enforcement Dashboard", so a tab,
 * a bookmark and the history name the page, and a screen reader announces it. The router sets the
 * route's own title as a layout effect (useRouteTitle); a page that knows its subject adds it in an
 * ordinary effect (usePageSubject), which runs after every layout effect of the same commit.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useRoute, type Route } from './router'
import { pageTitle } from './routes'

/**
 * The route's own title, on every change of route. On the first, a title that already names a subject
 * of this route is kept: the prerendered page's. React hydrates the page's Suspense boundary after the
 * router's commit, so the page would only put its subject back later (on a phone, seconds later).
 */
export function useRouteTitle(route: Route): void {
  const first = useRef(true)
  useLayoutEffect(() => {
    const title = pageTitle(route)
    const keep = first.current && document.title.endsWith(` · ${title}`)
    first.current = false
    if (!keep) document.title = title
  }, [route])
}

/**
 * What the page rendered last while prerendering, where effects never run (render-page.tsx reads it).
 * Module state is safe there only because the build renders its pages one after another, as it does
 * the filter store and the location (scripts/prerender.ts awaits each page).
 */
let prerenderedSubject: string | null = null
const notePrerenderedSubject = (subject: string | null) => {
  prerenderedSubject = subject
}

export function usePageSubject(subject: string | null): void {
  const route = useRoute()
  // Only on the build's server: a browser never writes it.
  if (typeof window === 'undefined') notePrerenderedSubject(subject)
  useEffect(() => {
    document.title = pageTitle(route, subject)
  }, [route, subject])
}

/** The subject the page just prerendered named, if any; forgets it, ready for the next page. */
export function takePrerenderedSubject(): string | null {
  const subject = prerenderedSubject
  prerenderedSubject = null
  return subject
}
