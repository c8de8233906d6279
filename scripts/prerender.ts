/**
 * Prerenders every page of the app into the build, so the first screen is in the HTML and paints
 * before any script runs; the browser then hydrates it (src/boot.tsx). The pages are rendered by
 * the app's own code (src/prerender/render-page.tsx, bundled for Node by a second Vite build), from
 * the same dataset the static API is written from, and their API requests are answered from it in
 * memory. The result stays a static folder: /venues/bcb is dist/venues/bcb/index.html.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Logger, type Plugin, type ResolvedConfig, type Rollup } from 'vite'
import { CHECKED_API_ID, type CheckedApiFiles, DEFERRED_PRELOADS_ID, NOT_FOUND_PAGE, NOT_FOUND_VIEW, PRERENDER_GUARD, PRERENDERED_VIEW_META, PUBLIC_SAFE_PAGE, PUBLIC_SAFE_SEARCH, type DeferredPreloads } from '../src/lib/prerender-contract'
import type { checkApiFileForBuild, pagesOf, renderPage } from '../src/prerender/render-page'
import { parseEnv } from '../src/lib/env'
import { chunkWithImports, jsOf, type BuiltApi } from './vite-plugins'

/** The server entry, bundled for Node: it renders with the app's own code and aliases. */
interface Renderer {
  renderPage: typeof renderPage
  pagesOf: typeof pagesOf
  checkApiFileForBuild: typeof checkApiFileForBuild
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** The CSS files they need. */
const cssOf = (bundle: Rollup.OutputBundle, fileName: string) => chunkWithImports(bundle, fileName).flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])])

/** The page's document: the built index.html with the page's markup in #root, its title, the guard, and the CSS and code of the app's start and the page's chunk. */
function composePage(
  template: string,
  page: { view: string; html: string; title: string; css: readonly string[]; preload: readonly string[]; validators: readonly string[]; checkedApi: CheckedApiFiles },
): string {
  const head = [
    `<meta name="${PRERENDERED_VIEW_META}" content="${escapeAttribute(page.view)}" />`,
    // Before any stylesheet: an inline script waits for the stylesheets above it.
    `<script>${PRERENDER_GUARD}</script>`,
  ].join('\n    ')
  // The preloads (code and API files) are left to the entry script, which adds them after the first
  // paint (src/main.tsx): a page that is readable from its HTML gives that HTML and its CSS the whole
  // connection first, and the code and data follow.
  const preloads: DeferredPreloads = { modules: [], fetches: [], validators: [...page.validators] }
  const withoutPreloads = template.replace(/\s*<link\b[^>]*>/g, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    if (href && /\brel="modulepreload"/.test(tag)) preloads.modules.push(href)
    else if (href && /\brel="preload"/.test(tag) && /\bas="fetch"/.test(tag)) preloads.fetches.push(href)
    else return tag
    return ''
  })
  preloads.modules.push(...page.preload.filter((href) => !preloads.modules.includes(href)))
  const tail = [
    ...page.css.map((href) => `<link rel="stylesheet" crossorigin href="${escapeAttribute(href)}">`),
    // JSON, never run: the CSP allows it, and `<` is escaped so no text can close the element.
    jsonScript(DEFERRED_PRELOADS_ID, preloads),
    jsonScript(CHECKED_API_ID, page.checkedApi),
  ].join('\n    ')
  const filled = withoutPreloads
    .replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${head}`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(page.title)}</title>`)
    .replace('</head>', `  ${tail}\n  </head>`)
    .replace('<div id="root"></div>', () => `${noScriptNote(page.view)}\n    <div id="root">${page.html}</div>`)
  // Scripts inside #root would break the CSP and never run without script; the prerender must write plain markup.
  if (/<script|<template/i.test(page.html)) throw new Error(`ipr:prerender: the markup of ${page.view} holds a script or template; it must be plain HTML`)
  if (!filled.includes(PRERENDER_GUARD) || !filled.includes(page.html)) throw new Error('ipr:prerender: index.html lost its charset meta or its empty #root; the pages cannot be written')
  return filled
}

/** Data for the page's scripts: JSON, never run (the CSP allows it), with `<` escaped so no text can close the element. */
const jsonScript = (id: string, value: unknown) => `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`

/** Says, only to a browser without script, what this HTML is: a link's filters need script; the public-safe copy is safe. */
function noScriptNote(view: string): string {
  const text = view.endsWith(PUBLIC_SAFE_SEARCH)
    ? 'Without JavaScript this page shows the public-safe view, unfiltered: the filters and the search need JavaScript.'
    : 'Without JavaScript this page shows the full view, unfiltered, which may include SBU (sensitive but unclassified) text: the filters, the search and the public-safe switch need JavaScript.'
  return `<noscript><p class="noscript-note" role="note">${text}</p></noscript>`
}

/**
 * Answers the pages' API requests from the dataset's files, as the static API would. Without a window
 * the app asks for paths under `apiRoot` (src/lib/env.ts): nothing is sent anywhere.
 */
function serveFromMemory(files: ReadonlyMap<string, string>, apiRoot: string): typeof fetch {
  return async (input) => {
    const requested = input instanceof Request ? input.url : String(input)
    const path = requested.startsWith(`${apiRoot}/`) ? requested.slice(apiRoot.length).replace(/[?#].*$/s, '') : null
    const text = path === null ? undefined : files.get(path)
    if (text === undefined) return new Response('Not found', { status: 404, statusText: 'Not Found' })
    return new Response(text, { headers: { 'Content-Type': 'application/json' } })
  }
}

export function prerenderPages(builtApi: () => BuiltApi): Plugin {
  let config: ResolvedConfig
  let logger: Logger
  return {
    name: 'ipr:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
      logger = resolved.logger
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        if (!options.dir || config.build.ssr) return
        const started = performance.now()
        const renderer = await buildRenderer(config)
        const { dataset, files } = builtApi()
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`
        const template = readFileSync(join(options.dir, 'index.html'), 'utf8')
        // The chunk that holds a module: its facade, or a start stage's chunk that took it in (scripts/vite-plugins.ts).
        const chunkFor = (moduleId: string | null) => {
          if (!moduleId) return undefined
          const id = resolve(config.root, moduleId)
          const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk')
          return chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id))
        }

        const boot = chunkFor('src/boot.tsx')
        if (!boot) throw new Error('ipr:prerender: no chunk for src/boot.tsx (the app\'s start); was it renamed?')
        // The app's start loads its parts by dynamic import (data layer, React DOM, the app), each run in its own task;
        // all of them, with what they import, are the page's code. So boot.tsx may import dynamically only what every
        // page needs at start: anything else it imports that way would be preloaded, and its CSS linked, on every page.
        if (boot.dynamicImports.length === 0) throw new Error("ipr:prerender: the app's start imports no stage dynamically; the pages would not preload the app's code")
        const bootStages = [boot.fileName, ...boot.dynamicImports]
        const bootJs = bootStages.flatMap((f) => jsOf(bundle, f))
        const bootCss = bootStages.flatMap((f) => cssOf(bundle, f))
        // Stylesheets index.html links already are not linked twice.
        const linkedCss = new Set(
          [...template.matchAll(/<link\b[^>]*>/g)].filter(([tag]) => /\brel="stylesheet"/.test(tag)).map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1]),
        )
        const validatorsChunk = chunkFor('src/contract/parse-resource.ts')
        if (!validatorsChunk) throw new Error('ipr:prerender: no chunk for src/contract/parse-resource.ts (the validators); was it renamed?')
        // What the validators' chunk needs that the start does not already load: preloaded only by a browser that
        // cannot hash (src/main.tsx). With the API elsewhere (VITE_API_BASE_URL), no file's path matches the checked
        // list, so every file is checked: they are part of the start.
        const validatorsJs = jsOf(bundle, validatorsChunk.fileName).filter((f) => !bootJs.includes(f))
        // Where the app asks for the API without a window: VITE_API_BASE_URL, else the app's base path (the app's own rule).
        const env = parseEnv(config.env, null)
        const apiElsewhere = env.apiConfigured
        const startJs = apiElsewhere ? [...bootJs, ...validatorsJs] : bootJs
        const validators = apiElsewhere ? [] : validatorsJs.map((f) => base + f)
        /** A page's stylesheets and the code to preload with it (the app's start and the page's chunk, with their imports): worked out once per chunk, not per page. */
        const assetsOf = new Map<string | null, { css: string[]; preload: string[] }>()
        const pageAssets = (chunkOf: string | null) => {
          let assets = assetsOf.get(chunkOf)
          if (!assets) {
            const chunk = chunkFor(chunkOf)
            if (chunkOf && !chunk) throw new Error(`ipr:prerender: no chunk for ${chunkOf}; was it renamed?`)
            assets = {
              css: [...new Set([...bootCss, ...(chunk ? cssOf(bundle, chunk.fileName) : [])])].map((f) => base + f).filter((href) => !linkedCss.has(href)),
              // The app's start and the page's chunk, with what they import: fetched after the page's first paint.
              preload: [...new Set([...startJs, ...(chunk ? jsOf(bundle, chunk.fileName) : [])])].map((f) => base + f),
            }
            assetsOf.set(chunkOf, assets)
          }
          return assets
        }

        // Every API file is checked against the contract here, and each page lists the fingerprints:
        // a browser that receives these very bytes need not load the validators (src/lib/api-client.ts).
        const checkedApi: CheckedApiFiles = Object.fromEntries(
          await Promise.all([...files].map(async ([path, text]) => [base + path.slice(1), await renderer.checkApiFileForBuild(path, text)] as const)),
        )

        const realFetch = globalThis.fetch
        // The pages are rendered from this build's files either way; a configured API is expected to serve the same.
        globalThis.fetch = serveFromMemory(files, env.apiBaseUrl)
        let bytes = 0
        let written = 0
        const pages = renderer.pagesOf(dataset)
        try {
          for (const page of pages) {
            const { css, preload } = pageAssets(page.chunkOf)
            const notFound = page.file === NOT_FOUND_PAGE
            const appPath = notFound ? `${base}404` : (base.slice(0, -1) + page.path).replace(/\/+$/, '') || '/'
            // Each page as it is, and its public-safe copy, which the server sends for ?safe=1 (the not-found page has no data).
            for (const search of notFound ? [''] : ['', PUBLIC_SAFE_SEARCH]) {
              const rendered = await renderer.renderPage(appPath, search)
              const html = composePage(template, { view: notFound ? NOT_FOUND_VIEW : appPath + search, ...rendered, css, preload, validators, checkedApi })
              const target = join(options.dir, search ? join(dirname(page.file), PUBLIC_SAFE_PAGE) : page.file)
              mkdirSync(dirname(target), { recursive: true })
              writeFileSync(target, html)
              bytes += Buffer.byteLength(html)
              written += 1
            }
          }
        } finally {
          globalThis.fetch = realFetch
        }
        logger.info(`prerendered ${written} pages (${(bytes / 1000).toFixed(1)} kB of HTML) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      },
    },
  }
}

/** Bundles the server entry for Node (in node_modules/.cache, never shipped) and loads it. */
async function buildRenderer(config: ResolvedConfig): Promise<Renderer> {
  const outDir = join(config.root, 'node_modules/.cache/ipr-prerender')
  rmSync(outDir, { recursive: true, force: true })
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    resolve: { alias: config.resolve.alias },
    plugins: [react()],
    build: { ssr: 'src/prerender/render-page.tsx', outDir, emptyOutDir: true, target: 'node20', reportCompressedSize: false },
  })
  return (await import(pathToFileURL(join(outDir, 'render-page.js')).href)) as Renderer
}
