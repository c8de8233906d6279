import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger, Plugin } from 'vite'
import { apiFiles, cableListResource, cablePath, listResources } from '../src/contract/endpoints'
import type { Dataset } from '../src/contract/schemas'
import { precompressDir } from './precompress'

/**
 * Writes the static JSON API into the build (dist/api/v1/...). The dataset builder
 * throws on any provenance problem, so a quote that is not in its paragraph fails the build.
 */
export function staticApi(): Plugin & { dataset: () => Dataset } {
  let cableIds: string[] = []
  let built: Dataset | undefined
  let base = '/'
  return {
    /** The dataset this build's API was written from (for the prerender, which renders the pages from it). */
    dataset() {
      if (!built) throw new Error('ipr:static-api: the dataset is read before the bundle was generated')
      return built
    },
    name: 'ipr:static-api',
    apply: 'build',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`
    },
    generateBundle() {
      const dataset = (built = buildDatasetInChildProcess())
      cableIds = dataset.cables.map((c) => c.id)
      for (const [path, body] of apiFiles(dataset)) {
        this.emitFile({ type: 'asset', fileName: path.replace(/^\//, ''), source: JSON.stringify(body) })
      }
    },
    // The dashboard needs these files at once: fetching them while the JS still downloads
    // takes a whole round trip off the largest paint. Skipped when the API lives elsewhere.
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // The validators arrive in a chunk of their own (the first request loads it); every API file
        // waits for them, so they are fetched with the entry script, not a round trip after it runs.
        const validators = Object.values(context.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/contract/parse-resource.ts'))
        if (!validators) throw new Error('ipr:static-api: the validators chunk (src/contract/parse-resource.ts) is missing from the bundle')
        const prefetch = [{ tag: 'link', attrs: { rel: 'modulepreload', href: `${base}${validators.fileName}`, crossorigin: '' }, injectTo: 'head' as const }]
        if (process.env.VITE_API_BASE_URL) return prefetch
        const paths = [...Object.values(listResources).map((r) => r.path), cableListResource.path, ...cableIds.map(cablePath)]
        return [...paths.map((path) => ({ tag: 'link', attrs: { rel: 'preload', href: base + path.slice(1), as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })), ...prefetch]
      },
    },
  }
}

/**
 * Writes .br and .gz beside every text file of the build once it is on disk (the static
 * API included), so the production server sends them as they are and never compresses
 * while a client waits.
 */
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

export function precompress(): Plugin {
  let logger: Logger | undefined
  return {
    name: 'ipr:precompress',
    apply: 'build',
    configResolved(config) {
      logger = config.logger
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options) {
        if (!options.dir) return
        const started = performance.now()
        const s = await precompressDir(options.dir)
        logger?.info(`precompressed ${s.files} files: ${kB(s.raw)} → brotli ${kB(s.br)}, gzip ${kB(s.gzip)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      },
    },
  }
}

/**
 * MSW's worker lives in public/ as MSW documents (`msw init public`), so dev serves it; the
 * production build never registers it, so it is left out of dist/ (a stale mock must not ship).
 */
export function mockServiceWorkerOutOfBuild(): Plugin {
  let outDir = 'dist'
  return {
    name: 'ipr:msw-worker-out-of-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    writeBundle: {
      order: 'pre',
      handler() {
        rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
      },
    },
  }
}

/**
 * The dataset is built by tsx in a child process, so the Vite config never bundles the
 * parser and annotations (a typo there would otherwise break every dev and test run).
 */
function buildDatasetInChildProcess(): Dataset {
  // The benchmark builds the app from a generated dataset (scripts/bench/run.ts), already checked by its generator.
  const file = process.env.IPR_DATASET_FILE
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as Dataset
  const script = new URL('./print-dataset.ts', import.meta.url)
  try {
    const json = execFileSync(process.execPath, ['--import', 'tsx', script.pathname], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    return JSON.parse(json) as Dataset
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr
    throw new Error(`The dataset did not build, so neither does the app:\n${stderr || String(error)}`, { cause: error })
  }
}
