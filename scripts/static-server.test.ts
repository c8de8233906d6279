import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer } from './static-server'

const root = mkdtempSync(join(tmpdir(), 'dist-'))
mkdirSync(join(root, 'assets'))
mkdirSync(join(root, 'api/v1'), { recursive: true })
writeFileSync(join(root, 'index.html'), `<!doctype html><title>app</title>${'<!-- padding -->'.repeat(100)}`)
writeFileSync(join(root, 'assets/app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(2000))})`)
writeFileSync(join(root, 'api/v1/venues.json'), '[]')
writeFileSync(join(tmpdir(), 'secret.txt'), 'outside dist')

const server = createStaticServer(root)
let base = ''
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

describe('static server', () => {
  it('serves deep links with the app shell so reloads of app routes work', async () => {
    const response = await fetch(`${base}/venues/bcb?topic=x`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toContain('<title>app</title>')
  })

  it('answers a missing API file with a JSON 404, not the app shell', async () => {
    const response = await fetch(`${base}/api/v1/nope.json`)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'Not found', path: '/api/v1/nope.json' })
  })

  it('caches hashed assets for a year and revalidates everything else', async () => {
    const asset = await fetch(`${base}/assets/app-abc123.js`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const api = await fetch(`${base}/api/v1/venues.json`)
    expect(api.headers.get('cache-control')).toBe('no-cache')
    const again = await fetch(`${base}/api/v1/venues.json`, { headers: { 'If-None-Match': api.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('compresses text with brotli or gzip as the client accepts', async () => {
    const br = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'Accept-Encoding': 'br' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(await br.text()).toContain('xxxx') // fetch decodes it: the body survives the round trip
    const gzip = await fetch(`${base}/assets/app-abc123.js`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
  })

  it('sends a CSP that allows only its own origin, and the other security headers', async () => {
    const response = await fetch(`${base}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toMatch(/https?:/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('never serves files outside dist/', async () => {
    const response = await fetch(`${base}/..%2Fsecret.txt`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('outside dist')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405)
  })
})
