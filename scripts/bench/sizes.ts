/**
 * Bundle sizes of a Vite build: what index.html loads up front (entry script, modulepreloads,
 * stylesheets, and the code a prerendered page lists for its entry to preload once it has painted:
 * scripts/prerender.ts) is initial, and so is the data's worker (src/lib/data-worker.ts), which the
 * entry starts once the page has painted and which reads every API file; every other assets/*.js|css is lazy.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DEFERRED_PRELOADS_ID, type DeferredPreloads } from '../../src/lib/prerender-contract.ts'

export interface AssetSize {
  file: string
  kind: 'js' | 'css'
  initial: boolean
  raw: number
  gzip: number
}

export interface BuildSizes {
  assets: AssetSize[]
  initialJs: { raw: number; gzip: number }
  initialCss: { raw: number; gzip: number }
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1]

/** What a prerendered page lists for its entry to preload once it has painted (scripts/prerender.ts), or null. */
export function listedPreloads(html: string): DeferredPreloads | null {
  const listed = new RegExp(`<script type="application/json" id="${DEFERRED_PRELOADS_ID}">([^<]*)</script>`).exec(html)?.[1]
  return listed ? (JSON.parse(listed) as DeferredPreloads) : null
}

/** Asset paths index.html loads before the app runs. */
export function initialAssets(html: string): Set<string> {
  const found = new Set<string>()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src')
    if (src && /\btype\s*=\s*["']module["']/i.test(tag)) found.add(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase()
    const href = attr(tag, 'href')
    if (href && (rel === 'modulepreload' || rel === 'stylesheet')) found.add(href)
  }
  for (const href of listedPreloads(html)?.modules ?? []) found.add(href)
  return new Set([...found].map((p) => p.replace(/^\.?\//, '')))
}

/** The data's worker's chunk, as Vite names it after src/lib/data-worker.ts. */
const DATA_WORKER = /^data-worker-[\w-]+\.js$/

export function measureBuild(root: string): BuildSizes {
  const initial = initialAssets(readFileSync(join(root, 'index.html'), 'utf8'))
  for (const name of readdirSync(join(root, 'assets'))) if (DATA_WORKER.test(name)) initial.add(`assets/${name}`)
  const assets: AssetSize[] = []
  for (const name of readdirSync(join(root, 'assets')).sort()) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null
    if (!kind) continue
    const body = readFileSync(join(root, 'assets', name))
    assets.push({ file: `assets/${name}`, kind, initial: initial.has(`assets/${name}`), raw: body.length, gzip: gzipSync(body, { level: 9 }).length })
  }
  const sum = (kind: 'js' | 'css') =>
    assets
      .filter((a) => a.initial && a.kind === kind)
      .reduce((acc, a) => ({ raw: acc.raw + a.raw, gzip: acc.gzip + a.gzip }), { raw: 0, gzip: 0 })
  return { assets, initialJs: sum('js'), initialCss: sum('css') }
}
