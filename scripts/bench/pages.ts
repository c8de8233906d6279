/** The prerendered pages of a build (scripts/prerender.ts): every HTML file, its route, raw and gzip size. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { NOT_FOUND_PAGE, PUBLIC_SAFE_PAGE, PUBLIC_SAFE_SEARCH } from '../../src/lib/prerender-contract.ts'

export interface PageSize {
  /** The address it is sent for: `/venues/bcb`, `/venues/bcb?safe=1` (the public-safe copy), `(not found)`. */
  route: string
  raw: number
  gzip: number
}

export interface PageSizes {
  pages: PageSize[]
  total: { count: number; raw: number; gzip: number }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'assets' || entry.name === 'api' ? [] : htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

/** `venues/bcb/public-safe.html` → `/venues/bcb?safe=1`. */
export function routeOfFile(file: string): string {
  const path = file.split(sep).join('/')
  if (path === NOT_FOUND_PAGE) return '(not found)'
  const dir = path.replace(/(^|\/)[^/]+\.html$/, '')
  return `/${dir}${path.endsWith(PUBLIC_SAFE_PAGE) ? PUBLIC_SAFE_SEARCH : ''}`
}

export function measurePages(root: string): PageSizes {
  const pages = htmlFiles(root)
    .map((file) => {
      const body = readFileSync(file)
      return { route: routeOfFile(relative(root, file)), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
    })
    .sort((a, b) => a.route.localeCompare(b.route))
  const total = pages.reduce((acc, p) => ({ count: acc.count + 1, raw: acc.raw + p.raw, gzip: acc.gzip + p.gzip }), { count: 0, raw: 0, gzip: 0 })
  return { pages, total }
}

/** One row per kind of page: the dashboard and its public-safe copy, the largest and smallest of the venue and reader pages, the rest as they are. */
export function representativePages(sizes: PageSizes): { label: string; page: PageSize }[] {
  const find = (route: string) => sizes.pages.find((p) => p.route === route)
  const group = (prefix: string) => sizes.pages.filter((p) => p.route.startsWith(prefix) && !p.route.endsWith(PUBLIC_SAFE_SEARCH) && p.route !== prefix.replace(/\/$/, ''))
  const extremes = (label: string, list: PageSize[]) => {
    if (list.length === 0) return []
    const sorted = list.toSorted((a, b) => a.raw - b.raw)
    const largest = sorted.at(-1)!
    const smallest = sorted[0]!
    return smallest === largest ? [{ label, page: largest }] : [{ label: `${label}, largest`, page: largest }, { label: `${label}, smallest`, page: smallest }]
  }
  return [
    ...[['dashboard', '/'], ['dashboard, public-safe copy', '/?safe=1']].flatMap(([label, route]) => (find(route!) ? [{ label: label!, page: find(route!)! }] : [])),
    ...extremes(`venue page (${group('/venues/').length})`, group('/venues/')),
    ...extremes(`reader of a cable (${group('/reader/').length})`, group('/reader/')),
    ...[['list of cables', '/reader'], ['slides', '/present'], ['not found', '(not found)']].flatMap(([label, route]) => (find(route!) ? [{ label: label!, page: find(route!)! }] : [])),
  ]
}
