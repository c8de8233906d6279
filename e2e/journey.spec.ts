import { expect, test } from './fixtures'

const cards = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').getByRole('heading', { level: 3 })

test('a staff member prepares a meeting: filter, share, check a source, present, export', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! })
  await page.goto('/')
  const filters = page.getByRole('region', { name: 'Filters' })

  // Filter by agency, then by issue.
  await filters.getByRole('group', { name: 'China' }).getByRole('checkbox', { name: /^Chaoyang\b/ }).first().check()
  await expect(page).toHaveURL(/org=chaoyang-district-government/)
  await filters.getByRole('group', { name: 'Issue topic' }).getByRole('checkbox', { name: /^Counterfeit markets/ }).check()
  await expect(cards(page)).toHaveText(['Chaoyang District government'])

  // Share the link and reopen it in a fresh tab.
  await page.getByRole('button', { name: 'Copy link to this view' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  const reopened = await context.newPage()
  await reopened.goto(link)
  await expect(cards(reopened)).toHaveText(['Chaoyang District government'])
  await reopened.close()

  // Open the venue and follow a citation to the reader.
  await page.getByRole('link', { name: 'Chaoyang District government' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Chaoyang District government' })).toBeVisible()
  await page.getByRole('link', { name: 'Paragraph 12 of 07BEIJING2566' }).first().click()
  await expect(page.getByRole('article', { name: 'Paragraph 12' })).toHaveAttribute('aria-current', 'location')
  await page.goBack()
  await page.goBack()
  await expect(cards(page)).toHaveText(['Chaoyang District government'])

  // Public-safe on, then export the CSV of this view.
  await page.getByRole('button', { name: /Public-safe view/ }).click()
  await expect(page).toHaveURL(/safe=1/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  expect((await download).suggestedFilename()).toMatch(/public-safe\.csv$/)

  // Present the same view and step through it.
  await page.getByRole('button', { name: /Present/ }).click()
  await expect(page).toHaveURL(/\/present\?.*slide=1/)
  await expect(page.getByRole('region', { name: /^Slide 1 of \d+/ })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/slide=2/)
  await page.keyboard.press('Escape')
  await expect(cards(page)).toHaveText(['Chaoyang District government'])
})
