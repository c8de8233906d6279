/**
 * TanStack Query's infinite-query behaviour, for an app that reads none: every list of the static API is
 * read whole (api/list-query.ts joins its pages). A Query imports the behaviour whether or not one is ever
 * infinite: 0.4 kB gzip of the first load that never runs. The build puts this module in its place
 * (withoutInfiniteQueries in scripts/vite-plugins.ts); the dev server and the tests load the library as it is.
 *
 * A Query asks for the behaviour only when it is infinite: then it fails at once, naming this file.
 */
export function infiniteQueryBehavior(): never {
  // Short: it ships in the first load. To use infinite queries, remove withoutInfiniteQueries from vite.config.ts.
  throw new Error('This app runs no infinite queries: see src/lib/no-infinite-queries.ts')
}
