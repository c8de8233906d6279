/**
 * `npm run bench` — builds the app (into a temp dir, leaving dist/ to whoever else is
 * working) and a blank Vite + React page the same way, then measures both side by side:
 * bundle sizes, the prerendered pages' HTML, Lighthouse mobile and desktop, filter latency and
 * JS heap on the real dataset (every cable in data/) and on a generated one of 10,000 issues over
 * 50 cables (built, and so prerendered, from that dataset, with the "lists alone" page beside it:
 * scripts/bench/lists-alone/main.ts),
 * and the first requests to a freshly started server (`npm run bench:server` runs that
 * part alone). Prints markdown to stdout and writes it to
 * bench-results/latest.md. Not a test: it asserts nothing, it reports pass/MISS.
 * Progress goes to stderr. Everything it starts is stopped on the way out, even on error,
 * Ctrl-C or its own 10-minute deadline.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFERRED_PRELOADS_ID } from '../../src/lib/prerender-contract.ts'
import { loadDataset } from '../load-dataset.ts'
import { measureColdStart } from './cold-start.ts'
import { datasetSize, generateDataset } from './generate-dataset.ts'
import { measureFilterLatency } from './interaction.ts'
import { lighthouseMedians } from './lighthouse.ts'
import { renderReport, targetRows, type BenchResults } from './report.ts'
import { measurePages } from './pages.ts'
import { measureBuild } from './sizes.ts'
import { CHROMIUM_PATH, serve } from './util.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// Two production builds (the 10,000-issue one compresses 100 MB of pages and API) and 24 Lighthouse runs.
const DEADLINE_MS = 20 * 60_000
const LIGHTHOUSE_RUNS = 3
const CLICKS = 30
const LARGE = { venues: 200, issues: 10_000, positionsPerIssue: 3, cables: 50 }

const cleanups: (() => Promise<void> | void)[] = []
const register = (cleanup: () => Promise<void> | void) => {
  cleanups.push(cleanup)
}
let cleaning: Promise<void> | undefined
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.toReversed()) {
      try {
        await cleanup()
      } catch (error) {
        console.error('cleanup failed:', error)
      }
    }
  })()
  return cleaning
}

const started = Date.now()
const progress = (line: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`)

function abort(reason: string, code: number) {
  console.error(`bench: ${reason}`)
  void cleanUp().finally(() => process.exit(code))
}
const deadline = setTimeout(() => abort(`stopped after ${DEADLINE_MS / 60_000} minutes`, 1), DEADLINE_MS)
deadline.unref()
process.once('SIGINT', () => abort('interrupted', 130))
process.once('SIGTERM', () => abort('terminated', 143))

function run(what: string, command: string, args: readonly string[], timeoutMs: number, env: Record<string, string> = {}) {
  progress(what)
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    throw new Error(`${what} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}):\n${result.stdout}${result.stderr}`)
  }
}

/** Gives the "lists alone" page the dashboard's own list of what to preload (scripts/prerender.ts writes it). */
function copyPreloadList(dashboardHtml: string, pageHtml: string) {
  const list = new RegExp(`<script type="application/json" id="${DEFERRED_PRELOADS_ID}">[^<]*</script>`).exec(readFileSync(dashboardHtml, 'utf8'))?.[0]
  if (!list) throw new Error(`${dashboardHtml} has no #${DEFERRED_PRELOADS_ID}: the "lists alone" page would preload nothing`)
  writeFileSync(pageHtml, readFileSync(pageHtml, 'utf8').replace('</head>', `  ${list}\n  </head>`))
}

function machine(): BenchResults['machine'] {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8')
    } catch {
      return ''
    }
  })()
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU'
  let chromium = 'Chromium'
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // the version is only informative
  }
  const lighthouse = (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version
  return { node: process.version, cpu, cores: availableParallelism(), chromium, lighthouse }
}

async function main() {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  const machineInfo = machine()
  progress(`${date} · node ${machineInfo.node} · ${machineInfo.cpu} · ${machineInfo.cores} cores`)

  const work = mkdtempSync(join(tmpdir(), 'ipr-bench-'))
  register(() => rmSync(work, { recursive: true, force: true }))
  const appDir = join(work, 'app')
  const blankDir = join(work, 'blank')
  const largeDir = join(work, 'app-10k')

  run('building the app (npm run build)', 'npm', ['run', 'build', '--', '--outDir', appDir, '--emptyOutDir'], 5 * 60_000)
  run('building the blank page', join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'scripts/bench/blank/vite.config.ts', '--outDir', blankDir], 2 * 60_000)
  const sizes = { app: measureBuild(appDir), blank: measureBuild(blankDir) }
  // First, while nothing else of the benchmark runs: fresh servers and their first requests.
  const coldStart = await measureColdStart(appDir, {}, progress)

  progress(`generating ${LARGE.issues} issues across ${LARGE.venues} venues and ${LARGE.cables} cables`)
  const real = loadDataset()
  const large = generateDataset(real, LARGE)
  // Built like the real one, so its pages are prerendered from it (its HTML matches its API).
  const largeFile = join(work, 'large-dataset.json')
  writeFileSync(largeFile, JSON.stringify(large))
  run('building the app from the generated dataset', 'npm', ['run', 'build', '--', '--outDir', largeDir, '--emptyOutDir'], 8 * 60_000, { IPR_DATASET_FILE: largeFile })
  const pages = { real: measurePages(appDir), large: measurePages(largeDir) }
  // After the pages are measured, as it is not one of them: served from the generated build's origin, beside its API.
  run('building the "lists alone" page', join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'scripts/bench/lists-alone/vite.config.ts', '--outDir', join(largeDir, 'lists-alone'), '--base', '/lists-alone/'], 2 * 60_000)
  copyPreloadList(join(largeDir, 'index.html'), join(largeDir, 'lists-alone/index.html'))

  const servers = { app: await serve(appDir), blank: await serve(blankDir), large: await serve(largeDir) }
  for (const server of Object.values(servers)) register(server.close)

  const lighthouse = await lighthouseMedians(
    { app: servers.app.url, blank: servers.blank.url, large: servers.large.url, listsAlone: `${servers.large.url}lists-alone/` },
    LIGHTHOUSE_RUNS,
    progress,
    register,
  )
  const latency = await measureFilterLatency({ real: servers.app.url, large: servers.large.url }, CLICKS, progress, register)

  const results: BenchResults = {
    date,
    machine: machineInfo,
    sizes,
    pages,
    lighthouse: {
      mobile: { app: lighthouse.mobile['app']!, blank: lighthouse.mobile['blank']!, large: lighthouse.mobile['large']!, listsAlone: lighthouse.mobile['listsAlone']! },
      desktop: { app: lighthouse.desktop['app']!, blank: lighthouse.desktop['blank']!, large: lighthouse.desktop['large']!, listsAlone: lighthouse.desktop['listsAlone']! },
    },
    lighthouseRuns: LIGHTHOUSE_RUNS,
    clicks: CLICKS,
    latency: { real: latency['real']!, large: latency['large']! },
    datasets: { real: datasetSize(real), large: datasetSize(large) },
    coldStart,
  }
  const markdown = renderReport(results)
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench-results/latest.md'), `${markdown}\n`)
  process.stdout.write(`${markdown}\n`)
  const missed = targetRows(results).filter((t) => !t.pass).length
  progress(`done: ${missed} of ${targetRows(results).length} targets missed; written to bench-results/latest.md`)
}

try {
  await main()
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  clearTimeout(deadline)
  await cleanUp()
}
