import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test, showCharts, SBU_PHRASES } from './fixtures'

/** A4 at 96 dpi less the 14 mm side margins and 16/18 mm top/bottom margins of print.css. */
const PAGE_CONTENT = { width: 688, height: 994 }

const switchButton = (page: Page) => page.getByRole('button', { name: 'Public-safe view (hide SBU)' })

async function chartsReady(page: Page) {
  await page.getByRole('region', { name: 'Venues and their issues' }).waitFor()
  await showCharts(page)
  await expect(page.locator('.chart-card').first()).toBeVisible()
  await expect(page.locator('.chart-card__figure svg').first()).toBeVisible()
}

test('public-safe switch, banner on every route, and a CSV without a word of ¶18–20', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('region', { name: 'Venues and their issues' }).waitFor()
  await switchButton(page).click()
  await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/[?&]safe=1/)
  const banner = page.getByText(/^Public-safe view: paragraphs not marked U \(.*07BEIJING2566 ¶18–20.*\) and everything resting only on them are hidden\.$/)
  await expect(banner).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Embassy comment' })).toHaveCount(0)

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^(07BEIJING2566|\d+-cables)-issues-\d{4}-\d{2}-\d{2}-public-safe\.csv$/)
  const bytes = await readFile((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const csv = bytes.toString('utf8')
  expect(csv).toContain('\r\n')
  expect(csv).toContain('Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang')
  for (const phrase of SBU_PHRASES) expect(csv).not.toContain(phrase)
  expect(csv).not.toMatch(/07BEIJING2566,[^\r\n]*¶(18|19|20)\b/)

  await page.goto('/venues/embassy-comment?safe=1')
  await expect(page.getByText(/hidden in the public-safe view/)).toBeVisible()
  await expect(banner).toBeVisible()
  await page.goto('/reader/07BEIJING2566?safe=1')
  await expect(page.getByRole('article', { name: 'Paragraph 21' })).toBeVisible()
  await expect(banner).toBeVisible()
  const text = await page.locator('body').innerText()
  for (const phrase of SBU_PHRASES) expect(text).not.toContain(phrase)
})

test('a mistyped public-safe link still hides the SBU text, and the header’s title keeps the view', async ({ page }) => {
  // ?safe=true showed ¶18–20 on the reader and the venue pages, with no word that the link was not understood.
  await page.goto('/venues/embassy-comment?safe=true')
  await expect(page.getByText(/hidden in the public-safe view/)).toBeVisible()
  await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true')
  await page.goto('/reader/07BEIJING2566?SAFE=1')
  await expect(page.getByRole('article', { name: 'Paragraph 21' })).toBeVisible()
  const text = await page.locator('body').innerText()
  for (const phrase of SBU_PHRASES) expect(text).not.toContain(phrase)
  // The title led to a bare "/", which switched the view off and brought the Embassy comment back.
  await page.getByRole('link', { name: 'IPR Enforcement Dashboard' }).click()
  await expect(page).toHaveURL(/\/\?safe=1$/)
  await expect(page.getByRole('region', { name: 'Venues and their issues' })).toBeVisible()
  await expect(switchButton(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('heading', { level: 3, name: 'Embassy comment' })).toHaveCount(0)
})

test('print briefing: a cover, no chrome, whole charts with their tables, one venue per page', async ({ page }, testInfo) => {
  await page.goto('/?safe=1')
  await chartsReady(page)
  await page.emulateMedia({ media: 'print' })

  const cover = page.getByRole('region', { name: /what was raised, by whom/i })
  await expect(cover).toBeVisible()
  await expect(cover).toContainText('07BEIJING2566')
  await expect(cover).toContainText(/Everything this dashboard records for .*07BEIJING2566.*, no filters/)
  await expect(cover).toContainText(/Public-safe view: paragraphs not marked U \(.*07BEIJING2566 ¶18–20/)
  await expect(cover).toContainText(`${new URL(page.url()).origin}/?safe=1`)
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Show data table' }).first()).toBeHidden()
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden()
  // The cover says what the series overview says: printed above it, the overview's links went first.
  await expect(page.getByRole('region', { name: /^The review series/ })).toBeHidden()
  // The cross-cable tables' rows are named by buttons (each filters the view), which print as their text.
  for (const name of [/Issues by topic and cable/, /Positions by agency and cable/]) {
    const table = page.getByRole('table', { name })
    // Laid out only near the screen (content-visibility): off it, innerText reads nothing even where print shows all.
    await table.scrollIntoViewIfNeeded()
    await expect(table.getByRole('rowheader').first()).toHaveText(/\w/, { useInnerText: true })
  }
  // The charts' data tables, collapsed on screen, print in full.
  const tables = page.locator('.chart-card:has(.chart-card__figure):not(:has(.events-timeline__key)) table')
  expect(await tables.count()).toBeGreaterThan(3)
  for (const table of await tables.all()) expect((await table.locator('..').boundingBox())?.height ?? 0).toBeGreaterThan(40)

  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: testInfo.outputPath('briefing.pdf') })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0
  // Cover, five public venues one per page, then the charts.
  expect(pages).toBeGreaterThanOrEqual(7)

  // At A4's printable width every chart card, table included, fits on one page.
  await page.setViewportSize({ width: PAGE_CONTENT.width, height: PAGE_CONTENT.height })
  // The cover's values stand beside their names, within the page, and the cover fills one page: with several
  // cables, the second cable's line fell under "Cables", ran off the page, and pushed the handling line out.
  const facts = await cover.locator('dl').evaluate((list) => {
    const boxes = (tag: string) => [...list.querySelectorAll(tag)].map((element) => element.getBoundingClientRect())
    return { namesEnd: Math.max(...boxes('dt').map((b) => b.right)), valuesStart: Math.min(...boxes('dd').map((b) => b.left)), valuesEnd: Math.max(...boxes('dd').map((b) => b.right)) }
  })
  expect(facts.valuesStart).toBeGreaterThan(facts.namesEnd)
  expect(facts.valuesEnd).toBeLessThanOrEqual(PAGE_CONTENT.width + 1)
  expect((await cover.boundingBox())!.height).toBeLessThanOrEqual(PAGE_CONTENT.height)
  const charts = page.locator('.chart-card:has(.chart-card__figure)')
  expect(await charts.count()).toBeGreaterThanOrEqual(5)
  for (const card of await charts.all()) {
    const title = await card.locator('h3').innerText()
    const box = (await card.boundingBox())!
    const figure = (await card.locator('.chart-card__figure').boundingBox())!
    expect(figure.height, title).toBeGreaterThan(100)
    expect(figure.height, title).toBeLessThan(PAGE_CONTENT.height)
    // A chart of up to half a page shares its page with its table; a taller one's table may run on.
    const hasKey = (await card.locator('.events-timeline__key').count()) > 0
    if (figure.height < PAGE_CONTENT.height / 2 && !hasKey) expect(box.height, title).toBeLessThan(PAGE_CONTENT.height)
    expect(box.width, title).toBeLessThanOrEqual(PAGE_CONTENT.width)
    // Its table too: across, the topics by 19 venues was three pages wide and printed ten venues' counts.
    if (!hasKey) for (const table of await card.locator('table').all()) expect((await table.boundingBox())!.width, title).toBeLessThanOrEqual(PAGE_CONTENT.width)
    for (const svg of await card.locator('.chart-card__figure svg').all()) expect((await svg.boundingBox())!.width, title).toBeLessThanOrEqual(figure.width + 1)
  }
})
