import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const slide = (page: Page) => page.getByRole('region', { name: /^Slide \d+ of \d+:/ })
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide')
const totalSlides = async (page: Page) => Number(/of (\d+)/.exec((await slide(page).getAttribute('aria-label')) ?? '')?.[1])

/** Distinctive words of the SBU Embassy comment (¶18–20), and the paraphrases built on them. */
const SBU_PHRASES = [
  'considerable direct intervention',
  'Embassy intervention',
  'not interfering',
  'refrain from interfering',
  'dozens of times',
  'International Visitors Program',
  'Embassy comment',
  'post-WTO',
  'cooperation with the United States is suspended',
  '¶18',
  '¶19',
  '¶20',
]

test('enter from the dashboard, step with clicker keys, the slide in the URL, Escape back with the filters', async ({ page }) => {
  await page.goto('/?org=mofcom')
  await page.getByRole('button', { name: 'Present as slides' }).click()
  await expect(slide(page)).toHaveAccessibleName(/^Slide 1 of \d+:/)
  await expect(slide(page)).toBeFocused()
  await expect(page).toHaveURL(/\/present\?org=mofcom&slide=1$/)
  const total = await totalSlides(page)

  for (const [key, expected] of [
    ['ArrowRight', '2'],
    ['PageDown', '3'],
    ['Space', '4'],
    ['End', String(total)],
    ['Home', '1'],
  ] as const) {
    await page.keyboard.press(key)
    await expect.poll(() => slideParam(page), { message: key }).toBe(expected)
    await expect(slide(page)).toHaveAccessibleName(new RegExp(`^Slide ${expected} of ${total}:`))
  }
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  await expect.poll(() => slideParam(page)).toBe('3')

  // The position is the list of slides: a venue the room asks for is one choice away, and the clicker still steps one slide.
  const list = page.getByRole('combobox', { name: /go to slide$/ })
  await list.selectOption({ label: (await list.locator('option', { hasText: 'Ministry of Commerce (MOFCOM)' }).first().textContent())! })
  await expect(slide(page)).toHaveAccessibleName(/^Slide \d+ of \d+: Ministry of Commerce \(MOFCOM\)/)
  const chosen = Number(await slideParam(page))
  await page.keyboard.press('PageDown')
  await expect.poll(() => slideParam(page)).toBe(String(chosen + 1))
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  await expect.poll(() => slideParam(page)).toBe('3')

  // A reload reopens the same slide with the same filters.
  await page.reload()
  await expect(slide(page)).toHaveAccessibleName(new RegExp(`^Slide 3 of ${total}:`))
  await expect(slide(page)).toContainText('Agency: MOFCOM')

  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/\?org=mofcom$/)
  await expect(page.getByRole('button', { name: 'Present as slides' })).toBeFocused()
})

test('with public-safe on, no slide shows anything from the SBU paragraphs 18–20', async ({ page }) => {
  await page.goto('/present?safe=1&slide=1')
  await expect(slide(page)).toHaveAccessibleName(/^Slide 1 of \d+:/)
  const total = await totalSlides(page)
  expect(total).toBeGreaterThan(8)
  for (let n = 1; n <= total; n++) {
    await expect(slide(page)).toHaveAccessibleName(new RegExp(`^Slide ${n} of ${total}:`))
    const text = await page.locator('.presentation').innerText()
    for (const phrase of SBU_PHRASES) expect(text, `slide ${n}: “${phrase}”`).not.toContain(phrase)
    await expect(slide(page)).toContainText('Public-safe (only U paragraphs)')
    await expect(slide(page)).toContainText(/Highest marking on this slide:\s*(U|none)/)
    await page.keyboard.press('ArrowRight')
  }
})

test('without public-safe the Embassy comment is in the deck and marked SBU', async ({ page }) => {
  await page.goto('/present?venue=embassy-comment&slide=2')
  await expect(slide(page)).toHaveAccessibleName(/Embassy comment/)
  await expect(slide(page)).toContainText(/Highest marking on this slide:\s*SBU/)
})

test('projector type and contrast: large base size at 1920×1080, 7:1 text contrast, no axe violation', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/present?slide=2')
  await expect(slide(page)).toBeVisible()
  const base = await page.locator('.presentation').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(base).toBeGreaterThanOrEqual(28)
  for (const n of [1, 2, 12]) {
    await page.goto(`/present?slide=${n}`)
    await expect(slide(page)).toBeVisible()
    // wcag2aaa adds color-contrast-enhanced: 7:1 for text.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => `slide ${n}: ${v.id} — ${v.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
  }
})

test('B blanks the screen and a bad slide number falls back to the first slide', async ({ page }) => {
  await page.goto('/present?slide=oops')
  await expect(slide(page)).toHaveAccessibleName(/^Slide 1 of/)
  await expect(page).toHaveURL(/slide=1$/)
  await page.keyboard.press('b')
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.getByRole('button', { name: /Screen blanked/ })).toBeHidden()
})

// A 1024×768 projector with the browser zoomed to 125% lays the page out 819 px wide: 62 of 104 slides overflowed.
for (const [width, height, zoom] of [[1920, 1080, 1], [1280, 720, 1], [1024, 768, 1.25]] as const) {
  const at = `${width}×${height}${zoom === 1 ? '' : ` at ${zoom * 100}%`}`
  test.describe(at, () => {
    test.use({ viewport: { width: Math.round(width / zoom), height: Math.round(height / zoom) }, deviceScaleFactor: zoom })
    test(`every slide of the whole corpus fits its frame at ${at}: nothing to scroll on a projector`, async ({ page }) => {
      await page.goto('/present?slide=1')
      await expect(slide(page)).toHaveAccessibleName(/^Slide 1 of \d+:/)
      const total = await totalSlides(page)
      const overflowing: string[] = []
      const unaligned: string[] = []
      const nextButtonAt = new Set<number>()
      for (let n = 1; n <= total; n++) {
        await expect(slide(page)).toHaveAccessibleName(new RegExp(`^Slide ${n} of ${total}:`))
        // The type is fitted before the slide is painted, so it is measured as a person would first see it.
        const { name, hidden, fontPx } = await slide(page).evaluate((el) => ({ name: el.getAttribute('aria-label'), hidden: el.scrollHeight - el.clientHeight, fontPx: parseFloat(getComputedStyle(el).fontSize) }))
        if (hidden > 1) overflowing.push(`${name}: ${hidden}px below the frame`)
        // Still readable from the back of the room: 16 of the screen's pixels at least.
        expect(fontPx * zoom, `${name}: type size`).toBeGreaterThanOrEqual(16)
        // A count table's bars start on one line in each column, whatever their counts' digits, so they compare by length.
        const barStarts = await slide(page).locator('.count-bar').evaluateAll((bars) => {
          const byColumn = new Map<number, Set<number>>()
          for (const bar of bars) {
            const column = (bar.closest('td') as HTMLTableCellElement).cellIndex
            byColumn.set(column, (byColumn.get(column) ?? new Set()).add(Math.round(bar.getBoundingClientRect().left)))
          }
          return [...byColumn.values()].map((starts) => starts.size)
        })
        if (barStarts.some((starts) => starts > 1)) unaligned.push(`${name}`)
        nextButtonAt.add(Math.round((await page.getByRole('button', { name: /Next slide/ }).boundingBox())!.x))
        await page.keyboard.press('ArrowRight')
      }
      expect(overflowing).toEqual([])
      expect(unaligned, 'slides whose bars start at different places').toEqual([])
      // "Next slide" stays where the presenter's pointer is, slide 9 to 10 and 99 to 100 included.
      expect([...nextButtonAt]).toHaveLength(1)
      // The controls take one row: two took 108 px of the zoomed projector's 614.
      const controls = await page.getByRole('navigation', { name: 'Slide controls' }).boundingBox()
      expect(controls!.height, 'the controls bar').toBeLessThan(70)
    })
  })
}
