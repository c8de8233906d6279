import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger, Plugin, Rollup } from 'vite'
import { apiFiles, resourceAt } from '../src/contract/endpoints'
import type { Dataset } from '../src/contract/schemas'
import { parseEnv } from '../src/lib/env'
import { NoMutationCache } from '../src/lib/no-mutation-cache'
import { precompressDir } from './precompress'

/** What the static API wrote, for the prerender: the pages are rendered from the same dataset and files. */
export interface BuiltApi {
  dataset: Dataset
  /** Each file's path (under the API's root) and its text, byte for byte as written. */
  files: ReadonlyMap<string, string>
}

/**
 * Checks the app's environment (src/lib/env.ts) once its values are known, .env files included: a wrong one
 * stops the dev server (and the tests, and the build, whose static API reads it too) at its start, naming the
 * variable, before any page is served. Not `vite preview`, which serves a build as it is. The page itself
 * checks only that the API is on its own origin, which it alone knows.
 */
export function checkedEnv(): Plugin {
  let previewing = false
  return {
    name: 'ipr:checked-env',
    config(_config, { isPreview }) {
      previewing = isPreview === true
    },
    configResolved(config) {
      if (!previewing) parseEnv(config.env, null)
    },
  }
}

/** A module of TanStack Query's core, by its path in the package's build (`file` a pattern: "queryClient", "mutation(?:Cache)?"). */
export const queryCoreModule = (file: string) => new RegExp(String.raw`[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]${file}\.js$`)
const QUERY_CLIENT_MODULE = queryCoreModule('queryClient')

interface LibraryStandIn {
  /** The plugin's name, which starts each of its errors. */
  name: string
  /** The library module that imports the replaced one ("queryClient"), and how it imports it ("./mutationCache.js"). */
  importer: string
  source: string
  /** The stand-in, under src/lib/. */
  standIn: string
  /** The library's modules whose code must not be in the bundle once the stand-in is in place. */
  real: RegExp
}

/**
 * Puts a stand-in of the app's in the place of a module of TanStack Query that the library imports whether or
 * not the app uses it. Only the build: the dev server and the tests load the library as it is. The swap rests
 * on the library's private files, so each upgrade is checked here, and fails the build: if `importer` no longer
 * imports `source` (the stand-in would linger unused), or if the real code is in the bundle all the same
 * (another way in: a new import in the library, or the feature used in the app).
 */
function libraryStandIn({ name, importer, source, standIn, real }: LibraryStandIn): Plugin {
  const path = fileURLToPath(new URL(`../src/lib/${standIn}`, import.meta.url))
  const importerModule = queryCoreModule(importer)
  let replaced = false
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      replaced = false
    },
    resolveId(id, from) {
      if (id !== source || !from || !importerModule.test(from)) return null
      replaced = true
      return path
    },
    generateBundle(_options, bundle) {
      if (!replaced) this.error(`${name}: @tanstack/query-core's ${importer}.js no longer imports ${source}; update or remove this plugin`)
      const rendered = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? Object.entries(file.modules) : []))
      const found = rendered.find(([id, module]) => module.renderedLength > 0 && real.test(id))
      if (found) this.error(`${name}: ${found[0]} is in the build all the same; the stand-in no longer saves anything`)
    },
  }
}

/**
 * src/lib/no-mutation-cache.ts in the place of TanStack Query's MutationCache, which its QueryClient imports
 * whether or not the app runs a mutation: 0.9 kB gzip of the first load (createQueryClient passes the stand-in
 * in anyway, so the tests run it too). Besides libraryStandIn's checks, the build fails if QueryClient calls a
 * method of the cache the stand-in lacks, which would fail only at run time.
 */
export function withoutMutations(): Plugin {
  const plugin = libraryStandIn({
    name: 'ipr:without-mutations',
    importer: 'queryClient',
    source: './mutationCache.js',
    standIn: 'no-mutation-cache.ts',
    real: queryCoreModule('mutation(?:Cache)?'),
  })
  return {
    ...plugin,
    transform(code, id) {
      if (!QUERY_CLIENT_MODULE.test(id)) return
      const called = new Set([...code.matchAll(/#mutationCache\.(\w+)/g)].map((match) => match[1]!))
      const missing = [...called].filter((method) => !(method in NoMutationCache.prototype))
      if (missing.length) this.error(`ipr:without-mutations: QueryClient calls ${missing.join(', ')} on its mutation cache, which src/lib/no-mutation-cache.ts does not have`)
    },
  }
}

/**
 * src/lib/no-infinite-queries.ts in the place of TanStack Query's infiniteQueryBehavior, which its Query imports
 * whether or not a query is infinite: 0.56 kB gzip of the first load. Every list is read whole.
 */
export const withoutInfiniteQueries = (): Plugin =>
  libraryStandIn({
    name: 'ipr:without-infinite-queries',
    importer: 'query',
    source: './infiniteQueryBehavior.js',
    standIn: 'no-infinite-queries.ts',
    real: queryCoreModule('infiniteQuery(?:Behavior|Observer)'),
  })

/** Where a file of the API goes in the preloads: meta.json, the lists' pages, the list of cables, the cables. */
const preloadPlace = (path: string) => ({ meta: 0, cables: 2, cable: 3 })[resourceAt(path) as string] ?? 1

/**
 * Writes the static JSON API into the build (dist/api/v1/...). The dataset builder
 * throws on any provenance problem, so a quote that is not in its paragraph fails the build.
 */
export function staticApi(): Plugin & { built: () => BuiltApi } {
  let built: BuiltApi | undefined
  let base = '/'
  let apiConfigured = false
  return {
    built() {
      if (!built) throw new Error('ipr:static-api: the dataset is read before the bundle was generated')
      return built
    },
    name: 'ipr:static-api',
    apply: 'build',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`
      // The app's own reading of its environment, .env files included.
      apiConfigured = parseEnv(config.env, null).apiConfigured
    },
    generateBundle() {
      const dataset = buildDatasetInChildProcess()
      const files = new Map([...apiFiles(dataset)].map(([path, body]) => [path, JSON.stringify(body)]))
      for (const [path, text] of files) this.emitFile({ type: 'asset', fileName: path.replace(/^\//, ''), source: text })
      built = { dataset, files }
    },
    // The dashboard needs these files at once: fetching them while the JS still downloads
    // takes a whole round trip off the largest paint. Skipped when the API lives elsewhere.
    transformIndexHtml: {
      order: 'post',
      // The validators (zod) are not fetched with them: the pages list the fingerprint of each file the
      // build checked (scripts/prerender.ts), and a browser loads the validators only for a file that differs.
      handler() {
        if (apiConfigured) return []
        // Every file, in the order hydration waits for them: meta.json (whose counts say how many pages
        // a list has), the lists' pages, the list of cables, the cables.
        const paths = [...(built?.files.keys() ?? [])].sort((a, b) => preloadPlace(a) - preloadPlace(b))
        return paths.map((path) => ({ tag: 'link', attrs: { rel: 'preload', href: base + path.slice(1), as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }))
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
 * Vite leaves an "empty css" comment, padded to the length of the import it replaced, where a chunk imported
 * a stylesheet (its rules go to a .css file): 30 bytes of nothing in the first load's page chunk. Without
 * source maps nothing needs the padding, so it goes.
 */
export function withoutEmptyCssComments(): Plugin {
  return {
    name: 'ipr:without-empty-css-comments',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\/\* empty css\s*\*\//g, '')
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

/** A chunk with every chunk it imports statically: what evaluating it loads. */
export function chunkWithImports(bundle: Rollup.OutputBundle, fileName: string, seen = new Set<string>()): Rollup.OutputChunk[] {
  if (seen.has(fileName)) return []
  seen.add(fileName)
  const chunk = bundle[fileName]
  if (!chunk || chunk.type !== 'chunk') return []
  return [chunk, ...chunk.imports.flatMap((f) => chunkWithImports(bundle, f, seen))]
}
/** Their files: the code evaluating it loads. */
export const jsOf = (bundle: Rollup.OutputBundle, fileName: string) => chunkWithImports(bundle, fileName).map((c) => c.fileName)

/** A stage of the app's start: a name for its chunk, and the modules it imports (paths from the project's root). */
interface StartStage {
  name: string
  imports: readonly string[]
}

/**
 * One chunk per stage of the app's start. src/main.tsx loads the start (src/boot.tsx), which evaluates
 * the rest in stages, each in its own task (the data layer, React DOM, the app). Left to itself, the
 * bundler cuts each stage's code into several small chunks, because lazy chunks (the pages, the charts)
 * share parts of it; gzip compresses each file apart, so a dozen small files cost more bytes than one.
 * Each group takes the modules its stage reaches by static import that the entry, the start and the
 * earlier stages do not; every page loads every stage at start anyway. A lazy chunk that shares a
 * module imports the stage's chunk instead: so the page's chunk, which the data stage loads, evaluates
 * the app stage's chunk with it (in that chunk's own task; their top level defines components and
 * functions). The stages must be listed in the start's order, and each must be one of its dynamic imports.
 */
export function startStageChunks(start: string, stages: readonly StartStage[]) {
  const modulesOf = new Map<string, Set<string>>([['start', new Set()], ...stages.map((stage) => [stage.name, new Set<string>()] as const)])
  let root = process.cwd()
  const plugin: Plugin = {
    name: 'ipr:start-stage-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    buildEnd(error) {
      if (error) return
      const known = (path: string, role: string) => {
        const id = join(root, path)
        if (!this.getModuleInfo(id)) throw new Error(`ipr:start-stage-chunks: ${path} (${role}) is not in the build; was it renamed?`)
        return id
      }
      const startId = known(start, 'the start')
      const reached = (from: Iterable<string>) => {
        const seen = new Set<string>()
        const queue = [...from]
        for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
          if (seen.has(id)) continue
          seen.add(id)
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []))
        }
        return seen
      }
      const claimed = reached([...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry))
      const startImports = this.getModuleInfo(startId)?.dynamicallyImportedIds ?? []
      for (const [name, roots] of [['start', [startId]] as const, ...stages.map((stage) => [stage.name, stage.imports.map((path) => known(path, `stage "${stage.name}"`))] as const)]) {
        if (name !== 'start') {
          const stray = roots.find((id) => !startImports.includes(id))
          if (stray) throw new Error(`ipr:start-stage-chunks: ${start} does not import ${stray} dynamically, so it is no stage of the start`)
        }
        const early = roots.find((id) => claimed.has(id))
        if (early) throw new Error(`ipr:start-stage-chunks: ${early} (stage "${name}") is reached by the entry or an earlier stage, so it would not run in its own stage; list the stages in the order ${start} loads them`)
        const own = modulesOf.get(name)!
        own.clear()
        for (const id of reached(roots)) {
          if (claimed.has(id)) continue
          own.add(id)
          claimed.add(id)
        }
      }
    },
    // The point of the stages: the entry imports none of them, and no stage imports a later one (either would run it early).
    generateBundle(_options, bundle) {
      const order = [...modulesOf.keys()]
      const stageOf = (fileName: string) => {
        const chunk = bundle[fileName]
        if (chunk?.type !== 'chunk') return -1
        return order.findIndex((name) => chunk.moduleIds.some((id) => modulesOf.get(name)!.has(id)))
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        const own = chunk.isEntry ? -1 : stageOf(chunk.fileName)
        if (own === -1 && !chunk.isEntry) continue
        // Through shared chunks too: everything evaluating it loads.
        const later = jsOf(bundle, chunk.fileName).find((fileName) => stageOf(fileName) > own)
        if (later) throw new Error(`ipr:start-stage-chunks: ${chunk.fileName} loads ${later}, a later stage of the start, so that stage would run early`)
      }
    },
  }
  // Each group takes its stage's modules only: what they import from an earlier stage stays in that stage's chunk.
  const groups = [...modulesOf].map(([name, modules]) => ({ name, test: (id: string) => modules.has(id), includeDependenciesRecursively: false }))
  return { plugin, groups }
}
