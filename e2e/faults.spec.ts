import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const slide = (page: Page) => page.getByRole('region', { name: /^Slide \d+ of \d+:/ })

// The browser logs the 500 it is made to receive; that one console error is the point of the test.
test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 500/] })

test('/present with positions.json failing shows a blocking notice, not a deck with zero counts, and Retry brings the deck', async ({ page }) => {
  let failing = true
  await page.route('**/api/v1/positions.json', (route) =>
    failing ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) : route.fallback(),
  )
  await page.goto('/present?slide=1')
  const notice = page.getByRole('heading', { level: 1, name: /The slides are not ready: the positions did not load/ })
  // A 500 may pass on a second try, so the app tries three more times (1 + 2 + 4 s) before it says so.
  await expect(notice).toBeVisible({ timeout: 20_000 })
  await expect(notice).toBeFocused()
  await expect(page.getByRole('alert')).toContainText(/Could not load the positions\. The server had a problem/)
  await expect(slide(page)).toHaveCount(0)
  await expect(page.getByText(/\b0 positions\b|No position recorded/)).toHaveCount(0)
  // The notice is read on a projector too: 7:1 contrast (wcag2aaa) and nothing else axe can find.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  failing = false
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Retry loading the positions' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(slide(page)).toHaveAccessibleName(/^Slide 1 of \d+:/)
  await expect(slide(page)).toContainText(/\d+ positions · \d+ figures · \d+ events/)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('going on without the positions: the title slide and the venue slides say "not loaded"', async ({ page }) => {
  await page.route('**/api/v1/positions.json', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }))
  await page.goto('/present?slide=1')
  await page.getByRole('button', { name: 'Present without the positions' }).click({ timeout: 20_000 })
  await expect(slide(page)).toHaveAccessibleName(/^Slide 1 of \d+:/)
  await expect(slide(page)).toContainText('positions not loaded')
  await page.keyboard.press('ArrowRight')
  await expect(slide(page)).toHaveAccessibleName(/^Slide 2 of \d+:/)
  await expect(slide(page)).toContainText('Not loaded. The positions did not load')
  await expect(slide(page)).not.toContainText('No position recorded')
})

test.describe('the data worker cannot start', () => {
  // The browser logs the 404 it is made to receive for the worker's code; that is the point of the test.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] })

  test('with its code missing, the page reads the data itself: no error, and the filters work', async ({ page }) => {
    let workerAsked = false
    await page.route('**/assets/data-worker-*.js', (route) => {
      workerAsked = true
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' })
    })
    await page.goto('/')
    const cards = page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article')
    await page.getByRole('checkbox', { name: /^MOFCOM/ }).check()
    await expect(cards).toHaveText([/Ministry of Commerce/, /Embassy comment/])
    await page.getByRole('checkbox', { name: /^MOFCOM/ }).uncheck()
    await expect(cards).toHaveCount(19)
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(workerAsked).toBe(true)
  })
})
