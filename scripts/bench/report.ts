/** Turns the benchmark's figures into markdown tables, targets included. */
import type { ColdStartFigures } from './cold-start.ts'
import type { DatasetSize } from './generate-dataset.ts'
import { isFigures, type LatencyFigures, type LatencyResult } from './interaction.ts'
import type { LighthouseMedians, Preset } from './lighthouse.ts'
import { representativePages, type PageSizes } from './pages.ts'
import type { BuildSizes } from './sizes.ts'
import { median, percentile } from './util.ts'

export interface BenchResults {
  date: string
  machine: { node: string; cpu: string; cores: number; chromium: string; lighthouse: string }
  sizes: { app: BuildSizes; blank: BuildSizes }
  /** The prerendered pages of the real build and of the generated dataset's. */
  pages: { real: PageSizes; large: PageSizes }
  /**
   * app = the real build, large = the generated dataset's, blank = a blank Vite + React page, listsAlone =
   * a page on the generated build's origin that only fetches, parses and keeps what its dashboard loads first.
   */
  lighthouse: Record<Preset, { app: LighthouseMedians; blank: LighthouseMedians; large: LighthouseMedians; listsAlone: LighthouseMedians }>
  lighthouseRuns: number
  clicks: number
  latency: { real: LatencyResult; large: LatencyResult }
  datasets: { real: DatasetSize; large: DatasetSize }
  coldStart: ColdStartFigures
}

export const TARGETS = {
  initialJsGzip: 110_000,
  mobileScore: 0.98,
  desktopScore: 1,
  /** LCP no later than the blank Vite + React page's, served alike (#13). */
  lcpRatio: 1,
  mobileTbt: 100,
  cls: 0,
  /** Event Timing median, real (every cable in data/): two frames at 60 Hz. */
  filterMedianReal: 32,
  /** Event Timing median, generated 10,000 issues. */
  filterMedianLarge: 60,
  heapRatio: 1.1,
  heapTolerance: 1_000_000,
  coldStartP99: 200,
} as const

const kB = (bytes: number) => (bytes / 1000).toFixed(1)
const MB = (bytes: number) => (bytes / 1_000_000).toFixed(1)
const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a')
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—')
const signedMB = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${MB(Math.abs(bytes))} MB`
const score = (s: number) => s.toFixed(2)
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')

export interface TargetRow {
  target: string
  value: string
  pass: boolean
}

export function coldStartTarget(c: ColdStartFigures): TargetRow {
  return {
    target: `Cold start: ${c.parallel} parallel first requests p99 < ${TARGETS.coldStartP99} ms`,
    value: `${ms(c.p99)} ms (p50 ${ms(c.p50)} ms)`,
    pass: c.p99 < TARGETS.coldStartP99,
  }
}

/** The cold-start section: one row per fresh server, then per path over all of them. */
export function renderColdStart(c: ColdStartFigures): string {
  const rows = c.rounds.map((round, i) => {
    const values = round.latencies.map((l) => l.ms)
    const encodings = [...new Set(round.latencies.map((l) => `${l.path === c.largestChunk.path ? 'chunk' : 'meta'} ${l.encoding ?? 'identity'}`))].sort().join(', ')
    return [`fresh server ${i + 1}`, String(values.length), `${ms(median(values))} ms`, `${ms(percentile(values, 99))} ms`, encodings]
  })
  rows.push(...c.byPath.map((p) => [`all rounds: ${p.path}`, String(c.rounds.length * (c.parallel / 2)), `${ms(p.p50)} ms`, `${ms(p.p99)} ms`, '']))
  rows.push([`all rounds: all requests`, String(c.rounds.length * c.parallel), `${ms(c.p50)} ms`, `${ms(c.p99)} ms`, ''])
  return [
    `### Cold start (${c.parallel} parallel first requests to a freshly started server, ${c.rounds.length} times)`,
    '',
    `Half for the largest JS chunk (${c.largestChunk.path.replace(/^\/assets\//, '')}, ${kB(c.largestChunk.bytes)} kB raw), half for /api/v1/meta.json, all sent at once (node:http) with a browser's Accept-Encoding; each timed from sending to its last byte (bytes counted, not decoded).`,
    '',
    table(['run', 'requests', 'p50', 'p99', 'encodings served'], rows),
    '',
  ].join('\n')
}

const count = (n: number) => n.toLocaleString('en-US')
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`
/** "real (5 cables)": the real dataset, named by its size, since it grows cable by cable. */
export const realName = (d: DatasetSize) => `real (${plural(d.cables, 'cable')})`
/** "10,000 issues, 50 cables" */
export const largeName = (d: DatasetSize) => `${plural(d.issues, 'issue')}, ${plural(d.cables, 'cable')}`

/** The lowest and highest of a page's runs, as shown: "11–307", "0.96–1.00"; one figure where they show alike. */
const spread = ([lowest, highest]: readonly [number, number], show: (value: number) => string) => (show(lowest) === show(highest) ? show(lowest) : `${show(lowest)}–${show(highest)}`)
const tbtSpread = (f: LighthouseMedians) => `${spread(f.tbtRange, ms)} ms`
const scoreSpread = (f: LighthouseMedians) => spread(f.scoreRange, score)
const withSpread = (figure: string, runs: string) => `${figure} (${runs})`

/** Lighthouse rounds scores to two decimals, so "1.00" is a score of at least 0.995. */
export function targetRows(r: BenchResults): TargetRow[] {
  const { mobile, desktop } = r.lighthouse
  const real = `real, ${plural(r.datasets.real.cables, 'cable')}`
  const large = `generated, ${largeName(r.datasets.large)}`
  const heapLimit = (f: LatencyFigures) => f.heapAfterLoad * TARGETS.heapRatio + TARGETS.heapTolerance
  return [
    {
      target: `Initial JS ≤ ${kB(TARGETS.initialJsGzip)} kB gzip (what the dashboard's HTML loads up front: the entry, the app's start and the page's chunk, to hydrate, and the data worker that reads the API; the validators load only for data the build did not check)`,
      value: `${kB(r.sizes.app.initialJs.gzip)} kB`,
      pass: r.sizes.app.initialJs.gzip <= TARGETS.initialJsGzip,
    },
    ...(
      [
        [real, 'app'],
        [large, 'large'],
      ] as const
    ).flatMap(([name, page]) => [
      {
        target: `Lighthouse mobile performance ≥ ${score(TARGETS.mobileScore)} (${name})`,
        value: `${score(mobile[page].score)} (runs ${scoreSpread(mobile[page])})`,
        pass: mobile[page].score >= TARGETS.mobileScore,
      },
      {
        target: `Lighthouse desktop performance = ${score(TARGETS.desktopScore)} (${name})`,
        value: `${score(desktop[page].score)} (runs ${scoreSpread(desktop[page])})`,
        pass: desktop[page].score >= 0.995,
      },
      ...(['mobile', 'desktop'] as const).map((preset) => ({
        target: `LCP ${preset} ≤ ${TARGETS.lcpRatio.toFixed(1)}× blank (${name})`,
        value: `${ms(r.lighthouse[preset][page].lcp)} ms vs ${ms(r.lighthouse[preset].blank.lcp)} ms (${ratio(r.lighthouse[preset][page].lcp, r.lighthouse[preset].blank.lcp)})`,
        pass: r.lighthouse[preset][page].lcp <= TARGETS.lcpRatio * r.lighthouse[preset].blank.lcp,
      })),
      {
        target: `Total blocking time mobile ≤ ${TARGETS.mobileTbt} ms (${name})`,
        // Beside the generated build's figure, what its data alone costs (the Lighthouse section says how).
        value: `${ms(mobile[page].tbt)} ms (runs ${tbtSpread(mobile[page])})${page === 'large' ? `; the lists alone: ${ms(mobile.listsAlone.tbt)} ms` : ''}`,
        pass: mobile[page].tbt <= TARGETS.mobileTbt,
      },
      {
        target: `CLS = ${TARGETS.cls} (${name}; mobile and desktop)`,
        value: `${mobile[page].cls.toFixed(3)} / ${desktop[page].cls.toFixed(3)}`,
        pass: mobile[page].cls <= TARGETS.cls && desktop[page].cls <= TARGETS.cls,
      },
    ]),
    ...(
      [
        [TARGETS.filterMedianReal, real, r.latency.real],
        [TARGETS.filterMedianLarge, large, r.latency.large],
      ] as const
    ).map(([limit, name, f]) => ({
      target: `Filter → next paint median ≤ ${limit} ms (${name}; Event Timing)`,
      value: isFigures(f) ? `${ms(f.eventTiming.median)} ms` : 'not measured (see below)',
      pass: isFigures(f) && f.eventTiming.median <= limit,
    })),
    ...(
      [
        [real, r.latency.real],
        [large, r.latency.large],
      ] as const
    ).map(([name, f]) => {
      // Growth is judged once warm: the first round of clicks fills V8's optimised code and
      // React's alternate fibers once (measured: flat with --jitless), which is not a leak.
      const warm = isFigures(f) && f.heapAfterMoreClicks !== null
      return {
        target: `No heap growth over ${r.clicks} filter changes (${name}${warm ? '; after a warm-up round' : ''})`,
        value: !isFigures(f)
          ? 'not measured (see below)'
          : warm
            ? `${MB(f.heapAfterClicks)} → ${MB(f.heapAfterMoreClicks!)} MB (limit ${MB(f.heapAfterClicks * TARGETS.heapRatio + TARGETS.heapTolerance)} MB; from load ${MB(f.heapAfterLoad)} MB)`
            : `${MB(f.heapAfterLoad)} → ${MB(f.heapAfterClicks)} MB (limit ${MB(heapLimit(f))} MB)`,
        pass: isFigures(f) && (warm ? f.heapAfterMoreClicks! <= f.heapAfterClicks * TARGETS.heapRatio + TARGETS.heapTolerance : f.heapAfterClicks <= heapLimit(f)),
      }
    }),
    coldStartTarget(r.coldStart),
  ]
}

const latencyRow = (name: string, f: LatencyResult): string[] =>
  isFigures(f)
    ? [
        name,
        String(f.clicks),
        `${ms(f.eventTiming.median)} ms`,
        `${ms(f.eventTiming.p95)} ms`,
        `${ms(f.nextPaint.median)} ms`,
        `${ms(f.nextPaint.p95)} ms`,
        `${ms(f.resultsPainted.median)} ms`,
        `${ms(f.resultsPainted.p95)} ms`,
      ]
    : [name, '0', ...Array.from({ length: 6 }, () => 'n/a')]

const heapRow = (name: string, f: LatencyResult): string[] =>
  isFigures(f)
    ? [
        name,
        `${MB(f.heapAfterLoad)} MB`,
        `${MB(f.heapAfterClicks)} MB`,
        ratio(f.heapAfterClicks, f.heapAfterLoad),
        f.heapAfterMoreClicks === null ? 'n/a' : `${MB(f.heapAfterMoreClicks)} MB (${signedMB(f.heapAfterMoreClicks - f.heapAfterClicks)})`,
      ]
    : [name, 'n/a', 'n/a', 'n/a', 'n/a']

/** Notes and errors of the browser measurements, one bullet each. */
const latencyNotes = (named: readonly (readonly [string, LatencyResult])[]): string[] =>
  named.flatMap(([name, f]) => (isFigures(f) ? f.notes.map((n) => `- ${name}: ${n}.`) : [`- ${name}: not measured — ${f.error}`]))

export function renderReport(r: BenchResults): string {
  const out: string[] = []
  out.push(`## Benchmark results — ${r.date}`, '')
  out.push(
    `Node ${r.machine.node} · ${r.machine.cpu} · ${r.machine.cores} cores · ${r.machine.chromium} · Lighthouse ${r.machine.lighthouse}`,
    '',
    'kB = 1,000 bytes; gzip at level 9. The machine is shared: compare the app with the blank page within a run, not across runs.',
    '',
  )

  out.push('### Datasets', '')
  out.push(
    'The real dataset is what `npm run build` writes from data/ (Lighthouse, bundle and cold start measure that build); the generated one clones its cables under new ids and borrows its items (mocks/generate-large-dataset.ts). API = every file of the static API as uncompressed JSON.',
    '',
  )
  const { real: realSize, large: largeSize } = r.datasets
  const sizeRow = (name: string, d: DatasetSize) => [name, ...[d.cables, d.venues, d.issues, d.positions, d.figures, d.events].map(count), d.apiBytes < 1_000_000 ? `${kB(d.apiBytes)} kB` : `${MB(d.apiBytes)} MB`]
  out.push(
    table(['dataset', 'cables', 'venues', 'issues', 'positions', 'figures', 'events', 'API (JSON)'], [sizeRow(realName(realSize), realSize), sizeRow(`generated (${largeName(largeSize)})`, largeSize)]),
    '',
  )

  out.push('### Targets', '')
  out.push(table(['target', 'measured', 'result'], targetRows(r).map((t) => [t.target, t.value, t.pass ? 'pass' : '**MISS**'])), '')

  out.push('### Bundle', '', 'Initial = the entry script, modulepreloads and stylesheets index.html loads, and the data worker the entry starts; lazy = every other asset.', '')
  const { app, blank } = r.sizes
  out.push(
    table(
      ['', 'app raw', 'app gzip', 'blank raw', 'blank gzip', 'app / blank (gzip)'],
      [
        ['Initial JS', `${kB(app.initialJs.raw)} kB`, `${kB(app.initialJs.gzip)} kB`, `${kB(blank.initialJs.raw)} kB`, `${kB(blank.initialJs.gzip)} kB`, ratio(app.initialJs.gzip, blank.initialJs.gzip)],
        ['Initial CSS', `${kB(app.initialCss.raw)} kB`, `${kB(app.initialCss.gzip)} kB`, `${kB(blank.initialCss.raw)} kB`, `${kB(blank.initialCss.gzip)} kB`, ratio(app.initialCss.gzip, blank.initialCss.gzip)],
      ],
    ),
    '',
  )
  const rows = [
    ...app.assets.map((a) => ['app', a.file.replace(/^assets\//, ''), a.initial ? 'initial' : 'lazy', `${kB(a.raw)} kB`, `${kB(a.gzip)} kB`]),
    ...blank.assets.map((a) => ['blank', a.file.replace(/^assets\//, ''), a.initial ? 'initial' : 'lazy', `${kB(a.raw)} kB`, `${kB(a.gzip)} kB`]),
  ]
  out.push(table(['page', 'asset', 'loads', 'raw', 'gzip'], rows), '')

  out.push(
    '### Prerendered pages (HTML)',
    '',
    'Every route is prerendered at build time, each page also as a public-safe copy (sent for `?safe=1`). One row per kind of page; sizes of the HTML file as sent (gzip at level 9; the server sends brotli where the browser takes it).',
    '',
  )
  const pageRows = (name: string, sizes: PageSizes) => [
    ...representativePages(sizes).map(({ label, page }) => [name, label, page.route, `${kB(page.raw)} kB`, `${kB(page.gzip)} kB`]),
    [name, `all ${count(sizes.total.count)} pages`, '', `${kB(sizes.total.raw)} kB`, `${kB(sizes.total.gzip)} kB`],
  ]
  out.push(
    table(['dataset', 'page', 'route', 'raw', 'gzip'], [...pageRows(realName(r.datasets.real), r.pages.real), ...pageRows(`generated (${largeName(r.datasets.large)})`, r.pages.large)]),
    '',
  )

  out.push(`### Lighthouse (performance only, median of ${r.lighthouseRuns} runs; score and TBT with the lowest and highest run)`, '')
  const lhRows: string[][] = []
  for (const preset of ['mobile', 'desktop'] as const) {
    const { app: a, blank: b, large: l, listsAlone: f } = r.lighthouse[preset]
    lhRows.push(
      [preset, 'score', withSpread(score(a.score), scoreSpread(a)), withSpread(score(b.score), scoreSpread(b)), ratio(a.score, b.score), withSpread(score(l.score), scoreSpread(l)), withSpread(score(f.score), scoreSpread(f))],
      [preset, 'FCP', `${ms(a.fcp)} ms`, `${ms(b.fcp)} ms`, ratio(a.fcp, b.fcp), `${ms(l.fcp)} ms`, `${ms(f.fcp)} ms`],
      [preset, 'LCP', `${ms(a.lcp)} ms`, `${ms(b.lcp)} ms`, ratio(a.lcp, b.lcp), `${ms(l.lcp)} ms`, `${ms(f.lcp)} ms`],
      [preset, 'TBT', withSpread(`${ms(a.tbt)} ms`, tbtSpread(a)), withSpread(`${ms(b.tbt)} ms`, tbtSpread(b)), ratio(a.tbt, b.tbt), withSpread(`${ms(l.tbt)} ms`, tbtSpread(l)), withSpread(`${ms(f.tbt)} ms`, tbtSpread(f))],
      [preset, 'CLS', a.cls.toFixed(3), b.cls.toFixed(3), ratio(a.cls, b.cls), l.cls.toFixed(3), f.cls.toFixed(3)],
    )
  }
  out.push(
    'The dashboard (/) of each build; the blank page is served by the same production server with the same precompression. ' +
      '"Lists alone" is a page on the generated build\'s server (scripts/bench/lists-alone/main.ts) that loads the files the dashboard loads first as the dashboard does (handed to the app\'s data worker after the first paint, then requested in the query layer\'s order, through the app\'s own reader: the worker fetches, reads, fingerprints and parses each, and posts a list\'s items a hundred at a time), keeps what it parsed and does nothing else (no validators, no fingerprint check, no index, no render): ' +
      'its blocking time is what the data alone costs on the main thread, before any of the app\'s work. A reference, not a strict floor: the two pages do not share one schedule, and runs spread widely.',
    '',
    table(['preset', 'metric', `app (${realName(r.datasets.real)})`, 'blank', 'app / blank', `app (${largeName(r.datasets.large)})`, 'lists alone (same data)'], lhRows),
    '',
  )

  const { real, large } = r.latency
  out.push(
    `### Filter latency (${r.clicks} checkbox clicks in the Filters panel, 1280×720)`,
    '',
    'Event Timing = the longest event entry of each click interaction, input to next paint (INP-style; entries under 16 ms are not reported and count as 16 ms). ' +
      'Next paint = click → requestAnimationFrame → setTimeout in the page. Results painted = click → the paint after the last DOM change the click caused (anything rendered later than the click\'s own frame, e.g. deferred or lazy parts).',
    '',
  )
  const realLabel = realName(r.datasets.real)
  const largeLabel = `generated (${largeName(r.datasets.large)})`
  out.push(
    table(
      ['dataset', 'clicks', 'Event Timing median', 'p95', 'next paint median', 'p95', 'results painted median', 'p95'],
      [latencyRow(realLabel, real), latencyRow(largeLabel, large)],
    ),
    '',
  )
  out.push(
    '### JS heap',
    '',
    `JSHeapUsedSize after a forced GC (CDP), after load and after the clicks with the filters back where they started. The first ${r.clicks} clicks warm the page up once (V8 optimises the hot code, React fills its alternate fibers: the heap stays flat from then on with the JIT off), so the target compares the last two columns: ` +
      `no growth = after ${r.clicks} more ≤ ${TARGETS.heapRatio} × after the first ${r.clicks} + ${MB(TARGETS.heapTolerance)} MB. A leak grows again in the second round; warm-up does not.`,
    '',
  )
  out.push(table(['dataset', 'after load', `after ${r.clicks} filter changes`, 'after / load', `after ${r.clicks} more`], [heapRow(realLabel, real), heapRow(largeLabel, large)]), '')
  const notes = latencyNotes([
    [realLabel, real],
    [largeLabel, large],
  ])
  if (notes.length > 0) out.push('Notes on the browser measurements:', '', ...notes, '')
  out.push(renderColdStart(r.coldStart))
  return out.join('\n')
}
