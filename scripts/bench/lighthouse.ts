/**
 * Lighthouse 12 (Node API) on one Chromium launched by chrome-launcher: performance
 * category only, mobile (default config) and desktop presets, runs interleaved between
 * the pages so drift on a shared machine hits both alike; the median of each metric.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse'
import { CHROMIUM_PATH, CHROMIUM_FLAGS, median, withTimeout } from './util.ts'

export type Preset = 'mobile' | 'desktop'

export interface LighthouseFigures {
  score: number
  fcp: number
  lcp: number
  tbt: number
  cls: number
}

/**
 * The median of each metric over the runs, with the lowest and highest total blocking time and score:
 * on this shared machine single runs spread two- to fourfold, and a median alone hides how far.
 */
export interface LighthouseMedians extends LighthouseFigures {
  tbtRange: readonly [lowest: number, highest: number]
  scoreRange: readonly [lowest: number, highest: number]
}

const range = (values: readonly number[]) => [Math.min(...values), Math.max(...values)] as const

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const

/** Mobile uses Lighthouse's default config; the desktop preset is its own config. */
const CONFIGS: Record<Preset, Config | undefined> = { mobile: undefined, desktop: desktopConfig }

async function runOnce(chrome: LaunchedChrome, url: string, preset: Preset): Promise<LighthouseFigures> {
  const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }
  const result = await withTimeout(lighthouse(url, flags, CONFIGS[preset]), 120_000, `Lighthouse ${preset} ${url}`)
  const lhr = result?.lhr
  if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`)
  if (lhr.runtimeError) throw new Error(`Lighthouse ${preset} ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const score = lhr.categories['performance']?.score
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue
    if (typeof value !== 'number') throw new Error(`Lighthouse ${preset} ${url}: no ${id}`)
    return value
  }
  if (typeof score !== 'number') throw new Error(`Lighthouse ${preset} ${url}: no performance score`)
  return { score, fcp: metric(AUDITS.fcp), lcp: metric(AUDITS.lcp), tbt: metric(AUDITS.tbt), cls: metric(AUDITS.cls) }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP): such a run is repeated, twice at most. */
async function runWithRetries(chrome: LaunchedChrome, url: string, preset: Preset, onProgress: (line: string) => void): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(chrome, url, preset)
    } catch (error) {
      if (attempt >= 3) throw error
      onProgress(`${error instanceof Error ? error.message : String(error)}; trying again`)
    }
  }
}

function medianOf(runs: readonly LighthouseFigures[]): LighthouseMedians {
  return {
    tbtRange: range(runs.map((r) => r.tbt)),
    scoreRange: range(runs.map((r) => r.score)),
    score: median(runs.map((r) => r.score)),
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    tbt: median(runs.map((r) => r.tbt)),
    cls: median(runs.map((r) => r.cls)),
  }
}

/**
 * Runs every preset `runs` times on every page (page order alternating each round) and
 * returns the medians (with the spread of blocking time and score), keyed by preset then page name.
 */
export async function lighthouseMedians(
  pages: Readonly<Record<string, string>>,
  runs: number,
  onProgress: (line: string) => void,
  register: (cleanup: () => Promise<void> | void) => void,
): Promise<Record<Preset, Record<string, LighthouseMedians>>> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS.filter((f) => f !== '--headless'), '--headless=new'],
    logLevel: 'silent',
    handleSIGINT: false,
  })
  let killed = false
  const kill = () => {
    if (killed) return
    killed = true
    chrome.kill()
  }
  register(kill)
  try {
    const out = { mobile: {}, desktop: {} } as Record<Preset, Record<string, LighthouseMedians>>
    for (const preset of ['mobile', 'desktop'] as const) {
      const collected = new Map<string, LighthouseFigures[]>()
      const names = Object.keys(pages)
      for (let round = 0; round < runs; round++) {
        const order = round % 2 === 0 ? names : names.toReversed()
        for (const name of order) {
          const figures = await runWithRetries(chrome, pages[name] as string, preset, onProgress)
          onProgress(`lighthouse ${preset} ${name} run ${round + 1}/${runs}: score ${figures.score.toFixed(2)}, LCP ${Math.round(figures.lcp)} ms, TBT ${Math.round(figures.tbt)} ms`)
          collected.set(name, [...(collected.get(name) ?? []), figures])
        }
      }
      for (const [name, list] of collected) out[preset][name] = medianOf(list)
    }
    return out
  } finally {
    kill()
  }
}
