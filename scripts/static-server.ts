/**
 * The production server: serves dist/ as any static host would, plus what a real
 * deployment needs — each app route's prerendered page (dist/venues/bcb/index.html), and the
 * prerendered not-found page for any other app path, precompressed brotli/gzip, long caching
 * of hashed files, ETags, and security headers whose CSP allows nothing off the app's own
 * origin.
 *
 * Files go out through `send` (the file sender under Express's static middleware): it
 * streams from disk with a fresh stat per request, so a rebuild under a running server is
 * served at once, and it answers conditional requests (weak and listed ETags, `*`,
 * If-Modified-Since), HEAD and ranges. Nothing is compressed here: the build writes .br and
 * .gz beside each text file (scripts/precompress.ts) and this picks the one the client
 * accepts. What is ours is deciding which file a request may have, if any.
 */
import { createHash } from 'node:crypto'
import { lstat, realpath, stat } from 'node:fs/promises'
import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, relative, sep } from 'node:path'
import send from 'send'
import { NOT_FOUND_PAGE, PRERENDER_GUARD, PUBLIC_SAFE_PAGE } from '../src/lib/prerender-contract'
import { asksPublicSafe } from '../src/lib/routes'
import { COMPRESSIBLE } from './precompress'

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

/**
 * First path segments the app's router (src/lib/router.ts) renders, whatever follows them:
 * ids may contain dots (/venues/foo.bar, /reader/07BEIJING2566.x), so these never count as
 * file requests. Keep in step with matchRoute.
 */
const APP_ROUTE_ROOTS = new Set(['venues', 'reader', 'present'])

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The one inline script: the prerendered pages' guard, allowed by its hash (src/lib/prerender-contract.ts).
  `script-src 'self' 'sha256-${createHash('sha256').update(PRERENDER_GUARD).digest('base64')}'`,
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

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

type Encoding = 'br' | 'gzip'
/** Server preference when the client likes several equally. */
const ENCODINGS: readonly Encoding[] = ['br', 'gzip']
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/**
 * Picks the content coding to send from `available`, or null for the file as it is
 * (RFC 9110 §12.5.3): codings are case-insensitive, q=0 means "not this one", `*` stands
 * for any coding not named. Ties go to brotli.
 */
export function negotiateEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header || available.length === 0) return null
  const quality = new Map<string, number>()
  for (const item of header.split(',')) {
    const [name, ...params] = item.split(';').map((s) => s.trim().toLowerCase())
    if (!name || quality.has(name)) continue
    let q = 1
    for (const param of params) {
      // A q that is not a number refuses the coding rather than guessing.
      if (/^q\s*=/.test(param)) q = Number(param.replace(/^q\s*=\s*/, '') || Number.NaN)
    }
    quality.set(name, Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0)
  }
  const wildcard = quality.get('*')
  const qualityOf = (coding: Encoding) => quality.get(coding) ?? (coding === 'gzip' ? quality.get('x-gzip') : undefined) ?? wildcard ?? 0
  let best: Encoding | null = null
  for (const coding of ENCODINGS) {
    if (available.includes(coding) && qualityOf(coding) > 0 && (best === null || qualityOf(coding) > qualityOf(best))) best = coding
  }
  // The file as it is stays acceptable unless refused, but competes only when named: a client
  // that lists gzip;q=0.5 and nothing else still wants gzip rather than nothing compressed.
  const identity = quality.get('identity') ?? 0
  return best !== null && qualityOf(best) >= identity ? best : null
}

/** A request target we understand: an origin-form path, split into decoded segments. */
interface Target {
  /** The path as sent (still percent-encoded), without query. */
  pathname: string
  segments: string[]
  /** The query string, with its `?`, or ''. */
  search: string
}

/**
 * Parses `req.url`, or returns null when it is malformed: not a path starting with a single
 * slash (`//[` reads as a host to a URL parser), bad percent-encoding, or a NUL byte.
 * The absolute form (`GET http://host/path`), which proxies send, names the same path.
 */
export function parseTarget(url: string | undefined): Target | null {
  let path = url ?? ''
  const absolute = /^https?:\/\/[^/?#]*/i.exec(path)
  if (absolute) path = path.slice(absolute[0].length) || '/'
  if (!path || !path.startsWith('/') || path.startsWith('//')) return null
  const pathname = path.replace(/[?#].*$/s, '')
  const search = /^[^?#]*(\?[^#]*)/s.exec(path)?.[1] ?? ''
  const segments: string[] = []
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment.includes('\0')) return null
    segments.push(segment)
  }
  return { pathname, segments, search }
}

/** The real path of a file strictly inside the real root (symlinks resolved), or null. */
async function fileInRoot(realRoot: string, path: string): Promise<{ path: string; mtimeMs: number } | null> {
  try {
    const real = await realpath(path)
    if (!real.startsWith(realRoot + sep)) return null
    const info = await stat(real)
    return info.isFile() ? { path: real, mtimeMs: info.mtimeMs } : null
  } catch {
    return null
  }
}

function notFound(res: ServerResponse, pathname: string, api: boolean) {
  res.writeHead(404, { 'Content-Type': CONTENT_TYPES[api ? '.json' : '.txt'], 'Cache-Control': REVALIDATE })
  res.end(api ? JSON.stringify({ error: 'Not found', path: pathname }) : 'Not found')
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': CONTENT_TYPES['.txt'], 'Cache-Control': REVALIDATE, ...headers })
  res.end(text)
}

/** A browser opening a page at a path of ours: not an API file or an asset, nor another host's `//` address. */
const opensPage = (req: IncomingMessage) =>
  (req.headers.accept ?? '').includes('text/html') && /^\/(?!\/|api\/|assets\/)/.test(req.url ?? '')

async function sendFile(req: IncomingMessage, res: ServerResponse, realRoot: string, file: { path: string; mtimeMs: number }, cacheControl: string, statusCode = 200) {
  res.statusCode = statusCode
  const ext = extname(file.path)
  let path = file.path
  let encoding: Encoding | null = null
  if (COMPRESSIBLE.has(ext)) {
    res.setHeader('Vary', 'Accept-Encoding')
    // Look only for the copies the client would take, best first: one lstat for most requests.
    let candidates = [...ENCODINGS]
    for (let choice = negotiateEncoding(req.headers['accept-encoding'], candidates); choice; choice = negotiateEncoding(req.headers['accept-encoding'], candidates)) {
      // A plain file (not a symlink) beside the real file is inside the root too. One older
      // than its file is left from an earlier build: never serve stale bytes.
      const sibling = await lstat(file.path + SUFFIX[choice]).catch(() => null)
      if (sibling?.isFile() && sibling.mtimeMs >= file.mtimeMs) {
        encoding = choice
        path = file.path + SUFFIX[choice]
        break
      }
      candidates = candidates.filter((c) => c !== choice)
    }
  }
  // send decodes the path it is given, so hand it an encoded path relative to the root.
  const encoded = relative(realRoot, path).split(sep).map(encodeURIComponent).join('/')
  send(req, encoded, { root: realRoot, index: false, cacheControl: false, dotfiles: 'ignore' })
    .on('headers', (response: ServerResponse) => {
      response.setHeader('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream')
      response.setHeader('Cache-Control', cacheControl)
      if (encoding) response.setHeader('Content-Encoding', encoding)
    })
    .on('error', (error: { status?: number; headers?: Record<string, string> }) => {
      // E.g. the file went away between the lookup and the read (a rebuild), or a range
      // that cannot be satisfied: send's status, without its HTML page or a stack trace.
      const status = error.status ?? 500
      if (res.headersSent) res.destroy()
      else plain(res, status, status === 404 ? 'Not found' : (STATUS_CODES[status] ?? 'Error'), error.headers ?? {})
    })
    .pipe(res)
}

export function createStaticServer(root: string): Server {
  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Every response, not only the pages: a worker's requests follow the policy sent with its script (src/lib/data-worker.ts).
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' })
    const target = parseTarget(req.url)
    if (!target) {
      // A person who followed or typed a broken address (`/venues/%E0%A4`) gets the app's not-found page, still
      // with status 400, where a bare "Bad Request" left them nowhere; the app reads such a path without throwing.
      const realRoot = opensPage(req) ? await realpath(root).catch(() => null) : null
      const page = realRoot ? await fileInRoot(realRoot, join(realRoot, NOT_FOUND_PAGE)) : null
      return realRoot && page ? sendFile(req, res, realRoot, page, REVALIDATE, 400) : plain(res, 400, 'Bad Request')
    }
    const { pathname, segments, search } = target
    const api = segments[0] === 'api'

    // Dotfiles, `.`/`..` segments and encoded separators are never files we serve, nor app routes.
    if (segments.some((s) => s.startsWith('.') || s.includes('/') || s.includes('\\'))) return notFound(res, pathname, api)

    const realRoot = await realpath(root).catch(() => null)
    if (!realRoot) return plain(res, 503, 'The build folder is missing: run npm run build')
    const wanted = pathname.endsWith('/') ? [...segments.slice(0, -1), 'index.html'] : segments
    // A link to the public-safe view gets the page's public-safe copy: its HTML never holds the sensitive text.
    const publicSafe = asksPublicSafe(search)
    const page = async (...dir: string[]) =>
      (publicSafe ? await fileInRoot(realRoot, join(realRoot, ...dir, PUBLIC_SAFE_PAGE)) : null) ?? (await fileInRoot(realRoot, join(realRoot, ...dir, 'index.html')))
    let file = wanted.at(-1) === 'index.html' ? await page(...wanted.slice(0, -1)) : await fileInRoot(realRoot, join(realRoot, ...wanted))
    if (!file) {
      const last = segments.at(-1) ?? ''
      const appRoute = APP_ROUTE_ROOTS.has(segments[0] ?? '') || (!api && segments[0] !== 'assets' && !extname(last))
      if (!appRoute) return notFound(res, pathname, api)
      // The page prerendered for this path; else the not-found page, which the app replaces where
      // the router knows the path after all (/venues/<unknown> says which venue is unknown).
      file =
        (await page(...segments)) ??
        (await fileInRoot(realRoot, join(realRoot, NOT_FOUND_PAGE))) ??
        (await fileInRoot(realRoot, join(realRoot, 'index.html')))
      if (!file) return plain(res, 503, 'index.html is missing: run npm run build')
    }
    await sendFile(req, res, realRoot, file, segments[0] === 'assets' ? IMMUTABLE : REVALIDATE)
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(`static server: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`)
      if (!res.headersSent) plain(res, 500, 'Internal Server Error')
      else res.destroy()
    })
  })
}
