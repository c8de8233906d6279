import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'
import { apiFiles } from '../src/contract/endpoints'
import { loadDataset } from './load-dataset'

/**
 * Writes the static JSON API into the build (dist/api/v1/...). The dataset builder
 * throws on any provenance problem, so a quote that is not in its paragraph fails the build.
 */
export function staticApi(): Plugin {
  return {
    name: 'ipr:static-api',
    apply: 'build',
    generateBundle() {
      for (const [path, body] of apiFiles(loadDataset())) {
        this.emitFile({ type: 'asset', fileName: path.replace(/^\//, ''), source: JSON.stringify(body) })
      }
    },
  }
}

/** Serves MSW's worker script in dev only, straight from the package: it never reaches dist/. */
export function mockServiceWorkerInDev(): Plugin {
  const workerPath = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js')
  return {
    name: 'ipr:msw-worker',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.setHeader('Service-Worker-Allowed', '/')
        res.end(readFileSync(workerPath))
      })
    },
  }
}
