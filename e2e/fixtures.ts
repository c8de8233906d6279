import { test as base, expect } from '@playwright/test'

/**
 * Every browser test also checks, without asking, that the page logged no console
 * error, broke no rule of its Content-Security-Policy, and made no request off its own
 * origin (no fonts, CDNs or analytics).
 */
export const test = base.extend<{ pageGuards: void; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose, e.g. the browser's own log of a 500 it was made to receive. */
  allowedConsoleErrors: [[], { option: true }],
  pageGuards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const consoleErrors: string[] = []
      const offOrigin: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text())
      })
      page.on('pageerror', (error) => consoleErrors.push(String(error)))
      // Chromium reports a CSP violation as a browser log entry, which Playwright's console event does not carry; the DOM event does.
      await page.exposeFunction('reportCspViolation', (text: string) => consoleErrors.push(text))
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
          void report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`)
        })
      })
      page.on('request', (request) => {
        const url = request.url()
        if (!url.startsWith(baseURL!) && !/^(data|blob|about):/.test(url)) offOrigin.push(url)
      })
      await use()
      expect(offOrigin, 'requests off the app origin').toEqual([])
      expect(
        consoleErrors.filter((text) => !allowedConsoleErrors.some((allowed) => allowed.test(text))),
        'console errors',
      ).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Words only the SBU paragraphs hold (07BEIJING2566 ¶18–20): a public-safe page shows none of them. */
export const SBU_PHRASES = ['considerable direct intervention', 'not interfering', 'dozens of times', 'International Visitors Program']

/** The charts render when scrolled near (or printed): bring them into view and wait for them. */
export async function showCharts(page: import('@playwright/test').Page) {
  // The prerendered placeholder is replaced by the charts once the page runs: scroll again if it went while scrolling.
  await expect(async () => {
    await page.locator('#charts').scrollIntoViewIfNeeded()
    await expect(page.locator('.chart-card__figure svg').first()).toBeVisible()
  }).toPass()
}

/** "07BEIJING2566¶11" → marking, for every paragraph of every cable the static API serves. */
export async function paragraphMarkings(page: import('@playwright/test').Page): Promise<Map<string, string | null>> {
  const cables = (await (await page.request.get('/api/v1/cables.json')).json()) as { id: string }[]
  const markings = new Map<string, string | null>()
  for (const { id } of cables) {
    const cable = (await (await page.request.get(`/api/v1/cables/${id}.json`)).json()) as { paragraphs: { number: number; marking: string | null }[] }
    for (const p of cable.paragraphs) markings.set(`${id}¶${p.number}`, p.marking)
  }
  return markings
}

/** Every paragraph link on the page ("Paragraph 11 of 07BEIJING2566") as "07BEIJING2566¶11". */
export async function citedParagraphsOnPage(page: import('@playwright/test').Page): Promise<string[]> {
  const labels = await page.getByRole('link', { name: /^Paragraph \d+ of / }).evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''))
  return labels.map((label) => label.replace(/^Paragraph (\d+) of (\S+)$/, '$2¶$1'))
}
