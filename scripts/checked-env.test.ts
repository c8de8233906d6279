import { build, createServer, preview, type Plugin } from 'vite'
import { afterEach, expect, it, onTestFinished, vi } from 'vitest'
import { checkedEnv } from './vite-plugins'

afterEach(() => {
  vi.unstubAllEnvs()
})

// The page trusts its build's settings (src/lib/env.ts): a wrong one must stop whatever would serve it, naming it.
// The plugin alone, so no other plugin's check (the static API's reads the settings too) could pass for it.
const plugins: Plugin[] = [checkedEnv()]
const WRONG = 'VITE_API_BASE_URL must be an absolute http(s) URL, such as "https://example.org/dashboard" (it is "example.org/api")'

it('the dev server refuses a VITE_API_BASE_URL that is not an absolute http(s) URL, before it starts', async () => {
  vi.stubEnv('VITE_API_BASE_URL', 'example.org/api')
  const starting = createServer({ configFile: false, logLevel: 'silent', plugins, server: { middlewareMode: true } })
  onTestFinished(async () => (await starting.catch(() => null))?.close())
  await expect(starting).rejects.toThrow(WRONG)
})

it('the build refuses it too', async () => {
  vi.stubEnv('VITE_API_BASE_URL', 'example.org/api')
  await expect(build({ configFile: false, logLevel: 'silent', plugins, build: { write: false } })).rejects.toThrow(WRONG)
})

it('vite preview serves a build as it is, whatever the shell sets', async () => {
  vi.stubEnv('VITE_API_BASE_URL', 'example.org/api')
  const server = await preview({ configFile: false, logLevel: 'silent', plugins, preview: { port: 0, open: false } })
  onTestFinished(() => server.close())
  expect(server.httpServer.listening).toBe(true)
})
