// @vitest-environment node
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

describe('MSW worker in public/', () => {
  it('is the one the installed msw ships (after an msw upgrade, run `npx msw init public`)', () => {
    const installed = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8')
    const committed = readFileSync(new URL('../public/mockServiceWorker.js', import.meta.url), 'utf8')
    expect(committed).toBe(installed)
  })
})
