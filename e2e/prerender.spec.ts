import type { Page } from '@playwright/test'
import { expect, SBU_PHRASES, test } from './fixtures'

/** Every page is prerendered (scripts/prerender.ts): these journeys check what that HTML shows before, or without, its script. */

const cards = (page: Page) => page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article')

async function expectNoSbuText(page: Page) {
  const text = await page.locator('body').innerText()
  for (const phrase of SBU_PHRASES) expect(text).not.toContain(phrase)
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the dashboard, a venue and the reader are readable, with their figures’ qualifiers and disputes, and linked', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('note')).toHaveText(/Without JavaScript this page shows the full view, unfiltered/)
    await expect(cards(page)).toHaveCount(19)
    const silkMarket = cards(page).filter({ has: page.getByRole('heading', { name: 'Chaoyang District government' }) })
    await expect(silkMarket).toContainText('Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang')
    await expect(page.getByText('up to 80–90% (in some categories)').first()).toBeVisible()
    await expect(page.getByText('Disputed by Chaoyang').first()).toBeVisible()

    await page.getByRole('link', { name: 'Chaoyang District government' }).click()
    await expect(page).toHaveURL(/\/venues\/chaoyang$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Chaoyang District government' })).toBeVisible()
    await expect(page).toHaveTitle('Chaoyang District government · Venue · IPR Enforcement Dashboard')
    await expect(page.getByText(/up to 80–90%/).first()).toBeVisible()

    await page.getByRole('link', { name: 'Paragraph 11 of 07BEIJING2566' }).first().click()
    await expect(page).toHaveURL(/\/reader\/07BEIJING2566#p11/)
    // The fragment names the quote too (`#p11&hl=…`), which only the script reads: the page opens at its top.
    const paragraph = page.getByRole('article', { name: 'Paragraph 11' })
    await expect(paragraph).toContainText('up to 80-90% of goods at Silk Street are counterfeits')
    await expect(paragraph.locator('abbr.marking')).toHaveText('(U)')
    await expect(page.getByRole('article', { name: 'Paragraph 19' }).locator('abbr.marking')).toHaveText('(SBU)')
    await expect(page).toHaveTitle('07BEIJING2566 · Cable reader · IPR Enforcement Dashboard')
  })

  test('a public-safe link gets the public-safe copy: not a word of the SBU paragraphs', async ({ page }) => {
    for (const path of ['/?safe=1', '/?org=mofcom&safe=1', '/venues/embassy-comment?safe=1', '/reader/07BEIJING2566?safe=1']) {
      await page.goto(path)
      await expect(page.getByRole('note')).toHaveText(/public-safe view, unfiltered/)
      await expectNoSbuText(page)
    }
    // The venue the public-safe view hides is not named in the tab either.
    await page.goto('/venues/embassy-comment?safe=1')
    await expect(page.getByText('This venue rests only on sensitive paragraphs and is hidden in the public-safe view.')).toBeVisible()
    await expect(page).toHaveTitle('Venue · IPR Enforcement Dashboard')
    await page.goto('/?safe=1')
    await expect(page.getByRole('heading', { level: 3, name: 'Embassy comment' })).toHaveCount(0)
    await expect(cards(page).first()).toBeVisible()
  })
})

test.describe('before the script has run', () => {
  // The scripts never arrive: what is on screen is the HTML alone, as in the moments before the script runs.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })
  test.beforeEach(async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort())
  })

  test('the dashboard’s first screen and its cards are already painted', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: /^The review series: 5 cables/ })).toBeVisible()
    await expect(cards(page)).toHaveCount(19)
  })

  test('a link to another view shows nothing of the unfiltered or full view', async ({ page }) => {
    for (const path of ['/?org=mofcom&safe=1', '/?org=mofcom', '/venues/bcb?q=textbooks']) {
      await page.goto(path)
      await expect(page.locator('#root')).toBeHidden()
      await expect(page.getByRole('heading', { level: 3, name: 'Embassy comment' })).toBeHidden()
    }
    await page.goto('/?safe=1')
    await expect(cards(page).first()).toBeVisible()
    await expectNoSbuText(page)
  })
})

test('the script takes the prerendered page over instead of drawing it again, and it then responds', async ({ page }) => {
  // Remember the filter panel the HTML brought, before any script of the app has run.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { prerendered: Element | null }).prerendered = document.querySelector('.filter-panel')
    })
  })
  await page.goto('/')
  await page.getByRole('checkbox', { name: /^MOFCOM/ }).check()
  await expect(cards(page)).toHaveText([/Ministry of Commerce/, /Embassy comment/])
  await page.getByRole('checkbox', { name: /^MOFCOM/ }).uncheck()
  await expect(cards(page)).toHaveCount(19)
  // The same element the HTML brought is still in the page: hydrated, not replaced.
  expect(await page.evaluate(() => (window as unknown as { prerendered: Element | null }).prerendered?.isConnected)).toBe(true)
})

test('a shared filtered, public-safe link shows only its view, never the full one, and nothing moves', async ({ page }) => {
  await page.addInitScript(() => {
    ;(window as unknown as { seenSbu: boolean }).seenSbu = false
    let shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift += (entry as unknown as { value: number }).value
      ;(window as unknown as { layoutShift: number }).layoutShift = shift
    }).observe({ type: 'layout-shift', buffered: true })
    // Every frame until the app has run: was the full view's Embassy comment ever visible?
    const watch = () => {
      const root = document.getElementById('root')
      const visible = root && getComputedStyle(root).visibility !== 'hidden' && /Embassy comment|considerable direct intervention/.test(root.innerText)
      if (visible) (window as unknown as { seenSbu: boolean }).seenSbu = true
      if (!document.documentElement.hasAttribute('data-interactive')) requestAnimationFrame(watch)
    }
    requestAnimationFrame(watch)
  })
  await page.goto('/?org=mofcom&safe=1')
  await expect(cards(page)).toHaveText([/Ministry of Commerce/])
  await expect(page.locator('.public-safe-banner')).toHaveText(/^Public-safe view: paragraphs not marked U/)
  await expectNoSbuText(page)
  expect(await page.evaluate(() => (window as unknown as { seenSbu: boolean }).seenSbu)).toBe(false)
  expect(await page.evaluate(() => (window as unknown as { layoutShift?: number }).layoutShift ?? 0)).toBe(0)
})

test('a venue page’s tab names the venue from the HTML on, through hydration', async ({ page }) => {
  // Every title the tab shows, from the first parse of the HTML until the page runs.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { titles: string[] }).titles = seen
    const note = () => seen.at(-1) !== document.title && seen.push(document.title)
    new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.goto('/venues/chaoyang')
  await expect(page.locator('html[data-interactive]')).toBeAttached()
  await expect(page.getByRole('heading', { level: 1, name: 'Chaoyang District government' })).toBeVisible()
  const titles = await page.evaluate(() => (window as unknown as { titles: string[] }).titles.filter(Boolean))
  expect(titles).toEqual(['Chaoyang District government · Venue · IPR Enforcement Dashboard'])
})

test.describe('the data the build checked', () => {
  const validatorsChunk = /\/assets\/parse-resource-[^/]+\.js$/

  test('is used without loading the validators; a file changed since is checked, and the page says it is damaged', async ({ page }) => {
    const requested: string[] = []
    page.on('request', (request) => requested.push(request.url()))
    await page.goto('/')
    await expect(page.locator('html[data-interactive]')).toBeAttached()
    await expect(cards(page)).toHaveCount(19)
    expect(requested.filter((url) => validatorsChunk.test(url))).toEqual([])

    // The same page, with venues.json changed after the build: its fingerprint no longer matches.
    await page.route('**/api/v1/venues.json', async (route) => {
      const venues = (await (await route.fetch()).json()) as { id: unknown }[]
      await route.fulfill({ json: venues.map((venue, i) => (i === 0 ? { ...venue, id: 42 } : venue)) })
    })
    await page.reload()
    await expect(page.getByRole('alert').filter({ hasText: /the data is damaged/i })).toContainText(/does not match the expected shape at 0\.id/)
    expect(requested.some((url) => validatorsChunk.test(url))).toBe(true)
  })
})

test('the tab shows the app’s icon: every kind of page links it, and the server sends it as a PNG', async ({ page, request }) => {
  for (const path of ['/', '/venues/chaoyang', '/reader/07BEIJING2566', '/present', '/no-such-page']) {
    await page.goto(path)
    // The last icon a page declares is the one the browser shows.
    await expect(page.locator('link[rel="icon"]').last()).toHaveAttribute('href', '/favicon.png')
  }
  const icon = await request.get('/favicon.png')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/png')
  expect([...(await icon.body()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
})
