/**
 * Cold start: start the production server in a fresh process, then fire its first requests
 * all at once, as a browser does after a deploy or restart — half for the largest JS chunk,
 * half for /api/v1/meta.json — and time each to its last byte. A server that compresses on
 * first request makes every one of them wait (and meta.json behind the chunk); one that
 * serves precompressed files from disk should answer them all in a few milliseconds.
 */
import { spawn } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { get } from 'node:http'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, percentile, withTimeout } from './util.ts'

const SERVE = fileURLToPath(new URL('../serve.ts', import.meta.url))

export interface ColdStartRound {
  /** Milliseconds from sending each request to its last body byte. */
  latencies: { path: string; ms: number; status: number; encoding: string | null }[]
}

export interface ColdStartFigures {
  parallel: number
  rounds: ColdStartRound[]
  largestChunk: { path: string; bytes: number }
  p50: number
  p99: number
  max: number
  byPath: { path: string; p50: number; p99: number }[]
}

/** The largest JS file under assets/: the one whose compression used to cost the most. */
export function largestChunk(root: string): { path: string; bytes: number } {
  const chunks = readdirSync(join(root, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ path: `/assets/${name}`, bytes: statSync(join(root, 'assets', name)).size }))
    .sort((a, b) => b.bytes - a.bytes)
  if (!chunks[0]) throw new Error(`no JS chunk in ${root}/assets`)
  return chunks[0]
}

/** Starts `scripts/serve.ts` on a free port for `root`; resolves once it prints its URL. */
async function startServer(root: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DIST_DIR: root },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
  }
  let output = ''
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
      const found = /http:\/\/\S+\//.exec(output)
      if (found) resolve(found[0])
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)))
  })
  try {
    return { url: await withTimeout(url, 30_000, 'starting the server'), stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * One GET timed to its last byte, with a browser's Accept-Encoding. node:http rather than
 * fetch, and the body counted rather than decoded: on this 2-core machine fetch's own start-up
 * and brotli decoding in the measuring process cost as much as the server, and the figure is
 * about the server.
 */
function timedGet(url: string): Promise<{ ms: number; status: number; encoding: string | null }> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const req = get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      res.on('data', () => {})
      res.on('end', () => resolve({ ms: performance.now() - start, status: res.statusCode ?? 0, encoding: (res.headers['content-encoding'] as string | undefined) ?? null }))
      res.on('error', reject)
    })
    req.on('error', reject)
  })
}

/** `rounds` fresh server processes, each answering `parallel` simultaneous first requests. */
export async function measureColdStart(root: string, { parallel = 20, rounds = 3 } = {}, progress: (line: string) => void = () => {}): Promise<ColdStartFigures> {
  const chunk = largestChunk(root)
  const paths = Array.from({ length: parallel }, (_, i) => (i % 2 === 0 ? chunk.path : '/api/v1/meta.json'))
  const done: ColdStartRound[] = []
  for (let round = 1; round <= rounds; round++) {
    progress(`cold start ${round}/${rounds}: fresh server, ${parallel} parallel first requests`)
    const server = await startServer(root)
    try {
      const results = await withTimeout(
        Promise.all(paths.map(async (path) => ({ path, ...(await timedGet(new URL(path, server.url).href)) }))),
        120_000,
        'the cold-start burst',
      )
      const failed = results.find((r) => r.status !== 200)
      if (failed) throw new Error(`${failed.path} answered ${failed.status} on a cold start`)
      done.push({ latencies: results })
    } finally {
      await server.stop()
    }
  }
  const all = done.flatMap((r) => r.latencies)
  const ms = (path?: string) => all.filter((l) => !path || l.path === path).map((l) => l.ms)
  return {
    parallel,
    rounds: done,
    largestChunk: chunk,
    p50: median(ms()),
    p99: percentile(ms(), 99),
    max: Math.max(...ms()),
    byPath: [chunk.path, '/api/v1/meta.json'].map((path) => ({ path, p50: median(ms(path)), p99: percentile(ms(path), 99) })),
  }
}
