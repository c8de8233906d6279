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
    // Forward again: the reader where it was left.
    await page.goForward()
    await expect(currentParagraph(page)).toBeInViewport()
  }
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

test('the charts wait below the fold, yet print without scrolling', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').first()).toBeVisible()
  await expect(page.getByText('The charts load as you scroll to them.')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.chart-card__figure svg').first()).toBeAttached()
})

test('on a tablet the facets fold under the search box and open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.goto('/')
  const filters = page.getByRole('region', { name: 'Filters' })
  await expect(filters.getByRole('searchbox')).toBeVisible()
  await expect(filters.getByRole('checkbox', { name: /^MOFCOM/ })).toBeHidden()
  // The first screen is the series at a glance; its link leads straight to the cards.
  await expect(page.getByRole('region', { name: /The review series/ })).toBeInViewport()
  await page.getByRole('link', { name: /^Go to the \d+ venue cards$/ }).click()
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').first()).toBeInViewport()
  await page.evaluate(() => window.scrollTo(0, 0))
  await filters.getByText('All filters').click()
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
