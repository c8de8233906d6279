import { mkdtempSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { precompressDir } from './precompress'
import { createHash } from 'node:crypto'
import { NOT_FOUND_PAGE, PRERENDER_GUARD } from '../src/lib/prerender-contract'
import { createStaticServer, negotiateEncoding, parseTarget } from './static-server'

const root = mkdtempSync(join(tmpdir(), 'dist-'))
const outside = mkdtempSync(join(tmpdir(), 'outside-'))
const shell = `<!doctype html><title>app</title>${'<!-- padding -->'.repeat(100)}`
const script = `console.log(${JSON.stringify('x'.repeat(2000))})`
mkdirSync(join(root, 'assets'))
mkdirSync(join(root, 'api/v1'), { recursive: true })
writeFileSync(join(root, 'index.html'), shell)
const notFoundHtml = '<!doctype html><title>app</title><p>Page not found</p>'
writeFileSync(join(root, NOT_FOUND_PAGE), notFoundHtml)
writeFileSync(join(root, 'assets/app-abc123.js'), script)
writeFileSync(join(root, 'api/v1/venues.json'), '[]')
writeFileSync(join(root, '.env'), 'SECRET=dotfile')
writeFileSync(join(root, 'assets/.hidden.js'), 'hidden dotfile')
writeFileSync(join(outside, 'secret.txt'), 'outside dist')
writeFileSync(join(tmpdir(), 'secret.txt'), 'outside dist')
symlinkSync(join(outside, 'secret.txt'), join(root, 'assets/leak.txt'))
symlinkSync(outside, join(root, 'assets/linked-dir'))
symlinkSync(join(root, 'assets/app-abc123.js'), join(root, 'alias.js'))
writeFileSync(join(root, 'assets/decoy-abc.js'), script)

const server = createStaticServer(root)
let base = ''
let port = 0
beforeAll(async () => {
  await precompressDir(root)
  // A compressed "copy" that is a link out of the root must not be sent either.
  rmSync(join(root, 'assets/decoy-abc.js.br'))
  symlinkSync(join(outside, 'secret.txt'), join(root, 'assets/decoy-abc.js.br'))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((done) => server.close(() => done()))
  rmSync(root, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

interface Raw {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** A request whose target goes out byte for byte (fetch would normalise `..`, `//[` and the like). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`${path} timed out`)))
    req.on('error', reject)
    req.end()
  })
}

function decoded(response: Raw): string {
  const encoding = response.headers['content-encoding']
  if (encoding === 'br') return brotliDecompressSync(response.body).toString()
  if (encoding === 'gzip') return gunzipSync(response.body).toString()
  return response.body.toString()
}

describe('static server: app routes and files', () => {
  it('serves deep links with the app shell so reloads of app routes work', async () => {
    const response = await fetch(`${base}/venues/bcb?topic=x`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toContain('<title>app</title>')
  })

  it.each(['/venues/foo.bar', '/reader/07BEIJING2566.x', '/reader/', '/present', '/no-such-page', '/venues/a/b.c'])(
    'serves the app shell for %s (ids may contain dots; the app shows its own not-found page)',
    async (path) => {
      const response = await raw(path)
      expect(response.status).toBe(200)
      expect(response.headers['content-type']).toMatch(/text\/html/)
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(decoded(response)).toContain('<title>app</title>')
    },
  )

  it('answers a missing API file with a JSON 404, not the app shell', async () => {
    const response = await fetch(`${base}/api/v1/nope.json`)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'Not found', path: '/api/v1/nope.json' })
  })

  it.each(['/assets/missing', '/assets/missing-abc.js', '/assets/', '/assets/..%2findex.html', '/favicon.ico', '/robots.txt', '/deep/report.pdf'])(
    'answers %s with a plain 404 that is not cached for long, never the app shell',
    async (path) => {
      const response = await raw(path)
      expect(response.status).toBe(404)
      expect(response.headers['content-type']).toMatch(/text\/plain/)
      expect(response.headers['cache-control']).toBe('no-cache')
      expect(decoded(response)).not.toContain('<title>app</title>')
    },
  )

  it('caches hashed assets for a year and revalidates everything else', async () => {
    const asset = await fetch(`${base}/assets/app-abc123.js`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const api = await fetch(`${base}/api/v1/venues.json`)
    expect(api.headers.get('cache-control')).toBe('no-cache')
    expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const html = await fetch(`${base}/`)
    expect(html.headers.get('cache-control')).toBe('no-cache')
    expect((await fetch(`${base}/index.html`)).headers.get('cache-control')).toBe('no-cache')
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw('/assets/app-abc123.js', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBe(script.length)
    expect(head.body.length).toBe(0)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${base}/`, { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('sends a CSP that allows only its own origin, and the other security headers', async () => {
    const response = await fetch(`${base}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toMatch(/https?:/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    for (const path of ['/assets/missing.js', '//[']) expect((await raw(path)).headers['content-security-policy']).toBe(csp)
  })
})

describe('static server: content negotiation (precompressed files, nothing compressed per request)', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['BR', 'br'],
    ['Gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0, gzip;q=0.5', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0, identity', undefined],
    ['identity', undefined],
    ['', undefined],
  ])('Accept-Encoding "%s" gets %s', async (acceptEncoding, expected) => {
    const response = await raw('/assets/app-abc123.js', { 'Accept-Encoding': acceptEncoding })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(expected)
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(decoded(response)).toBe(script)
  })

  it('sends the file as it is when the build wrote no smaller copy', async () => {
    const response = await raw('/api/v1/venues.json', { 'Accept-Encoding': 'br, gzip' })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.toString()).toBe('[]')
  })

  it('negotiates per RFC 9110: q=0 refuses, * covers the unnamed, ties go to brotli', () => {
    expect(negotiateEncoding('br;q=0', ['br', 'gzip'])).toBe(null)
    expect(negotiateEncoding('*;q=0.5, br;q=0', ['br', 'gzip'])).toBe('gzip')
    expect(negotiateEncoding('x-gzip', ['br', 'gzip'])).toBe('gzip')
    expect(negotiateEncoding('gzip;q=0.5, identity;q=1', ['br', 'gzip'])).toBe(null)
    expect(negotiateEncoding('gzip, br', ['gzip'])).toBe('gzip')
    expect(negotiateEncoding('br, gzip', [])).toBe(null)
    expect(negotiateEncoding('br;q=nonsense, gzip', ['br', 'gzip'])).toBe('gzip')
  })
})

describe('static server: conditional requests', () => {
  it('answers a matching ETag — as sent, weak or strong, in a list, or * — with 304', async () => {
    const first = await raw('/api/v1/venues.json')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/)
    const opaque = etag.replace(/^W\//, '')
    for (const ifNoneMatch of [etag, opaque, `W/${opaque}`, `"other", ${etag}`, `"a","b" , ${opaque}`, '*']) {
      const again = await raw('/api/v1/venues.json', { 'If-None-Match': ifNoneMatch })
      expect({ ifNoneMatch, status: again.status }).toEqual({ ifNoneMatch, status: 304 })
      expect(again.body.length).toBe(0)
      expect(again.headers['content-security-policy']).toContain("default-src 'self'")
    }
    expect((await raw('/api/v1/venues.json', { 'If-None-Match': '"other"' })).status).toBe(200)
  })

  it('gives each encoding of a file its own ETag', async () => {
    const br = await raw('/assets/app-abc123.js', { 'Accept-Encoding': 'br' })
    const gzip = await raw('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip' })
    const plain = await raw('/assets/app-abc123.js')
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3)
    expect((await raw('/assets/app-abc123.js', { 'Accept-Encoding': 'br', 'If-None-Match': String(gzip.headers.etag) })).status).toBe(200)
  })
})

describe('static server: what it never serves', () => {
  it.each(['/.env', '/%2eenv', '/assets/.hidden.js', '/api/.env'])('hides the dotfile %s', async (path) => {
    const response = await raw(path)
    expect(response.status).toBe(404)
    expect(decoded(response)).not.toMatch(/SECRET|hidden dotfile/)
  })

  it.each(['/..%2Fsecret.txt', '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%5c..%5csecret.txt'])(
    'never serves files outside the root: %s',
    async (path) => {
      const response = await raw(path)
      expect([400, 404]).toContain(response.status)
      expect(decoded(response)).not.toContain('outside dist')
    },
  )

  it('does not follow symlinks out of the root, but does inside it', async () => {
    for (const path of ['/assets/leak.txt', '/assets/linked-dir/secret.txt']) {
      const response = await raw(path)
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
      expect(decoded(response)).not.toContain('outside dist')
    }
    const decoy = await raw('/assets/decoy-abc.js', { 'Accept-Encoding': 'br' })
    expect(decoy.headers['content-encoding']).toBeUndefined()
    expect(decoy.body.toString()).toBe(script)
    const alias = await raw('/alias.js')
    expect(alias.status).toBe(200)
    expect(decoded(alias)).toBe(script)
  })

  it.each(['//[', '//evil.example/x', '/%E0%A4%A', '/%zz', '/assets/a%00b.js', '/%'])(
    'answers the malformed target %s with 400 and logs no stack trace',
    async (path) => {
      const errors = vi.spyOn(console, 'error')
      const response = await raw(path)
      expect(response.status).toBe(400)
      expect(response.body.toString()).toBe('Bad Request')
      expect(errors).not.toHaveBeenCalled()
    },
  )

  it.each(['/venues/%E0%A4', '/reader/%zz', '/%'])('answers a browser opening the malformed path %s with the not-found page, status 400', async (path) => {
    const response = await raw(path, { Accept: 'text/html,application/xhtml+xml' })
    expect(response.status).toBe(400)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(decoded(response)).toBe(notFoundHtml)
  })

  it.each(['/api/v1/%E0%A4.json', '/assets/%zz.js', '//evil.example/%zz'])('answers %s, not a page of ours, with a bare 400 even from a browser', async (path) => {
    const response = await raw(path, { Accept: 'text/html' })
    expect(response.status).toBe(400)
    expect(response.body.toString()).toBe('Bad Request')
  })

  it('reads request targets as paths of decoded segments', () => {
    expect(parseTarget('/venues/a%20b?x=1#y')).toEqual({ pathname: '/venues/a%20b', segments: ['venues', 'a b'], search: '?x=1' })
    expect(parseTarget('http://localhost:4173/assets/x.js')).toEqual({ pathname: '/assets/x.js', segments: ['assets', 'x.js'], search: '' })
    expect(parseTarget('//[')).toBe(null)
  })
})

describe('static server: a rebuild under a running server', () => {
  it('serves new, changed and removed files as they are on disk now', async () => {
    const before = await raw('/assets/later-1.js')
    expect(before.status).toBe(404)
    writeFileSync(join(root, 'assets/later-1.js'), 'export const later = 1')
    expect(decoded(await raw('/assets/later-1.js'))).toBe('export const later = 1')

    const page = join(root, 'rebuilt.html')
    writeFileSync(page, '<title>first build</title>')
    const first = await raw('/rebuilt.html')
    writeFileSync(page, '<title>second build, longer</title>')
    const second = await raw('/rebuilt.html', { 'If-None-Match': String(first.headers.etag) })
    expect(second.status).toBe(200)
    expect(decoded(second)).toBe('<title>second build, longer</title>')

    rmSync(join(root, 'assets/later-1.js'))
    expect((await raw('/assets/later-1.js')).status).toBe(404)
  })

  it('never serves a compressed copy older than its file', async () => {
    mkdirSync(join(root, 'assets/stale'))
    const file = join(root, 'assets/stale/stale-abc.js')
    writeFileSync(file, script)
    await precompressDir(join(root, 'assets/stale'))
    expect((await raw('/assets/stale/stale-abc.js', { 'Accept-Encoding': 'br' })).headers['content-encoding']).toBe('br')
    const changed = script.replace('x', 'y')
    writeFileSync(file, changed)
    const later = new Date(Date.now() + 60_000)
    utimesSync(file, later, later)
    const response = await raw('/assets/stale/stale-abc.js', { 'Accept-Encoding': 'br, gzip' })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(decoded(response)).toBe(changed)
  })
})

describe('static server: prerendered pages (scripts/prerender.ts)', () => {
  const pages = mkdtempSync(join(tmpdir(), 'pages-'))
  const files = {
    'index.html': 'dashboard, full view',
    'public-safe.html': 'dashboard, public-safe',
    'venues/bcb/index.html': 'bcb, full view',
    'venues/bcb/public-safe.html': 'bcb, public-safe',
    'reader/index.html': 'cables, full view',
    '404.html': 'not found',
  }
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(join(pages, file, '..'), { recursive: true })
    writeFileSync(join(pages, file), body)
  }
  const pageServer = createStaticServer(pages)
  let pageBase = ''
  beforeAll(async () => {
    await new Promise<void>((done) => pageServer.listen(0, '127.0.0.1', done))
    pageBase = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    pageServer.closeAllConnections()
    await new Promise<void>((done) => pageServer.close(() => done()))
    rmSync(pages, { recursive: true, force: true })
  })

  it.each([
    ['/', 'dashboard, full view'],
    ['/?org=mofcom', 'dashboard, full view'],
    ['/?safe=0', 'dashboard, full view'],
    ['/?safe=1', 'dashboard, public-safe'],
    ['/index.html?safe=1', 'dashboard, public-safe'],
    ['/?org=mofcom&safe=1&utm_source=mail', 'dashboard, public-safe'],
    ['/venues/bcb', 'bcb, full view'],
    ['/venues/bcb/', 'bcb, full view'],
    ['/venues/bcb?safe=1', 'bcb, public-safe'],
    // A mistyped public-safe link gets the public-safe copy: it never carries the sensitive text.
    ['/venues/bcb?safe=true', 'bcb, public-safe'],
    ['/venues/bcb?SAFE=1', 'bcb, public-safe'],
    ['/venues/bcb?safe=0&safe=1', 'bcb, public-safe'],
    ['/reader', 'cables, full view'],
    // No public-safe copy of this page: the page itself, which the app hides and renders afresh (src/lib/prerender-contract.ts).
    ['/reader?safe=1', 'cables, full view'],
    ['/venues/unknown', 'not found'],
    ['/venues/unknown?safe=1', 'not found'],
    ['/no/such/page', 'not found'],
  ])('%s gets the page prerendered for it: %s', async (path, body) => {
    const response = await fetch(pageBase + path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(await response.text()).toBe(body)
  })

  it('still answers a missing asset or API file with a 404, not a page', async () => {
    for (const path of ['/assets/gone.js', '/api/v1/gone.json']) expect((await fetch(pageBase + path)).status).toBe(404)
  })

  it('allows the one inline script, the pages\' guard, by its hash, and no other', async () => {
    const csp = (await fetch(`${pageBase}/`)).headers.get('content-security-policy') ?? ''
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]
    expect(scriptSrc).toBe(`'self' 'sha256-${createHash('sha256').update(PRERENDER_GUARD).digest('base64')}'`)
  })
})
