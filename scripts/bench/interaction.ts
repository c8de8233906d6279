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
 * load and again after the clicks.
 */
import { chromium, type Browser, type CDPSession, type Locator, type Page } from '@playwright/test'
import { CHROMIUM_FLAGS, CHROMIUM_PATH, median, percentile, withTimeout } from './util.ts'

export interface LatencyFigures {
  clicks: number
  eventTiming: { median: number; p95: number; unreported: number }
  nextPaint: { median: number; p95: number }
  resultsPainted: { median: number; p95: number }
  heapAfterLoad: number
  heapAfterClicks: number
}

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

/** The checkboxes clicked in turn: the first two of the Issue (topic) group and of the Chinese agencies. */
async function targets(page: Page): Promise<Locator[]> {
  const panel = page.getByRole('complementary', { name: 'Filters' })
  const topics = panel.getByRole('group', { name: 'Issue' }).getByRole('checkbox')
  const agencies = panel.getByRole('group', { name: 'China', exact: true }).getByRole('checkbox')
  const picked = [topics.nth(0), agencies.nth(0), topics.nth(1), agencies.nth(1)]
  for (const box of picked) await box.waitFor({ state: 'visible', timeout: 60_000 })
  return picked
}

async function measurePage(browser: Browser, url: string, clicks: number): Promise<LatencyFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    // As source text, with a stand-in for the __name helper tsx (esbuild keepNames) inserts into functions.
    await page.addInitScript({ content: `(() => { const __name = (f) => f; (${instrument.toString()})() })()` })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
    const boxes = await targets(page)
    // Charts load lazily; let them arrive and the page go quiet before the baseline heap.
    await page.getByRole('status').filter({ hasText: 'Loading charts' }).waitFor({ state: 'detached', timeout: 60_000 })
    await page.waitForLoadState('networkidle', { timeout: 60_000 })
    await page.waitForTimeout(500)
    const heapAfterLoad = await heapUsed(cdp)
    await page.evaluate(() => {
      if (window.benchProbe) window.benchProbe.entries.length = 0
    })

    const timings: ClickTiming[] = []
    for (let i = 0; i < clicks; i++) {
      const box = boxes[i % boxes.length] as Locator
      await box.click({ timeout: 30_000 })
      const timing = await page.evaluate(() => window.benchProbe?.last ?? Promise.reject(new Error('the click was not timed')))
      timings.push(timing)
      await page.waitForTimeout(100)
    }
    await page.waitForTimeout(500)
    const entries = await page.evaluate(() => window.benchProbe?.entries ?? [])
    const heapAfterClicks = await heapUsed(cdp)

    // INP-style: one duration per interaction, the longest of its entries; clicks without an entry were under 16 ms.
    const perInteraction = new Map<number, number>()
    for (const e of entries) {
      if (e.interactionId > 0) perInteraction.set(e.interactionId, Math.max(perInteraction.get(e.interactionId) ?? 0, e.duration))
    }
    const reported = [...perInteraction.values()].slice(-clicks)
    const unreported = Math.max(0, clicks - reported.length)
    const eventDurations = [...reported, ...Array.from({ length: unreported }, () => 16)]
    const nextPaint = timings.map((t) => t.nextPaint)
    const resultsPainted = timings.map((t) => t.resultsPainted)
    return {
      clicks,
      eventTiming: { median: median(eventDurations), p95: percentile(eventDurations, 95), unreported },
      nextPaint: { median: median(nextPaint), p95: percentile(nextPaint, 95) },
      resultsPainted: { median: median(resultsPainted), p95: percentile(resultsPainted, 95) },
      heapAfterLoad,
      heapAfterClicks,
    }
  } finally {
    await context.close()
  }
}

/** Measures every page in one Chromium, closed on the way out whatever happens. */
export async function measureFilterLatency(
  pages: Readonly<Record<string, string>>,
  clicks: number,
  onProgress: (line: string) => void,
  register: (cleanup: () => Promise<void> | void) => void,
): Promise<Record<string, LatencyFigures>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] })
  register(() => browser.close())
  try {
    const out: Record<string, LatencyFigures> = {}
    for (const [name, url] of Object.entries(pages)) {
      const figures = await withTimeout(measurePage(browser, url, clicks), 240_000, `filter latency on ${name}`)
      onProgress(
        `filter latency ${name}: event timing median ${figures.eventTiming.median.toFixed(0)} ms, results painted median ${figures.resultsPainted.median.toFixed(0)} ms`,
      )
      out[name] = figures
    }
    return out
  } finally {
    await browser.close()
  }
}
