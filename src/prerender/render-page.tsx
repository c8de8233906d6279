/**
 * The build's server entry (scripts/prerender.ts bundles it for Node): renders one page of the app
 * to HTML with React's static API, from the data the browser's hydration loads too (loadPage).
 */
import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { App } from '@/app/app'
import { loadPage } from '@/app/page-loaders'
import type { Dataset } from '@/contract/schemas'
export { checkApiFileForBuild } from '@/contract/build-check'
import { NOT_FOUND_PAGE } from '@/lib/prerender-contract'
import { pageTitle, routeHref } from '@/lib/routes'
import { takePrerenderedSubject } from '@/lib/page-title'
import { createQueryClient } from '@/lib/query-client'
import { startFilterStoreAt } from '@/lib/filter-store'
import { matchRoute, setPrerenderLocation } from '@/lib/router'

export interface RenderedPage {
  /** The app's markup, for inside #root. */
  html: string
  /** The document title the page sets once it runs (routes.tsx), so it is right without script too. */
  title: string
}

/** One cache for every page of a build: they all render from the same dataset, which is fetched and validated once. */
const client = createQueryClient({ retry: false })

/** Renders the page at `pathname` (the app's base included) in the view `search` asks for; its API requests go to `fetch`, which the caller answers. */
export async function renderPage(pathname: string, search = ''): Promise<RenderedPage> {
  setPrerenderLocation(pathname, search)
  startFilterStoreAt(search)
  const route = matchRoute(pathname)
  await loadPage(route, client)
  takePrerenderedSubject() // nothing from a page that failed before
  const errors: unknown[] = []
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App queryClient={client} hydrating />
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Every Suspense boundary inline, in place: React otherwise moves a large one to the end of the
      // document with a script to put it back, which a page without script (or under our CSP) never runs.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  )
  // A page that threw while rendering would ship its error boundary's message: the build fails instead.
  if (errors.length) throw new AggregateError(errors, `The page ${pathname} did not render: ${errors.map(String).join('; ')}`)
  const chunks: Buffer[] = []
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array))
  return { html: Buffer.concat(chunks).toString('utf8'), title: pageTitle(route, takePrerenderedSubject()) }
}

/** A page to write: the app path it shows, and where its HTML goes under the build folder. */
export interface PageToRender {
  path: string
  file: string
  /** The module whose chunk renders it: its CSS is linked and its code preloaded. */
  chunkOf: string | null
}

/** A route's page: written as <path>/index.html, which static hosts serve for <path>. */
const page = (path: string, chunkOf: string): PageToRender => ({ path, file: path === '/' ? 'index.html' : `${path.slice(1)}/index.html`, chunkOf })

/** Every page the app has, for this dataset; the not-found page is served for any other path. */
export function pagesOf(dataset: Pick<Dataset, 'venues' | 'cables'>): PageToRender[] {
  return [
    page('/', 'src/app/dashboard-body.tsx'),
    ...dataset.venues.map((v) => page(routeHref('venue', { venueId: v.id }), 'src/features/venues/components/venue-page.tsx')),
    page(routeHref('reader', { cableId: null }), 'src/features/reader/components/reader-page.tsx'),
    ...dataset.cables.map((c) => page(routeHref('reader', { cableId: c.id }), 'src/features/reader/components/reader-page.tsx')),
    page(routeHref('present', {}), 'src/features/presentation/components/presentation-page.tsx'),
    { path: '/404', file: NOT_FOUND_PAGE, chunkOf: null },
  ]
}
