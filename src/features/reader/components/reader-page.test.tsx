import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Cable } from '@/contract/schemas'
import { resetFilterStore } from '@/lib/filter-store'
import { navigate } from '@/lib/router'
import { renderApp } from '@/testing/render-app'
import { findRetryButton } from '@/testing/retry-button'
import { mockDataset } from '../../../../mocks/dataset'
import { SKIP_FROM } from './paragraph-backlinks'
import { server } from '../../../../mocks/node'

const scrollIntoView = vi.fn<(options?: boolean | ScrollIntoViewOptions) => void>()

function open(path: string) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  return renderApp(path)
}
const paragraph = (n: number) => screen.findByRole('article', { name: `Paragraph ${n}` })

function serveCable(change: (cable: Cable) => Cable) {
  const cable = mockDataset().cables.find((c) => c.id === '07BEIJING2566')!
  server.use(http.get('*/api/v1/cables/07BEIJING2566.json', () => HttpResponse.json(change(structuredClone(cable)))))
}

beforeEach(() => {
  scrollIntoView.mockReset()
  Element.prototype.scrollIntoView = scrollIntoView
})


const header = () => document.querySelector<HTMLElement>('.reader__header')!
describe('reader', () => {
  it('/reader lists every cable of the corpus, each a link to its text', async () => {
    const { user } = open('/reader')
    expect(await screen.findByRole('heading', { level: 1, name: 'Cables' })).toBeInTheDocument()
    for (const cable of mockDataset().cables) expect(screen.getByRole('link', { name: cable.id })).toHaveAttribute('href', `/reader/${cable.id}`)
    await user.click(screen.getByRole('link', { name: '07GUANGZHOU376' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Second IPR Provincial Review to South China/i })).toBeInTheDocument()
  })

  it('links a reference to another cable of the corpus: "Beijing 02455" in 07BEIJING2566 opens 07BEIJING2455', async () => {
    const { user } = open('/reader/07BEIJING2566?safe=1')
    await user.click(await screen.findByRole('link', { name: 'Beijing 02455: read cable 07BEIJING2455' }))
    expect(await screen.findByRole('heading', { level: 1, name: /DUDAS AND SUPREMEPEOPLE'S COURT/ })).toBeInTheDocument()
    expect(window.location.pathname + window.location.search).toBe('/reader/07BEIJING2455?safe=1')
    // And back the other way: 07BEIJING2455 names the cable that cites it.
    await user.click(screen.getByRole('link', { name: 'Cited by cable 07BEIJING2566: read it' }))
    expect(await screen.findByRole('heading', { level: 1, name: /USTR CONCLUDES PROVINCIAL IPR REVIEW/i })).toBeInTheDocument()
  })

  it('says where a cable points along its reference: "See Reftel" in ¶7, from both ends', async () => {
    const { user } = open('/reader/07BEIJING2455')
    await screen.findByRole('heading', { level: 1, name: /DUDAS AND SUPREMEPEOPLE'S COURT/ })
    // From the cable cited: the paragraph of the cable citing it that says what for, not only its top.
    const citing = await within(header()).findByRole('link', { name: 'Paragraph 7 of 07BEIJING2566' })
    expect(citing).toHaveAttribute('href', '/reader/07BEIJING2566#p7')
    await user.click(citing)
    expect(await screen.findByRole('heading', { level: 1, name: /USTR CONCLUDES PROVINCIAL IPR REVIEW/i })).toBeInTheDocument()
    // From the cable citing: its own paragraph, beside the reference.
    const own = await within(header()).findByRole('link', { name: 'Paragraph 7 of 07BEIJING2566' })
    expect(own.closest('li')).toHaveTextContent(/^Beijing 02455 \(cable 07BEIJING2455, in this dataset\) — cited in ¶7$/)
  })

  it('shows the cable header and every paragraph in reading order with its marking in words', async () => {
    open('/reader/07BEIJING2566')
    expect(await screen.findByRole('heading', { level: 1, name: /USTR concludes provincial IPR review in Beijing/i })).toBeInTheDocument()
    expect(screen.getByText('18 April 2007, 06:44 UTC')).toBeInTheDocument()
    expect(screen.getByText(/KIPR/)).toBeInTheDocument()
    const numbers = screen.getAllByRole('article', { name: /^Paragraph \d+$/ }).map((a) => Number(a.id.slice(1)))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(numbers).toHaveLength(21)
    expect(within(await paragraph(11)).getByText('(U)')).toBeInTheDocument()
    expect(within(await paragraph(18)).getByText('(SBU)')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Chaoyang Challenges Silk Street Allegations' })).toBeInTheDocument()
  })

  it('a deep link marks the paragraph current, scrolls to it and highlights the quote it carries', async () => {
    open('/reader/07BEIJING2566#p11&hl=up%20to%2080-90%25%20of%20goods')
    const p11 = await paragraph(11)
    expect(p11).toHaveAttribute('aria-current', 'location')
    expect(scrollIntoView).toHaveBeenCalled()
    expect(scrollIntoView.mock.contexts.at(-1)).toBe(p11)
    expect(within(p11).getByText('up to 80-90% of goods', { selector: 'mark' })).toBeInTheDocument()
    expect(await paragraph(12)).not.toHaveAttribute('aria-current')
  })

  it('follows in-app navigation and hash changes to another paragraph', async () => {
    open('/reader/07BEIJING2566#p2')
    const p2 = await paragraph(2)
    expect(p2).toHaveAttribute('aria-current', 'location')
    act(() => navigate('/reader/07BEIJING2566#p12'))
    expect(await paragraph(12)).toHaveAttribute('aria-current', 'location')
    expect(p2).not.toHaveAttribute('aria-current')
    act(() => {
      window.history.replaceState(null, '', '/reader/07BEIJING2566#p4')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(await paragraph(4)).toHaveAttribute('aria-current', 'location')
    expect(scrollIntoView.mock.contexts.at(-1)).toBe(await paragraph(4))
  })

  it('lists beside a paragraph the issues, positions, figures and events that rest on it', async () => {
    open('/reader/07BEIJING2566#p11')
    const cited = within(await paragraph(11)).getByRole('region', { name: /cited by paragraph 11/i })
    expect(within(cited).getByRole('link', { name: 'Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang' })).toHaveAttribute('href', '/venues/chaoyang#issue-chaoyang-silk-street')
    expect(within(cited).getByRole('link', { name: /^up to 80–90% .* Silk Street/ })).toHaveAttribute('href', '/#figure-silk-street-counterfeit-share')
    expect(within(cited).getAllByText('Position').length).toBeGreaterThan(0)
    const p2 = within(await paragraph(2)).getByRole('region')
    expect(within(p2).getAllByText('Event').length).toBeGreaterThan(0)
  })

  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'])('renders markup in a paragraph as inert text: %s', async (markup) => {
    serveCable((cable) => ({ ...cable, paragraphs: cable.paragraphs.map((p) => (p.number === 5 ? { ...p, text: `Before ${markup} after.`, restored: [] } : p)) }))
    open('/reader/07BEIJING2566#p5')
    const p5 = await paragraph(5)
    expect(p5).toHaveTextContent(`Before ${markup} after.`)
    expect(p5.querySelector('script, img')).toBeNull()
    expect(document.querySelector('script, img[src="x"]')).toBeNull()
  })

  it('public-safe hides the SBU paragraphs ¶18–20 and the backlinks that rest only on them', async () => {
    open('/reader/07BEIJING2566?safe=1#p19')
    for (const n of [18, 19, 20]) {
      const hidden = await paragraph(n)
      expect(hidden).toHaveTextContent(`Paragraph ${n} (SBU) is hidden in the public-safe view.`)
      expect(hidden).not.toHaveTextContent(/Embassy|USTR|WTO/)
      expect(within(hidden).queryByRole('region')).toBeNull()
    }
    expect(await paragraph(19)).toHaveAttribute('aria-current', 'location')
    expect(screen.queryByRole('link', { name: /delegation of four|Visitors Program/i })).toBeNull()
    expect(screen.getByText(/3 paragraphs not marked \(U\) are hidden/)).toBeInTheDocument()
    expect(within(await paragraph(17)).getByRole('link', { name: /20%/ })).toHaveAttribute('href', '/?safe=1#figure-ciecc-us-visitor-share')
  })

  it('a long "Cited by" list offers the keyboard a way past it, to the next paragraph, without marking that one as linked', async () => {
    const { user } = open('/reader/07BEIJING2566')
    const p17 = await paragraph(17)
    const links = within(within(p17).getByRole('region', { name: 'Cited by paragraph 17' })).getAllByRole('listitem')
    expect(links.length).toBeGreaterThanOrEqual(SKIP_FROM)
    const skip = within(p17).getByRole('link', { name: `Skip these ${links.length} links, to ¶18` })
    await user.click(skip)
    expect(await paragraph(18)).toHaveFocus()
    expect(window.location.hash).toBe('')
    expect(await paragraph(18)).not.toHaveAttribute('aria-current')
    // A short list has none.
    expect(within(await paragraph(5)).getAllByRole('listitem').length).toBeLessThan(SKIP_FROM)
    expect(within(await paragraph(5)).queryByRole('link', { name: /^Skip/ })).toBeNull()
  })

  it('the last paragraph\'s list has no skip link: nothing after it to skip to', async () => {
    serveCable((cable) => ({ ...cable, paragraphs: cable.paragraphs.filter((p) => p.number <= 17) }))
    open('/reader/07BEIJING2566')
    const p17 = await paragraph(17)
    expect(within(p17).getAllByRole('listitem').length).toBeGreaterThanOrEqual(SKIP_FROM)
    expect(within(p17).queryByRole('link', { name: /^Skip/ })).toBeNull()
    expect(within(await paragraph(16)).getByRole('link', { name: /^Skip these \d+ links, to ¶17$/ })).toHaveAttribute('href', '#p17')
  })

  it('marks words restored from the other rendering and explains them in a legend', async () => {
    open('/reader/07BEIJING2566')
    const restored = within(await paragraph(3)).getByText('government.', { selector: 'ins' })
    expect(restored).toHaveAttribute('title', expect.stringMatching(/restored from the WikiLeaks rendering; missing in the news-site copy/i))
    expect(screen.getByRole('region', { name: 'About this text' })).toHaveTextContent(/dotted underline/i)
  })

  it('marks the search text and the names of the selected organizations and their people', async () => {
    open('/reader/07BEIJING2566?q=watermarking&org=chaoyang-district-government')
    expect(within(await paragraph(3)).getByText('watermarking', { selector: 'mark' })).toBeInTheDocument()
    const p11 = await paragraph(11)
    expect(within(p11).getAllByText('Chaoyang', { selector: 'mark' }).length).toBeGreaterThan(0)
  })

  it('copies a plain citation with the share link, and offers a fallback when the clipboard is refused', async () => {
    const { user } = open('/reader/07BEIJING2566?safe=1#p11')
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValueOnce(undefined)
    await user.click(within(await paragraph(11)).getByRole('button', { name: 'Copy citation for paragraph 11' }))
    const expected = `07BEIJING2566 ¶11 (U) — ${window.location.origin}/reader/07BEIJING2566?safe=1#p11`
    expect(writeText).toHaveBeenCalledWith(expected)
    expect(within(await paragraph(11)).getByRole('status')).toHaveTextContent(`Copied: ${expected}`)

    writeText.mockRejectedValueOnce(new Error('denied'))
    await user.click(within(await paragraph(11)).getByRole('button', { name: 'Copy citation for paragraph 11' }))
    expect(await within(await paragraph(11)).findByRole('status')).toHaveTextContent(/did not allow copying/)
    expect(within(await paragraph(11)).getByRole('textbox', { name: 'Citation for paragraph 11' })).toHaveValue(expected)
  })

  it('says so when the linked paragraph does not exist', async () => {
    open('/reader/07BEIJING2566#p99')
    expect(await screen.findByRole('alert')).toHaveTextContent('Paragraph 99 is not in 07BEIJING2566, which has paragraphs 1–21.')
    expect(screen.getByRole('link', { name: 'Read from the start' })).toBeInTheDocument()
  })

  it('an unknown cable id shows a clear message and a way back', async () => {
    open('/reader/99NOWHERE1')
    expect(await screen.findByRole('heading', { name: 'Cable not found' })).toBeInTheDocument()
    expect(screen.getByText(/no cable “99NOWHERE1”/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '07BEIJING2566' })).toHaveAttribute('href', '/reader/07BEIJING2566')
    expect(screen.getByRole('link', { name: 'go to the dashboard' })).toHaveAttribute('href', '/')
  })

  it('a failed load shows the error with a retry that recovers', async () => {
    server.use(http.get('*/api/v1/cables/07BEIJING2566.json', () => new HttpResponse('oops', { status: 500 }), { once: true }))
    const { user } = open('/reader/07BEIJING2566#p4')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not load cable 07BEIJING2566/i)
    await user.click(await findRetryButton(alert))
    expect(await paragraph(4)).toHaveAttribute('aria-current', 'location')
  })
})
