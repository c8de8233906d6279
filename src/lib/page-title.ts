/**
 * The document title: "Chaoyang District government · Venue · IPR Enforcement Dashboard", so a tab,
 * a bookmark and the history name the page, and a screen reader announces it. The router sets the
 * route's own title as a layout effect (routes.tsx); a page that knows its subject adds it in an
 * ordinary effect, which runs after every layout effect, so the route's title never overwrites it.
 */
import { useEffect } from 'react'
import { useRoute } from './router'
import { pageTitle } from './routes'

/** What the page rendered last while prerendering, where effects never run (render-page.tsx reads it). */
let prerenderedSubject: string | null = null
const notePrerenderedSubject = (subject: string | null) => {
  prerenderedSubject = subject
}

export function usePageSubject(subject: string | null): void {
  const route = useRoute()
  // Only on the build's server, one page at a time: a browser never writes it.
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
