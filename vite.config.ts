/// <reference types="vitest/config" />
import { existsSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { prerenderPages } from './scripts/prerender'
import { checkedEnv, startStageChunks, mockServiceWorkerOutOfBuild, precompress, staticApi, withoutInfiniteQueries, withoutMutations, withoutEmptyCssComments } from './scripts/vite-plugins'

const api = staticApi()
// The stages src/boot.tsx loads, in its order: each becomes one chunk (scripts/vite-plugins.ts says why).
const startStages = startStageChunks('src/boot.tsx', [
  { name: 'data', imports: ['src/lib/query-client.ts', 'src/app/page-loaders.ts'] },
  { name: 'react-dom', imports: ['node_modules/react-dom/index.js', 'node_modules/react-dom/client.js'] },
  { name: 'app', imports: ['src/app/app.tsx'] },
])

/**
 * Small modules the dashboard's first load shares with other pages. Left to the bundler, each became a
 * chunk of its own (seven of 0.3 to 0.8 kB gzip), and their import and export lines cost the first load
 * about 1 kB gzip; in the app's chunk, which every page loads, they cost nothing. Each goes without its
 * imports: add a module's imports too, or they become a chunk the app imports on every page. A file
 * renamed fails the build here; one missing from the list shows in the benchmark as a small initial chunk.
 */
const SHARED_BY_PAGES = modules('shared by pages', [
  'src/components/date-text.tsx',
  'src/components/voice-badge.tsx',
  'src/features/presentation/components/present-button.tsx',
  'src/features/presentation/hooks/fullscreen.ts',
  'src/features/presentation/hooks/presentation-store.ts',
  'src/features/presentation/lib/slide-param.ts',
  'src/features/venues/components/participant-list.tsx',
])

/**
 * Small modules only later pages share (the venue page, the reader, the slides, the charts), which
 * write out who said what and when: one chunk of their own, not one each, nor in the first load.
 */
const SHARED_BY_LATER_PAGES = modules('shared by later pages', [
  'src/components/editorial-text.tsx',
  'src/components/voice-swatch.tsx',
  'src/domain/editorial-brackets.ts',
  'src/domain/selectors/attribution.ts',
  'src/domain/selectors/chronological.ts',
  'src/domain/selectors/voice-columns.ts',
  'src/lib/format-marked.ts',
])

function modules(what: string, paths: readonly string[]): Set<string> {
  return new Set(
    paths.map((path) => {
      const file = fileURLToPath(new URL(path, import.meta.url))
      if (!existsSync(file)) throw new Error(`vite.config.ts: ${path}, listed as ${what}, does not exist; was it renamed?`)
      // The bundler names modules by their real path, through any symlink.
      return realpathSync(file)
    }),
  )
}

export default defineConfig({
  // Order matters: the pages are prerendered from the API's dataset, then everything is precompressed.
  plugins: [checkedEnv(), withoutMutations(), withoutInfiniteQueries(), react(), startStages.plugin, api, prerenderPages(api.built), withoutEmptyCssComments(), precompress(), mockServiceWorkerOutOfBuild()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The data's worker (src/lib/data-worker.ts) as a module, like the page's own code.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // Vite's polyfill is for browsers without <link rel="modulepreload"> (Firefox before 115, Safari before 17):
    // there a preload is only a hint not taken, and the app loads as before. Its 0.2 kB gzip were in every first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Six characters of hash, not eight: every chunk names the others it loads (imports, preload lists),
        // and the first load carries about a hundred such names.
        entryFileNames: 'assets/[name]-[hash:6].js',
        chunkFileNames: 'assets/[name]-[hash:6].js',
        assetFileNames: 'assets/[name]-[hash:6][extname]',
        codeSplitting: {
          groups: [
            ...startStages.groups.map((group) => (group.name === 'app' ? { ...group, test: (id: string) => group.test(id) || SHARED_BY_PAGES.has(id) } : group)),
            { name: 'page-parts', test: (id: string) => SHARED_BY_LATER_PAGES.has(id), includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    // Under load (two busy loops beside the suite on two cores) tests ran ten times slower than idle;
    // the limit is for a hung test, and stays above the 15 s a findBy* may wait (src/testing/setup.ts).
    testTimeout: 60_000,
    // Like the browser tests: one retry in CI for a test that fails once on the shared machine; it is reported, and twice fails.
    retry: process.env.CI ? 1 : 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'src/contract/**/*.test.ts', 'scripts/**/*.test.ts', 'mocks/generate-large-dataset.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
          // The generator's test runs in node, without the UI setup (it touches window after each test).
          exclude: ['src/domain/**', 'src/contract/**', 'mocks/generate-large-dataset.test.ts'],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
})
