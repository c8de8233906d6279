import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, showCharts, test } from './fixtures'

/** WCAG 2.2 AA, and axe's best practices too (landmarks, heading order, unique names). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

async function expectNoAxeViolations(page: Page) {
  // Off-screen cards and facet groups skip layout (content-visibility: auto) at an estimated height, and
  // their content, measured there, overflows onto the next card: an overlap no one ever sees, since a
  // part comes into view laid out whole. Laid out whole here too, axe judges what a reader scrolls to.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible'
  })
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(summary).toEqual([])
}

const routes: [string, string, (page: Page) => Promise<void>][] = [
  ['dashboard with charts', '/', async (page) => showCharts(page)],
  ['filtered dashboard', '/?org=mofcom&q=transparency', async (page) => void (await page.getByRole('button', { name: /Remove filter Agency/ }).waitFor())],
  ['empty result', '/?q=zzzz-nothing', async (page) => void (await page.getByRole('heading', { name: 'No issues match these filters' }).waitFor())],
  ['public-safe dashboard', '/?safe=1', async (page) => void (await page.getByRole('region', { name: 'Venues and their issues' }).waitFor())],
  ['venue page', '/venues/chaoyang', async (page) => void (await page.getByRole('heading', { level: 1, name: 'Chaoyang District government' }).waitFor())],
  ['reader', '/reader/07BEIJING2566', async (page) => void (await page.getByRole('article', { name: 'Paragraph 21' }).waitFor())],
  ['reader of another cable, public-safe', '/reader/07GUANGZHOU376?safe=1', async (page) => void (await page.getByRole('article', { name: 'Paragraph 16' }).waitFor())],
  ['list of cables', '/reader', async (page) => void (await page.getByRole('heading', { level: 1, name: 'Cables' }).waitFor())],
  ['reader deep link', '/reader/07BEIJING2566#p11', async (page) => void (await page.getByRole('article', { name: 'Paragraph 11' }).waitFor())],
  ['not found', '/no/such/page', async (page) => void (await page.getByRole('heading', { name: 'Page not found' }).waitFor())],
]

for (const [name, path, ready] of routes) {
  test(`axe finds no WCAG 2.2 AA or best-practice violation: ${name}`, async ({ page }) => {
    // axe walks every node of the page: on a busy 2-core machine a full dashboard takes more than the default 30 s.
    test.slow()
    await page.goto(path)
    await ready(page)
    await expectNoAxeViolations(page)
  })
}

test('axe finds no violation with a citation preview open', async ({ page }) => {
  await page.goto('/venues/chaoyang')
  const citation = page.getByRole('link', { name: 'Paragraph 11 of 07BEIJING2566' }).first()
  await citation.focus()
  await expect(page.getByRole('tooltip')).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('tooltip')).toBeHidden()
})

test('keyboard only: skip link, search, a filter, and focus always visible and on screen', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('region', { name: 'Venues and their issues' }).waitFor()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // Walk forward: every stop is visible, on screen and outlined.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused).toBeInViewport()
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline, `focus ring on stop ${i + 1}`).not.toBe('none')
  }

  await page.getByRole('searchbox', { name: /search issues/i }).focus()
  await page.keyboard.type('textbook')
  await expect(page).toHaveURL(/q=textbook/)
  await page.keyboard.press('Tab')
  await page.getByRole('checkbox', { name: /^MOE/ }).focus()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/org=moe/)
  await expect(page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article')).toHaveCount(1)
})

test('charts expose their data tables to screen readers', async ({ page }) => {
  await page.goto('/')
  await showCharts(page)
  const silk = page.getByRole('region', { name: /Silk Street/ }).first()
  await silk.waitFor()
  // The table is in the accessibility tree even while visually collapsed.
  const table = silk.getByRole('table')
  await expect(table).toHaveCount(1)
  await expect(table).toContainText('80')
  await expect(table).toContainText('90')
  // Shown, its caption wraps within the card: a caption is as wide as its table, and ran off the card's edge.
  await silk.getByRole('button', { name: 'Show data table' }).click()
  const caption = silk.locator('.chart-card__table-caption')
  await expect(caption).toHaveText(/^Counterfeit share of goods at Silk Street: .+ dispute$/)
  const [captionBox, cardBox] = [await caption.boundingBox(), await silk.boundingBox()]
  expect(captionBox!.x + captionBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width)
  expect(await table.evaluate((t) => t.getBoundingClientRect().width)).toBeGreaterThan(captionBox!.width)
})

test('Tab through the charts stops only at links and buttons, never at a nameless part of a drawing', async ({ page }) => {
  await page.goto('/')
  await showCharts(page)
  await expect(page.locator('.chart-card__figure svg')).toHaveCount(5)
  // From the charts' heading, Tab by Tab until the focus leaves the charts.
  await page.getByRole('heading', { name: /^Figures the cables give/ }).click()
  const stops: string[] = []
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const focused = document.activeElement
      if (!focused?.closest('#charts')) return null
      return `${focused.tagName.toLowerCase()} "${(focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40)}"`
    })
    if (stop === null) break
    stops.push(stop)
  }
  expect(stops.length, 'stops in the charts').toBeGreaterThan(10)
  // Recharts' layers (<g>, reachable because React listens for focus on a portal's container) and a chart's
  // figure (a scroller while it is wider than its card) were stops with nothing to do.
  expect(stops.filter((stop) => !/^(a|button) "./.test(stop))).toEqual([])
})

test('a row chosen in a cross-cable table filters the view and keeps its button, still focused, on screen', async ({ page }) => {
  await page.goto('/?org=ustr')
  // The charts below loaded: scroll anchoring then held them in place as the cards above shrank.
  await showCharts(page)
  const row = page.getByRole('region', { name: 'Across the cables' }).getByRole('button', { name: 'Online copyright' })
  await row.focus()
  await expect(row).toBeInViewport()
  const before = await page.locator('.active-filters__summary').textContent()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/topic=online-copyright/)
  // Once the view has been filtered (the count changes), the button is where the reader left it.
  await expect(page.locator('.active-filters__summary')).not.toHaveText(before ?? '')
  await expect(row).toBeFocused()
  await expect(row).toBeInViewport()
})
