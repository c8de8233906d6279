import { expect, test } from './fixtures'

type Page = import('@playwright/test').Page

const cardHeadings = (page: Page) =>
  page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').getByRole('heading', { level: 3 })

test('picking an agency leaves only its venues, and a reload shows the same view', async ({ page }) => {
  const venues = (await (await page.request.get('/api/v1/venues.json')).json()) as unknown[]
  await page.goto('/')
  await expect(cardHeadings(page)).toHaveCount(venues.length)
  await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^MOFCOM/ }).check()
  await expect(cardHeadings(page)).toHaveText(['Ministry of Commerce (MOFCOM)', 'Embassy comment'])
  await expect(page).toHaveURL(/\?org=mofcom$/)

  await page.reload()
  await expect(cardHeadings(page)).toHaveText(['Ministry of Commerce (MOFCOM)', 'Embassy comment'])
  await expect(page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /^MOFCOM/ })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Remove filter Agency: MOFCOM' })).toBeVisible()
})

test('a venue card opens its venue page with both sides side by side', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Chaoyang District government' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Chaoyang District government' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: /United States/ }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: /China/ }).first()).toBeVisible()
  await expect(page.getByText(/up to 80–90%/).first()).toBeVisible()
})

/** The reader's paragraph a citation opened. */
const currentParagraph = (page: Page) => page.locator('.para[aria-current="location"]')

/** From the dashboard, scrolls to the last venue card and follows its first citation into the reader; returns that link. */
async function readLastCardsCitation(page: Page) {
  await page.goto('/')
  const citation = page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').last().getByRole('link', { name: /^Paragraph \d+ of / }).first()
  await citation.scrollIntoViewIfNeeded()
  await citation.click()
  await expect(currentParagraph(page)).toBeInViewport()
  return citation
}

test('Back from a cable returns to the card the reader left, on a desktop and on a phone', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport)
    const citation = await readLastCardsCitation(page)
    await page.goBack()
    await expect(citation).toBeInViewport()
    // The link followed has the focus again: the next Tab goes on from it, not from the page's start.
    await expect(citation).toBeFocused()
    // Forward again: the reader where it was left.
    await page.goForward()
    await expect(currentParagraph(page)).toBeInViewport()
  }
})

test('the reader’s “Back to the dashboard” returns to the card and the link, as Back does', async ({ page }) => {
  const citation = await readLastCardsCitation(page)
  await page.getByRole('link', { name: '← Back to the dashboard' }).click()
  await expect(citation).toBeInViewport()
  await expect(citation).toBeFocused()
  // It went Back: Forward is the reader again, where it was left (at its top, where the link is).
  await page.goForward()
  await expect(page).toHaveURL(/\/reader\//)
  await expect(page.getByRole('link', { name: '← Back to the dashboard' })).toBeInViewport()
})

test('Back after a reload still finds the card, and scrolling right after Back is not undone', async ({ page }) => {
  const citation = await readLastCardsCitation(page)
  await page.reload()
  await expect(currentParagraph(page)).toBeInViewport()
  await page.goBack()
  await expect(citation).toBeInViewport()

  // Forward and Back again, then the wheel at once: the page follows the wheel, not the remembered place.
  await page.goForward()
  await expect(currentParagraph(page)).toBeInViewport()
  await page.goBack()
  await page.mouse.move(640, 360)
  await page.mouse.wheel(0, -3000)
  await expect.poll(() => page.evaluate(() => document.querySelector('#venues article:last-of-type')?.getBoundingClientRect().top ?? 0)).toBeGreaterThan(1500)
})

test('Back from a chart’s source returns to the chart, straight there: no stop at the page’s end while the charts come back', async ({ page }) => {
  await page.goto('/')
  const chart = page.getByRole('region', { name: 'Positions at each venue, by who says them' })
  await page.getByRole('heading', { name: /^Figures the cables give/ }).scrollIntoViewIfNeeded()
  const source = chart.getByRole('link', { name: /^Paragraph \d+ of / }).first()
  await source.scrollIntoViewIfNeeded()
  await source.click()
  await expect(currentParagraph(page)).toBeInViewport()
  // Every frame from here on (Back stays in this document: the app routes it): the scroll, and whether the
  // charts' section (or its placeholder) is in the window.
  await page.evaluate(() => {
    const seen: { y: number; charts: boolean }[] = ((window as unknown as { frames: typeof seen }).frames = [])
    const sample = () => {
      const box = document.getElementById('charts')?.getBoundingClientRect()
      seen.push({ y: scrollY, charts: box !== undefined && box.bottom > 0 && box.top < innerHeight })
      requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
  })
  await page.goBack()
  await expect(source).toBeInViewport()
  await expect(chart.locator('.recharts-wrapper')).toBeVisible()
  const { frames, final } = await page.evaluate(() => ({ frames: (window as unknown as { frames: { y: number; charts: boolean }[] }).frames, final: scrollY }))
  // Whenever the charts' section was in view, it was at the chart's place: the placeholder keeps their height
  // while they render. (It stopped at the page's end first, 12,000 px short, for half a second.)
  const elsewhere = frames.filter((f) => f.charts && Math.abs(f.y - final) > 40).map((f) => f.y)
  expect(elsewhere, `scrolls with the charts in view that were not the chart's place (${final})`).toEqual([])
})

test('the charts wait below the fold, yet print without scrolling', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').first()).toBeVisible()
  await expect(page.getByText('The charts load as you scroll to them.')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.chart-card__figure svg').first()).toBeAttached()
})

test('a tall chart keeps its key in view while its bars scroll by, and the key leaves with the chart', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('heading', { name: /^Figures the cables give/ }).scrollIntoViewIfNeeded()
  const chart = page.getByRole('region', { name: 'Issues by topic and venue' })
  const figure = chart.locator('.chart-card__figure')
  await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const key = chart.getByRole('list', { name: 'Venues' })
  // Halfway down its 34 topics' bars, the key is on screen: it was under the chart, 900 px further down.
  await figure.evaluate((el) => {
    const box = el.getBoundingClientRect()
    window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior: 'instant' })
  })
  await expect(key).toBeInViewport({ ratio: 1 })
  // Past the chart, the key has gone with it: it never covers the sources line and the buttons below.
  const sources = chart.locator('.chart-card__source')
  await sources.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }))
  await expect(key).not.toBeInViewport()
})

test('on a tablet the facets fold under the search box and open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.goto('/')
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByRole('searchbox')).toBeVisible()
  await expect(filters.getByRole('checkbox', { name: /^MOFCOM/ })).toBeHidden()
  // The first screen is the series at a glance; its link leads straight to the cards.
  await expect(page.getByRole('region', { name: /The review series/ })).toBeInViewport()
  // Every column of the series' table in sight, the counts included: they were past its edge, with no hint to scroll.
  const seriesTable = page.getByRole('region', { name: /The review series/ }).getByRole('table')
  expect(await seriesTable.evaluate((table) => table.getBoundingClientRect().width - table.parentElement!.clientWidth)).toBeLessThanOrEqual(1)
  await page.getByRole('link', { name: /^Go to the \d+ venue cards$/ }).click()
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').first()).toBeInViewport()
  await page.evaluate(() => window.scrollTo(0, 0))
  await filters.getByText('All filters').click()
  // Unfolded, the facets stay within the window (a projector at 125% is as narrow): they had widened the page to 1,681 px.
  await expect(filters.getByRole('checkbox', { name: /^MOFCOM/ })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820)
  await filters.getByRole('checkbox', { name: /^MOFCOM/ }).check()
  await expect(filters.getByText('All filters (1 chosen)')).toBeVisible()
  await expect(cardHeadings(page)).toHaveText(['Ministry of Commerce (MOFCOM)', 'Embassy comment'])
})

test('from the search box, one Tab and Enter skip the filters: the next Tab is in the results, not the next of 160 checkboxes', async ({ page }) => {
  await page.goto('/')
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByRole('checkbox', { name: /^MOFCOM/ })).toBeVisible()
  await filters.getByRole('searchbox').focus()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip the filters' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  // The first control after the filters: somewhere in the view they make, never a filter.
  const focused = page.locator(':focus')
  await expect(focused).toHaveCount(1)
  expect(await focused.evaluate((el) => el.closest('#results') !== null && el.closest('.filter-panel') === null)).toBe(true)
})

test('a link followed to another page with the keyboard starts the focus at that page’s top', async ({ page }) => {
  await page.goto('/?org=mofcom')
  await page.getByRole('region', { name: 'Venues and their issues' }).getByRole('link', { name: 'Ministry of Commerce (MOFCOM)', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Ministry of Commerce (MOFCOM)' })).toBeVisible()
  // It was left on the body, the link followed gone with its page: the next Tab went back to the page's start.
  await expect(page.locator('#main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: /Back to the dashboard/ })).toBeFocused()
  // Back gives the focus to the link followed, as before.
  await page.goBack()
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('link', { name: 'Ministry of Commerce (MOFCOM)', exact: true })).toBeFocused()
})
