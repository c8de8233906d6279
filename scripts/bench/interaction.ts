/**
 * Filter latency and JS heap in Playwright's Chromium: load the dashboard, click Filters
 * checkboxes N times and measure, for each click,
 * - Event Timing (INP-style): the longest 'event' entry of the click's interaction, from
 *   input to the next paint. Chromium reports entries of 16 ms or more only; a click with
 *   no entry counts as 16 ms (an upper bound);
 * - next paint in page: click timestamp → requestAnimationFrame → setTimeout;
 * - results painted: click → the paint after the last DOM change it caused (the
 *   dashboard filters through useDeferredValue, so the cards may update a frame or more
 *   after the click's own paint).
 * Heap: CDP HeapProfiler.collectGarbage, then Performance.getMetrics JSHeapUsedSize, after
 * load and again after the clicks, once the filters are back to the view measured after load.
 */
import { chromium, type Browser, type CDPSession, type Locator, type Page } from '@playwright/test'
import { INTERACTIVE_ATTRIBUTE } from '../../src/lib/prerender-contract.ts'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, median, percentile, withTimeout } from './util.ts'

export interface LatencyFigures {
  clicks: number
  eventTiming: { median: number; p95: number; unreported: number }
  nextPaint: { median: number; p95: number }
  resultsPainted: { median: number; p95: number }
  heapAfterLoad: number
  heapAfterClicks: number
  /** After as many clicks again, or null when the page had no time left for them. */
  heapAfterMoreClicks: number | null
  /** Anything that makes these figures mean less than they seem. */
  notes: string[]
}

export type LatencyResult = LatencyFigures | { error: string }
export const isFigures = (r: LatencyResult): r is LatencyFigures => !('error' in r)

interface ClickTiming {
  nextPaint: number
  resultsPainted: number
}

declare global {
  interface Window {
    benchProbe?: {
      entries: { name: string; interactionId: number; duration: number; startTime: number }[]
      last?: Promise<ClickTiming>
    }
  }
}

/** Installed before the app runs: buffers Event Timing entries and times every trusted click. */
function instrument() {
  const bench: NonNullable<Window['benchProbe']> = { entries: [] }
  /** Calls `record` with the time just after the next paint. (Must stay inside: instrument() runs in the page as source text.) */
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const paintAfter = (record: (t: number) => void) => requestAnimationFrame(() => setTimeout(() => record(performance.now())))
  window.benchProbe = bench
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      bench.entries.push({ name: e.name, interactionId: e.interactionId, duration: e.duration, startTime: e.startTime })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)

  document.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return
      const start = event.timeStamp
      bench.last = new Promise<ClickTiming>((resolve) => {
        let nextPaint = Number.NaN
        let lastPaint = Number.NaN
        paintAfter((t) => {
          nextPaint = t - start
          if (Number.isNaN(lastPaint)) lastPaint = t
        })
        let lastChange = performance.now()
        const observer = new MutationObserver(() => {
          lastChange = performance.now()
          paintAfter((t) => {
            lastPaint = Math.max(Number.isNaN(lastPaint) ? 0 : lastPaint, t)
          })
        })
        // Text and nodes only: chart animations change attributes for a while, which is not the result arriving.
        observer.observe(document.body, { childList: true, characterData: true, subtree: true })
        const began = performance.now()
        const poll = () => {
          const now = performance.now()
          const quiet = now - lastChange > 400 && !Number.isNaN(nextPaint) && lastPaint >= lastChange
          if (quiet || now - began > 15_000) {
            observer.disconnect()
            resolve({ nextPaint, resultsPainted: lastPaint - start })
          } else setTimeout(poll, 50)
        }
        setTimeout(poll, 50)
      })
    },
    { capture: true },
  )
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value
  if (typeof used !== 'number') throw new Error('CDP reported no JSHeapUsedSize')
  return used
}

/**
 * The checkboxes clicked in turn: the first two of the Issue topic group and of the Chinese agencies,
 * found by their group's name, not their place: the panel opens with the Cable and Place facets, whose
 * length grows with the corpus (a click there would also measure something else: a whole cable in or out).
 */
async function targets(page: Page): Promise<Locator[]> {
  const panel = page.getByRole('region', { name: 'Filters' })
  const topics = panel.getByRole('group', { name: 'Issue topic', exact: true }).getByRole('checkbox')
  const agencies = panel.getByRole('group', { name: 'China', exact: true }).getByRole('checkbox')
  const picked = [topics.nth(0), agencies.nth(0), topics.nth(1), agencies.nth(1)]
  for (const box of picked) await box.waitFor({ state: 'visible', timeout: 60_000 })
  return picked
}

const CHARTS_WAIT_MS = 60_000
const CLICKS_BUDGET_MS = 90_000
const PAGE_BUDGET_MS = 210_000

async function measurePage(browser: Browser, url: string, clicks: number, onProgress: (line: string) => void): Promise<LatencyFigures> {
  const notes: string[] = []
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    // As source text, with a stand-in for the __name helper tsx (esbuild keepNames) inserts into functions.
    await page.addInitScript({ content: `(() => { const __name = (f) => f; (${instrument.toString()})() })()` })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const loadStart = Date.now()
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    // The prerendered page is on screen before it responds: measure clicks on the page once it does.
    await page.locator(`html[${INTERACTIVE_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: 60_000 })
    const boxes = await targets(page)
    // Charts render when scrolled near: scroll to them and let them arrive, so the baseline
    // heap holds the whole page (clicks later scroll the page and would otherwise add them).
    await page.getByRole('heading', { name: /^Figures the cables give/ }).first().scrollIntoViewIfNeeded()
    const chartsLoaded = await page
      .locator('.chart-card__figure svg')
      .first()
      .waitFor({ state: 'visible', timeout: CHARTS_WAIT_MS })
      .then(
        () => true,
        () => false,
      )
    await page.evaluate(() => window.scrollTo(0, 0))
    if (chartsLoaded) {
      await page.waitForLoadState('networkidle', { timeout: 30_000 })
      await page.waitForTimeout(500)
    } else {
      notes.push(`the charts had not rendered ${Math.round((Date.now() - loadStart) / 1000)} s after navigation (main thread busy); clicks began anyway, so their latency includes that wait`)
      onProgress(`${url}: ${notes.at(-1)}`)
    }
    const heapAfterLoad = await withTimeout(heapUsed(cdp), 60_000, 'heap after load')
    await page.evaluate(() => {
      if (window.benchProbe) window.benchProbe.entries.length = 0
    })

    const timings: ClickTiming[] = []
    const clicksStart = Date.now()
    for (let i = 0; i < clicks; i++) {
      if (Date.now() - clicksStart > CLICKS_BUDGET_MS) {
        notes.push(`stopped after ${i} of ${clicks} clicks: ${CLICKS_BUDGET_MS / 1000} s budget spent`)
        onProgress(`${url}: ${notes.at(-1)}`)
        break
      }
      const box = boxes[i % boxes.length] as Locator
      await box.click({ timeout: 30_000 })
      const timing = await page.evaluate(() => window.benchProbe?.last ?? Promise.reject(new Error('the click was not timed')))
      timings.push(timing)
      await page.waitForTimeout(100)
    }
    const done = timings.length
    const entries = await page.evaluate(() => window.benchProbe?.entries ?? [])
    // Back to the view measured after load (untimed clicks), so the heap compares like with like.
    for (const box of boxes) {
      if (!(await box.isChecked())) continue
      await box.click({ timeout: 30_000 })
      await page.evaluate(() => window.benchProbe?.last)
    }
    await page.waitForTimeout(500)
    const heapAfterClicks = await withTimeout(heapUsed(cdp), 60_000, 'heap after clicks')

    // Diagnostic, not a target: the same number of clicks again (untimed). A leak grows again by as
    // much; one-off warm-up (optimized code, caches filling) does not.
    let heapAfterMoreClicks: number | null = null
    if (Date.now() - loadStart < PAGE_BUDGET_MS / 2) {
      for (let i = 0; i < done; i++) {
        await (boxes[i % boxes.length] as Locator).click({ timeout: 30_000 })
        await page.evaluate(() => window.benchProbe?.last)
      }
      for (const box of boxes) {
        if (!(await box.isChecked())) continue
        await box.click({ timeout: 30_000 })
        await page.evaluate(() => window.benchProbe?.last)
      }
      await page.waitForTimeout(500)
      heapAfterMoreClicks = await withTimeout(heapUsed(cdp), 60_000, 'heap after more clicks')
    } else notes.push('no second round of clicks for the heap: the page had used half its time budget')

    // INP-style: one duration per interaction, the longest of its entries; clicks without an entry were under 16 ms.
    const perInteraction = new Map<number, number>()
    for (const e of entries) {
      if (e.interactionId > 0) perInteraction.set(e.interactionId, Math.max(perInteraction.get(e.interactionId) ?? 0, e.duration))
    }
    const reported = [...perInteraction.values()].slice(-done)
    const unreported = Math.max(0, done - reported.length)
    const eventDurations = [...reported, ...Array.from({ length: unreported }, () => 16)]
    const nextPaint = timings.map((t) => t.nextPaint)
    const resultsPainted = timings.map((t) => t.resultsPainted)
    return {
      clicks: done,
      eventTiming: { median: median(eventDurations), p95: percentile(eventDurations, 95), unreported },
      nextPaint: { median: median(nextPaint), p95: percentile(nextPaint, 95) },
      resultsPainted: { median: median(resultsPainted), p95: percentile(resultsPainted, 95) },
      heapAfterLoad,
      heapAfterClicks,
      heapAfterMoreClicks,
      notes,
    }
  } finally {
    await withTimeout(context.close(), 30_000, 'closing the page').catch(() => undefined)
  }
}

/**
 * Measures every page in a Chromium of its own (closed on the way out whatever happens).
 * A page that fails or overruns its budget is reported as an error; the others still count.
 */
export async function measureFilterLatency(
  pages: Readonly<Record<string, string>>,
  clicks: number,
  onProgress: (line: string) => void,
  register: (cleanup: () => Promise<void> | void) => void,
): Promise<Record<string, LatencyResult>> {
  const out: Record<string, LatencyResult> = {}
  for (const [name, url] of Object.entries(pages)) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] })
    register(() => browser.close())
    try {
      const figures = await withTimeout(measurePage(browser, url, clicks, onProgress), PAGE_BUDGET_MS, `filter latency on ${name}`)
      onProgress(
        `filter latency ${name}: event timing median ${figures.eventTiming.median.toFixed(0)} ms, results painted median ${figures.resultsPainted.median.toFixed(0)} ms`,
      )
      out[name] = figures
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error'
      onProgress(`filter latency ${name} failed: ${message}`)
      out[name] = { error: message }
    } finally {
      await browser.close()
    }
  }
  return out
}
