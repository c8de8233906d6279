import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { citedParagraphsOnPage, expect, paragraphMarkings, showCharts, test } from './fixtures'

const cards = (page: Page) => page.getByRole('region', { name: 'Venues and their issues' }).getByRole('article')
const cardHeadings = (page: Page) => cards(page).getByRole('heading', { level: 3 })

test('filtering by an agency that speaks in two cables shows its venues in both', async ({ page }) => {
  await page.goto('/')
  const filters = page.getByRole('region', { name: 'Filters' })
  await filters.getByRole('checkbox', { name: /^SPC/ }).check()
  await expect(page).toHaveURL(/\?org=spc$/)
  await expect(cards(page).filter({ hasText: '07BEIJING2566' }).first()).toBeVisible()
  await expect(cards(page).filter({ hasText: '07BEIJING2455' }).first()).toBeVisible()
  // The Cable facet counts follow: both cables offer issues, the others none.
  const cableFacet = filters.getByRole('group', { name: 'Cable' })
  await expect(cableFacet.getByRole('checkbox', { name: /^08SHANGHAI330/ })).toHaveAccessibleName('08SHANGHAI330 0 issues')
  await expect(cableFacet.getByRole('checkbox', { name: /^07BEIJING2455/ })).not.toHaveAccessibleName(/ 0 issues$/)
})

test('the reference "Beijing 02455" in 07BEIJING2566 opens 07BEIJING2455, and the way back is a link too', async ({ page }) => {
  await page.goto('/reader/07BEIJING2566')
  await page.getByRole('link', { name: 'Beijing 02455: read cable 07BEIJING2455' }).click()
  await expect(page).toHaveURL(/\/reader\/07BEIJING2455$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText("SUPREMEPEOPLE'S COURT")
  await expect(page.getByRole('article', { name: 'Paragraph 13' })).toBeVisible()
  await page.getByRole('link', { name: 'Cited by cable 07BEIJING2566: read it' }).click()
  await expect(page).toHaveURL(/\/reader\/07BEIJING2566$/)
  await page.goBack()
  await expect(page).toHaveURL(/\/reader\/07BEIJING2455$/)
})

test('the Cable facet set to 07BEIJING2566 reproduces the single-cable dashboard', async ({ page }) => {
  await page.goto('/?cable=07BEIJING2566')
  await expect(cardHeadings(page)).toHaveText([
    'Beijing Copyright Bureau',
    'Chaoyang District government',
    'Ministry of Education',
    'Ministry of Commerce (MOFCOM)',
    "Supreme People's Court",
    'Embassy comment',
  ])
  await expect(page.getByRole('status').filter({ hasText: /of \d+ issues/ })).toContainText(/^23 of \d+ issues$/)
  await showCharts(page)
  await expect(page.getByRole('region', { name: /Silk Street/ }).first()).toContainText('up to 80–90%')
  await expect(page.getByRole('region', { name: /CIECC/ }).first()).toContainText('20%')
})

test('public-safe with several cables: no page, slide or CSV shows a paragraph that is not marked U', async ({ page }) => {
  const markings = await paragraphMarkings(page)
  const expectPublic = (cited: string[], where: string) => {
    expect(cited.length, `${where}: some citations`).toBeGreaterThan(0)
    for (const key of cited) expect(markings.get(key), `${where}: ${key}`).toBe('U')
  }
  const view = '?cable=07GUANGZHOU376,07BEIJING2463,07BEIJING2566,08SHANGHAI330&safe=1'
  /** Every run of eight words of a paragraph that is not marked U, in the cables of the view. */
  const texts = new Map<string, string>()
  for (const [key] of markings) {
    const cableId = key.split('¶')[0]!
    if (!texts.has(cableId)) {
      const cable = (await (await page.request.get(`/api/v1/cables/${cableId}.json`)).json()) as { paragraphs: { number: number; text: string }[] }
      for (const p of cable.paragraphs) texts.set(`${cableId}¶${p.number}`, p.text)
    }
  }
  // A run that a U paragraph also contains ("on March 28 to discuss intellectual property rights") may be shown from there.
  const publicText = [...markings].filter(([, marking]) => marking === 'U').map(([key]) => texts.get(key) ?? '').join(' \u0000 ').replace(/\s+/g, ' ')
  const sensitiveRuns = [...markings]
    .filter(([, marking]) => marking !== 'U')
    .flatMap(([key]) => {
      const words = (texts.get(key) ?? '').split(/\s+/)
      return words.length < 8 ? [] : words.slice(0, -7).map((_, i) => ({ key, run: words.slice(i, i + 8).join(' ') }))
    })
    .filter(({ run }) => !publicText.includes(run))
  const expectNoSensitiveText = (text: string, where: string) => {
    const flat = text.replace(/\s+/g, ' ')
    const leaks = sensitiveRuns.filter(({ run }) => flat.includes(run)).map(({ key, run }) => `${key}: “${run}”`)
    expect(leaks, `${where}: words of paragraphs not marked U`).toEqual([])
  }

  await page.goto(`/${view}`)
  await expect(cards(page).first()).toBeVisible()
  await showCharts(page)
  expectPublic(await citedParagraphsOnPage(page), 'dashboard')
  expectNoSensitiveText(await page.locator('main').innerText(), 'dashboard')

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/-public-safe\.csv$/)
  const csv = (await readFile((await download.path())!)).toString('utf8')
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
  expect(rows.length).toBeGreaterThan(10)
  expect(new Set(rows.map((row) => row.cable)).size).toBeGreaterThan(1)
  // Each row names its cable and paragraphs: every one public.
  expectPublic(rows.flatMap((row) => (row.paragraphs!.match(/\d+/g) ?? []).map((n) => `${row.cable}¶${n}`)), 'CSV')

  for (const cableId of ['07GUANGZHOU376', '07BEIJING2463', '08SHANGHAI330']) {
    await page.goto(`/reader/${cableId}${view}`)
    await expect(page.getByRole('heading', { level: 2, name: 'Text of the cable' })).toBeVisible()
    const hidden = [...markings].filter(([key, marking]) => key.startsWith(`${cableId}¶`) && marking !== 'U')
    expect(hidden.length).toBeGreaterThan(0)
    expectNoSensitiveText(await page.locator('main').innerText(), `reader ${cableId}`)
  }

  await page.goto(`/present${view}&slide=1`)
  const slide = page.getByRole('region', { name: /^Slide \d+ of \d+:/ })
  const total = Number(/of (\d+)/.exec((await slide.getAttribute('aria-label')) ?? '')?.[1])
  for (let n = 1; n <= total; n++) {
    await expect(slide).toHaveAccessibleName(new RegExp(`^Slide ${n} of ${total}:`))
    await expect(slide).toContainText(/Highest marking on this slide:\s*(U|none)/)
    expectNoSensitiveText(await slide.innerText(), `slide ${n}`)
    await page.keyboard.press('ArrowRight')
  }
})
