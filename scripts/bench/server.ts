/**
 * `npm run bench:server` — the server part of the benchmark alone: builds the app into a
 * temp dir (or takes a built one: `npm run bench:server -- --dist dist`), then starts the
 * production server fresh a few times and times 20 simultaneous first requests to each.
 * Prints a markdown table to stdout, progress to stderr; asserts nothing.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { measureColdStart } from './cold-start.ts'
import { coldStartTarget, renderColdStart } from './report.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const { values } = parseArgs({ options: { dist: { type: 'string' }, rounds: { type: 'string', default: '3' } } })
const started = Date.now()
const progress = (line: string) => console.error(`[bench:server ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`)

let work: string | undefined
try {
  let dist = values.dist ? resolve(values.dist) : undefined
  if (!dist) {
    work = mkdtempSync(join(tmpdir(), 'ipr-bench-server-'))
    dist = join(work, 'app')
    progress('building the app (npm run build)')
    const build = spawnSync('npm', ['run', 'build', '--', '--outDir', dist, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000, killSignal: 'SIGKILL' })
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`)
  }
  const figures = await measureColdStart(dist, { rounds: Number(values.rounds) }, progress)
  const target = coldStartTarget(figures)
  process.stdout.write(`| target | measured | result |\n| --- | --- | --- |\n| ${target.target} | ${target.value} | ${target.pass ? 'pass' : '**MISS**'} |\n\n${renderColdStart(figures)}\n`)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
} finally {
  if (work) rmSync(work, { recursive: true, force: true })
}
