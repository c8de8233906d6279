import { expect, showCharts, test } from './fixtures'

test('a figure’s citation previews its paragraph and opens the reader there with the quote marked', async ({ page }) => {
  await page.goto('/')
  await showCharts(page)
  const chart = page.getByRole('region', { name: /Silk Street/ }).filter({ has: page.getByRole('link', { name: 'Paragraph 11 of 07BEIJING2566' }) }).first()
  const citation = chart.getByRole('link', { name: 'Paragraph 11 of 07BEIJING2566' }).first()
  await citation.hover()
  const preview = page.getByRole('tooltip')
  await expect(preview).toContainText('07BEIJING2566 ¶11 (U)')
  await expect(preview.locator('mark')).toContainText('up to 80-90% of goods at Silk Street are counterfeits')
  await expect(preview).toBeInViewport({ ratio: 1 })

  await citation.click()
  await expect(page).toHaveURL(/\/reader\/07BEIJING2566#p11&hl=/)
  const paragraph = page.getByRole('article', { name: 'Paragraph 11' })
  await expect(paragraph).toHaveAttribute('aria-current', 'location')
  await expect(paragraph.locator('mark')).toHaveText('USTR cited recent industry data showing that, in some categories, up to 80-90% of goods at Silk Street are counterfeits')
  await expect(paragraph).toBeInViewport()
})

test('the list of cables gives each subject a line of its own, not run on after its classification', async ({ page }) => {
  await page.goto('/reader')
  const cable = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '07BEIJING2566' }) })
  const link = await cable.getByRole('link', { name: '07BEIJING2566' }).boundingBox()
  const subject = await cable.locator('.reader-index__subject').boundingBox()
  // Below the id's line, and starting where the item starts.
  expect(subject!.y).toBeGreaterThanOrEqual(link!.y + link!.height - 1)
  expect(Math.abs(subject!.x - link!.x)).toBeLessThan(2)
})

test('words restored from another rendering are dotted in the reader, as its note says, not underlined like the rest', async ({ page }) => {
  await page.goto('/reader/07BEIJING2566')
  const restored = page.locator('.para__text ins.restored').first()
  await expect(restored).toBeVisible()
  const style = (locator: typeof restored) => locator.evaluate((element) => getComputedStyle(element).textDecorationStyle)
  expect(await style(restored)).toBe('dotted')
  // The note's own sample looks like what it describes.
  expect(await style(page.getByText('Dotted underline', { exact: true }))).toBe('dotted')
})

test('the keyboard skips a long "Cited by" list to the next paragraph: seen when focused, and the address unchanged', async ({ page }) => {
  await page.goto('/reader/07BEIJING2566')
  await expect(page.locator('html[data-interactive]')).toBeAttached()
  const p17 = page.getByRole('article', { name: 'Paragraph 17' })
  await p17.getByRole('button', { name: 'Copy citation for paragraph 17' }).focus()
  await page.keyboard.press('Tab')
  const skip = p17.getByRole('link', { name: /^Skip these \d+ links, to ¶18$/ })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport({ ratio: 1 })
  // Shown whole, not the 1-pixel box it keeps out of focus.
  expect((await skip.boundingBox())!.width).toBeGreaterThan(100)
  await page.keyboard.press('Enter')
  const p18 = page.getByRole('article', { name: 'Paragraph 18' })
  await expect(p18).toBeFocused()
  await expect(p18).toBeInViewport()
  await page.keyboard.press('Tab')
  await expect(p18.getByRole('button', { name: 'Copy citation for paragraph 18' })).toBeFocused()
  expect(new URL(page.url()).hash).toBe('')
  await expect(p18).not.toHaveAttribute('aria-current')
})
