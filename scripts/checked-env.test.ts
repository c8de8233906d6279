import { join } from 'node:path'
import { build, createServer } from 'vite'
import { afterEach, expect, it } from 'vitest'

const configFile = join(import.meta.dirname, '../vite.config.ts')
afterEach(() => {
  delete process.env.VITE_API_BASE_URL
})

// The page trusts its build's settings (src/lib/env.ts): a wrong one must stop the build and the dev server, naming it.
it.each([
  ['the build', () => build({ configFile, logLevel: 'silent', build: { write: false } })],
  ['the dev server', () => createServer({ configFile, logLevel: 'silent', server: { middlewareMode: true } })],
])('%s refuses a VITE_API_BASE_URL that is not an absolute http(s) URL, before it starts', async (_name, start) => {
  process.env.VITE_API_BASE_URL = 'example.org/api'
  await expect(start()).rejects.toThrow('VITE_API_BASE_URL must be an absolute http(s) URL, such as "https://example.org/dashboard" (it is "example.org/api")')
})
