import { join } from 'node:path'
import { build, type Plugin, type Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { queryCoreModule, withoutInfiniteQueries, withoutMutations } from './vite-plugins'

const root = join(import.meta.dirname, '..')

/** The entry of a one-file app, `code`: its imports resolve from the repository, as the app's do. */
const entry = (code: string): Plugin => ({
  name: 'test:entry',
  resolveId: (id) => (id === 'virtual:entry' ? '\0virtual:entry' : null),
  load: (id) => (id === '\0virtual:entry' ? code : null),
})

/** A change to one of the library's modules (queryClient.js unless named), made before the plugins read it: a new release, as far as they can tell. */
const libraryRelease = (change: (code: string) => string, file = 'queryClient'): Plugin => ({
  name: 'test:library-release',
  enforce: 'pre',
  transform: (code, id) => (queryCoreModule(file).test(id) ? change(code) : null),
})

async function buildApp(code: string, ...before: Plugin[]): Promise<string> {
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [entry(code), ...before, withoutMutations(), withoutInfiniteQueries()],
    build: { write: false, minify: false, rolldownOptions: { input: 'virtual:entry' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).map((file) => (file.type === 'chunk' ? file.code : '')).join('\n')
}

const APP = `import { QueryClient } from '@tanstack/react-query'\nglobalThis.client = new QueryClient()\n`

describe('withoutMutations', () => {
  it('builds the query client with the stand-in, and without the mutations’ code', async () => {
    const code = await buildApp(APP)
    expect(code).toContain('This app runs no mutations')
    // The real cache's and the mutation's own code.
    expect(code).not.toMatch(/mutationId|runNext/)
  }, 60_000)

  it('fails the build when the app uses a mutation, which brings the real code back', async () => {
    await expect(buildApp(`import { MutationObserver } from '@tanstack/react-query'\n${APP}globalThis.observer = MutationObserver\n`)).rejects.toThrow(
      /mutation\.js is in the build all the same/,
    )
  }, 60_000)

  it('fails the build when a release calls a method of the cache the stand-in lacks', async () => {
    const release = libraryRelease((code) => code.replace('this.#mutationCache.clear();', 'this.#mutationCache.clear();\n\t\tthis.#mutationCache.forgetAll();'))
    await expect(buildApp(APP, release)).rejects.toThrow(/QueryClient calls forgetAll on its mutation cache, which src\/lib\/no-mutation-cache\.ts does not have/)
  }, 60_000)

  it('fails the build when a release no longer imports the module it replaces', async () => {
    // Its QueryClient builds its caches some other way: here, from another of its modules.
    const release = libraryRelease((code) => code.replace('import { MutationCache } from "./mutationCache.js";', 'import { QueryCache as MutationCache } from "./queryCache.js";'))
    await expect(buildApp(APP, release)).rejects.toThrow(/no longer imports \.\/mutationCache\.js/)
  }, 60_000)
})

describe('withoutInfiniteQueries', () => {
  it('builds queries with the stand-in, and without the infinite queries’ code', async () => {
    const code = await buildApp(APP)
    expect(code).toContain('This app runs no infinite queries')
    // The real behaviour's own code: which way it pages, a string no minifier renames.
    expect(code).not.toMatch(/backward/)
  }, 60_000)

  it('fails the build when the app uses an infinite query, which brings the real code back', async () => {
    await expect(buildApp(`import { InfiniteQueryObserver } from '@tanstack/react-query'\n${APP}globalThis.observer = InfiniteQueryObserver\n`)).rejects.toThrow(
      /infiniteQuery(Behavior|Observer)\.js is in the build all the same/,
    )
  }, 60_000)

  it('fails the build when a release no longer imports the module it replaces', async () => {
    const release = libraryRelease((code) => code.replace('import { infiniteQueryBehavior } from "./infiniteQueryBehavior.js";', 'const infiniteQueryBehavior = () => undefined;'), 'query')
    await expect(buildApp(APP, release)).rejects.toThrow(/no longer imports \.\/infiniteQueryBehavior\.js/)
  }, 60_000)
})
