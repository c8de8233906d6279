import type { Page } from '@playwright/test'
import { expect, showCharts, test } from './fixtures'

// A phone held upright (the width Lighthouse's mobile run uses).
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })

/** How wide the page is laid out: on a phone, anything wider than the screen widens the whole page and the text runs off its edge. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

test('on a phone the dashboard, charts included, is no wider than the screen, and the bar charts give their bars the width, each name above its bar', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').first()).toBeVisible()
  await page.getByRole('heading', { name: /^Figures the cables give/ }).scrollIntoViewIfNeeded()
  for (const name of ['Issues by topic and venue', 'Positions at each venue, by who says them']) {
    const chart = page.getByRole('region', { name }).locator('.recharts-wrapper')
    await chart.scrollIntoViewIfNeeded()
    const plot = await chart.boundingBox()
    const bar = await chart.locator('.recharts-bar-rectangle path').first().boundingBox()
    // The first bar starts inside the chart and is drawn at a width a person can see.
    expect(bar, `${name}: a bar`).not.toBeNull()
    expect(bar!.x, `${name}: where its bars start`).toBeLessThan(plot!.x + plot!.width * 0.7)
    expect(bar!.width, `${name}: its first bar's width`).toBeGreaterThan(8)
    // The longest bar gets most of the chart: names beside the bars left them about 75 px of 336.
    const segments = await chart.locator('.recharts-bar-rectangle path').evaluateAll((paths) => paths.map((path) => path.getBoundingClientRect().toJSON() as DOMRect))
    const rowWidths = new Map<number, { left: number; right: number }>()
    for (const box of segments.filter((b) => b.width > 0)) {
      const row = Math.round(box.top + box.height / 2)
      const seen = rowWidths.get(row) ?? { left: box.left, right: box.right }
      rowWidths.set(row, { left: Math.min(seen.left, box.left), right: Math.max(seen.right, box.right) })
    }
    const longest = Math.max(...[...rowWidths.values()].map((r) => r.right - r.left))
    expect(longest, `${name}: its longest bar`).toBeGreaterThan(plot!.width * 0.5)
    // Every name whole: a cut "Supreme People's Court (07BEIJING24…" lost which court it is; and no name on a bar.
    const nameTexts = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    const names = await nameTexts.allTextContents()
    expect(names.length, `${name}: names of the bars`).toBeGreaterThan(3)
    expect(names.filter((text) => text.includes('…')), `${name}: names cut short`).toEqual([])
    const nameBoxes = await nameTexts.evaluateAll((texts) => texts.map((text) => ({ name: text.textContent, box: text.getBoundingClientRect().toJSON() as DOMRect })))
    const onBars = nameBoxes.filter(({ box }) => segments.some((segment) => overlap(box, segment))).map((n) => n.name)
    expect(onBars, `${name}: names drawn over a bar`).toEqual([])
    // No two segments' counts run together into one number.
    const counts = await chart.locator('text.chart-count').evaluateAll((texts) =>
      texts.map((text) => ({ value: text.textContent, box: text.getBoundingClientRect().toJSON() as DOMRect })),
    )
    expect(counts.length, `${name}: counts drawn`).toBeGreaterThanOrEqual(2)
    const touching = counts.flatMap((a, i) => counts.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.value} and ${b.value}`))
    expect(touching, `${name}: counts that overlap`).toEqual([])
  }
  expect(await pageWidth(page)).toBeLessThanOrEqual(412)
})

test('on a phone, a bar chart emptied by a search and filled again still draws its bars', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('heading', { name: /^Figures the cables give/ }).scrollIntoViewIfNeeded()
  const chart = page.getByRole('region', { name: 'Issues by topic and venue' })
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
  const search = page.getByRole('region', { name: 'Filters' }).getByRole('searchbox')
  await search.fill('zzzqqqxx')
  await expect(chart.getByText('No issues match the current filters.')).toBeVisible()
  await search.fill('')
  await chart.scrollIntoViewIfNeeded()
  const plot = await chart.locator('.recharts-wrapper').boundingBox()
  const bar = await chart.locator('.recharts-bar-rectangle path').first().boundingBox()
  // Measured again once the drawing is back: its axis leaves the bars room, as on first load.
  expect(bar!.x).toBeLessThan(plot!.x + plot!.width * 0.7)
  expect(bar!.width).toBeGreaterThan(8)
})

test('on a phone, a venue slide gives each voice the slide’s width, one under another, and the controls leave the slide most of the screen', async ({ page }) => {
  await page.goto('/present?slide=4')
  const slide = page.getByRole('region', { name: /^Slide 4 of \d+:/ })
  const voices = slide.getByRole('heading', { level: 3, name: /^(United States|China|The cable's own account)$/ })
  await expect(voices.first()).toBeVisible()
  const boxes = await voices.evaluateAll((headings) => headings.map((h) => h.getBoundingClientRect().toJSON() as DOMRect))
  expect(boxes.length).toBeGreaterThanOrEqual(2)
  // Stacked: each starts at the same left edge, below the one before (three columns left a word or two a line).
  for (const [above, below] of boxes.slice(1).map((box, i) => [boxes[i]!, box] as const)) {
    expect(below.left).toBeCloseTo(above.left, 0)
    expect(below.top).toBeGreaterThan(above.bottom)
  }
  const frame = await slide.boundingBox()
  expect(frame!.height, 'the slide’s height').toBeGreaterThan(823 * 0.78)
})

test('on a phone, every cable in the reader is no wider than the screen, a web address in its text included', async ({ page }) => {
  for (const cable of ['07BEIJING2566', '07BEIJING2455', '07BEIJING2463', '07GUANGZHOU376', '08SHANGHAI330']) {
    await page.goto(`/reader/${cable}`)
    await expect(page.getByRole('article', { name: 'Paragraph 1', exact: true })).toBeVisible()
    expect(await pageWidth(page), cable).toBeLessThanOrEqual(412)
  }
})

test('on a phone, no chart’s words run past its drawing: the figure’s own words, notes and labels wrap to fit', async ({ page }) => {
  await page.goto('/')
  await showCharts(page)
  const figures = page.locator('.chart-card__figure svg')
  await expect(figures).toHaveCount(5)
  const cut = await figures.evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const drawing = svg.getBoundingClientRect()
      return [...svg.querySelectorAll('text')]
        .filter((text) => (text.textContent ?? '').trim() !== '')
        .filter((text) => {
          const box = text.getBoundingClientRect()
          return box.left < drawing.left - 1 || box.right > drawing.right + 1
        })
        .map((text) => text.textContent)
    }),
  )
  expect(cut).toEqual([])
})

test('on a phone, the unfolded filters say what a choice leaves and lead to it, and Escape folds them', async ({ page }) => {
  await page.goto('/')
  const filters = page.getByRole('region', { name: 'Filters' })
  const toggle = filters.getByRole('button', { name: /^All filters/ })
  await toggle.click()
  // Unfolded, the filters stay within the screen: they had widened the page to 1,681 px, every count off its edge.
  expect(await pageWidth(page)).toBeLessThanOrEqual(412)
  await filters.getByRole('checkbox', { name: /^07BEIJING2566/ }).check()
  // The count and the way to the results are in sight: they were 7,000 px below, past 150 checkboxes.
  const bar = filters.locator('.filter-panel__results-bar')
  await expect(bar).toHaveText(/^\d+ of 78 issues\s*Show the results$/)
  await expect(bar).toBeInViewport({ ratio: 1 })
  await bar.getByRole('button', { name: 'Show the results' }).click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  const results = page.locator('#results')
  await expect(results).toBeFocused()
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article').first()).toBeInViewport()
  // Escape folds the filters back, and the focus returns to their toggle.
  await toggle.click()
  await filters.getByRole('checkbox', { name: /^07GUANGZHOU376/ }).focus()
  await page.keyboard.press('Escape')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(toggle).toBeFocused()
})
