/**
 * The production server: serves dist/ as any static host would, plus what a real
 * deployment needs — SPA fallback for deep links, gzip/brotli, long caching of hashed
 * files, ETags, and security headers whose CSP allows nothing off the app's own origin.
 */
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt'])

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Recharts set style attributes from script; no stylesheet is fetched from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
}

interface CachedFile {
  body: Buffer
  gzip?: Buffer
  brotli?: Buffer
  etag: string
}

export function createStaticServer(root: string): Server {
  const distRoot = resolve(root)
  const cache = new Map<string, CachedFile>()

  async function load(path: string): Promise<CachedFile | null> {
    const cached = cache.get(path)
    if (cached) return cached
    try {
      if (!(await stat(path)).isFile()) return null
    } catch {
      return null
    }
    const body = await readFile(path)
    const file: CachedFile = { body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"` }
    if (COMPRESSIBLE.has(extname(path)) && body.length > 512) {
      file.gzip = gzipSync(body, { level: 9 })
      file.brotli = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })
    }
    cache.set(path, file)
    return file
  }

  /** Maps a URL path to a file inside dist/, or null for anything that escapes it. */
  function fileFor(urlPath: string): string | null {
    let decoded: string
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    const candidate = normalize(join(distRoot, decoded))
    return candidate === distRoot || candidate.startsWith(distRoot + sep) ? candidate : null
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname
    let filePath = fileFor(path.endsWith('/') ? `${path}index.html` : path)
    let file = filePath ? await load(filePath) : null

    if (!file) {
      // A path with an extension, or under the API, is a missing file; anything else is an app route.
      if (extname(path) || path.startsWith('/api/')) {
        const isApi = path.startsWith('/api/')
        res.writeHead(404, { 'Content-Type': isApi ? CONTENT_TYPES['.json'] : CONTENT_TYPES['.txt'], 'Cache-Control': 'no-cache' })
        res.end(isApi ? JSON.stringify({ error: 'Not found', path }) : 'Not found')
        return
      }
      filePath = join(distRoot, 'index.html')
      file = await load(filePath)
      if (!file) {
        res.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt'] }).end('dist/index.html is missing: run npm run build')
        return
      }
    }

    const ext = extname(filePath!)
    const hashed = path.startsWith('/assets/')
    res.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream')
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
    res.setHeader('ETag', file.etag)
    res.setHeader('Vary', 'Accept-Encoding')
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304).end()
      return
    }
    const accepts = String(req.headers['accept-encoding'] ?? '')
    let body = file.body
    if (file.brotli && /\bbr\b/.test(accepts)) {
      body = file.brotli
      res.setHeader('Content-Encoding', 'br')
    } else if (file.gzip && /\bgzip\b/.test(accepts)) {
      body = file.gzip
      res.setHeader('Content-Encoding', 'gzip')
    }
    res.setHeader('Content-Length', body.length)
    res.writeHead(200)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt'] })
      res.end('Internal Server Error')
    })
  })
}
