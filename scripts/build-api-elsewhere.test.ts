import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterEach, expect, it } from 'vitest'
import { listedPreloads } from './bench/sizes'

const outDir = mkdtempSync(join(tmpdir(), 'ipr-api-elsewhere-'))
afterEach(() => {
  delete process.env.VITE_API_BASE_URL
  rmSync(outDir, { recursive: true, force: true })
})

// The README's promise: the app may read its API at VITE_API_BASE_URL. The prerender renders every page
// from this build's files wherever the app would ask for them; no file's path then matches the checked
// list, so every file is checked and the validators load with the start.
it('builds and prerenders with the API at VITE_API_BASE_URL, and preloads the validators with the start', async () => {
  process.env.VITE_API_BASE_URL = 'http://localhost:4799/mirror/'
  await build({ configFile: join(import.meta.dirname, '../vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  expect(html).toMatch(/Venues and their issues/)
  const preloads = listedPreloads(html)!
  expect(preloads.modules.some((href) => /\/parse-resource-[^/]+\.js$/.test(href))).toBe(true)
  // The API is elsewhere: the page does not preload this build's copy of it.
  expect(preloads.fetches).toEqual([])
  // Given an API address, the page checks its origin against its own at start-up (a build given none ships no such check).
  const scripts = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'))
  expect(scripts.some((name) => readFileSync(join(outDir, 'assets', name), 'utf8').includes('is on another origin than the app'))).toBe(true)
}, 180_000)
