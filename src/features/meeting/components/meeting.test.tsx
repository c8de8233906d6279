import Papa from 'papaparse'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { listResources } from '@/contract/endpoints'
import { failing } from '../../../../mocks/failures'
import { server } from '../../../../mocks/node'
import { mockDataset } from '../../../../mocks/dataset'

const SBU_PHRASES = ['considerable direct intervention', 'not interfering', 'dozens of times', 'International Visitors Program']
/** Names every cable's hidden paragraphs (07BEIJING2463 has unmarked ones, hence "not marked U"). */
const BANNER = /Public-safe view: paragraphs not marked U \(.*07BEIJING2566 ¶18–20.*\) and everything resting only on them are hidden\./

function open(path: string) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  return renderApp(path)
}
/** The banner's text, whole across its <strong>. */
const banner = (el: Element | null) => el?.tagName === 'P' && BANNER.test(el.textContent ?? '')
const findBanner = () => screen.findByText((_, el) => banner(el))
const queryBanner = () => screen.queryByText((_, el) => banner(el))
const switchButton = () => screen.getByRole('button', { name: 'Public-safe view (hide SBU)' })
const cardTitles = async () =>
  within(await screen.findByRole('region', { name: 'Venues and their issues' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent)

/** Catches the file the Export CSV button saves, instead of letting jsdom navigate. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL = vi.fn<(blob: Blob) => string>((blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob)
    return url
  })
  URL.revokeObjectURL = vi.fn<(url: string) => void>()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! })
  })
  return saved
}

beforeEach(() => resetFilterStore())
afterEach(() => vi.restoreAllMocks())

describe('public-safe switch', () => {
  it('writes safe=1 to the URL, shows the banner, and turns both off again', async () => {
    const { user } = open('/')
    await cardTitles()
    expect(switchButton()).toHaveAttribute('aria-pressed', 'false')
    expect(queryBanner()).not.toBeInTheDocument()

    await user.click(switchButton())
    expect(switchButton()).toHaveAttribute('aria-pressed', 'true')
    expect(window.location.search).toBe('?safe=1')
    expect(await findBanner()).toBeInTheDocument()

    await user.click(switchButton())
    expect(switchButton()).toHaveAttribute('aria-pressed', 'false')
    expect(window.location.search).toBe('')
    expect(queryBanner()).not.toBeInTheDocument()
  })

  it('hides the Embassy comment card and keeps the four meetings', async () => {
    const { user } = open('/')
    expect(await cardTitles()).toContain('Embassy comment')
    await user.click(switchButton())
    await waitFor(async () => expect(await cardTitles()).not.toContain('Embassy comment'))
    expect(await cardTitles()).toEqual(expect.arrayContaining(['Beijing Copyright Bureau', 'Chaoyang District government', 'Ministry of Education', 'Ministry of Commerce (MOFCOM)']))
  })

  it('keeps the banner on the venue page, where the Embassy comment is hidden', async () => {
    open('/venues/embassy-comment?safe=1')
    expect(await screen.findByText(/hidden in the public-safe view/)).toBeInTheDocument()
    expect(await findBanner()).toBeInTheDocument()
    expect(switchButton()).toHaveAttribute('aria-pressed', 'true')
  })

  it('keeps the banner in the reader, which hides the text of ¶18–20', async () => {
    open('/reader/07BEIJING2566?safe=1')
    expect(await screen.findByRole('article', { name: 'Paragraph 17' })).toBeInTheDocument()
    expect(await findBanner()).toBeInTheDocument()
    for (const phrase of SBU_PHRASES) expect(document.body.textContent).not.toContain(phrase)
  })
})

describe('meeting toolbar', () => {
  it('exports one CSV of the view, without a word of ¶18–20 when public-safe is on', async () => {
    const saved = captureDownloads()
    const { user } = open('/?safe=1')
    await cardTitles()
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(await screen.findByText(/^Saved (07BEIJING2566|\d+-cables)-issues-\d{4}-\d{2}-\d{2}-public-safe\.csv \(\d+ rows, public-safe\)\.$/)).toBeInTheDocument()
    expect(saved).toHaveLength(1)
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer())
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv).toContain('Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang')
    for (const phrase of SBU_PHRASES) expect(csv).not.toContain(phrase)
    // No row of any cable rests on a paragraph that is not marked U.
    const marking = new Map(mockDataset().cables.flatMap((c) => c.paragraphs.map((p) => [`${c.id}¶${p.number}`, p.marking])))
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
    expect(new Set(rows.map((row) => row.cable)).size).toBeGreaterThan(1)
    for (const row of rows) {
      for (const n of row.paragraphs!.match(/\d+/g) ?? []) expect(marking.get(`${row.cable}¶${n}`), `${row.id} ${row.cable} ¶${n}`).toBe('U')
    }
  })

  it('exports only what the filters keep', async () => {
    const saved = captureDownloads()
    const { user } = open('/?venue=moe')
    await cardTitles()
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await screen.findByText(/^Saved /)
    const csv = await saved[0]!.blob.text()
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
    const venues = new Set(rows.map((row) => row.venue))
    expect([...venues]).toEqual(['Ministry of Education'])
  })

  it('makes no CSV without the positions that failed to load until asked, and then says so in its name', async () => {
    server.use(failing(listResources.positions.path, 'server-error'))
    const saved = captureDownloads()
    const { user } = open('/')
    await cardTitles()
    await screen.findByRole('alert')
    // It saved "(187 rows)" with no position among them and no word of it: as if the cables recorded none.
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(await screen.findByText(/^Not exported: the positions did not load, and a CSV without them would read as if the cables recorded none\./)).toBeInTheDocument()
    expect(saved).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Export without the positions' }))
    expect(await screen.findByText(/^Saved \d+-cables-issues-\d{4}-\d{2}-\d{2}-without-positions\.csv \(\d+ rows, without the positions\)\.$/)).toBeInTheDocument()
    expect(saved.map((file) => file.name)).toEqual([expect.stringMatching(/-without-positions\.csv$/)])
  })

  it('prints the briefing, with a cover naming the view, its handling state and its link', async () => {
    const print = vi.fn<() => void>()
    window.print = print
    const { user } = open('/?org=mofcom&safe=1')
    await cardTitles()
    const cover = screen.getByRole('region', { name: /what was raised, by whom/i, hidden: true })
    expect(cover).toHaveTextContent('Agency: MOFCOM')
    expect(cover).toHaveTextContent(/Public-safe view: paragraphs not marked U \(.*07BEIJING2566 ¶18–20/)
    expect(cover).toHaveTextContent('07BEIJING2566, sent 18 April 2007')
    expect(cover).toHaveTextContent('http://localhost:3000/?org=mofcom&safe=1')
    expect(await within(cover).findByText(/18 April 2007/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Print briefing' }))
    expect(print).toHaveBeenCalledOnce()
  })
})
