import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { resetFilterStore } from '@/lib/filter-store'
import { http, HttpResponse } from 'msw'
import { listResources } from '@/contract/endpoints'
import { renderApp } from '@/testing/render-app'
import { mockDataset } from '../../../../mocks/dataset'
import { server } from '../../../../mocks/node'

/** The voice headings of an issue's columns, as they read on screen. */
const voices = (issue: HTMLElement) => within(issue).getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.trim())

describe('venue page', () => {
  it('lands on the issue a reader backlink names', async () => {
    const scrolled: Element[] = []
    // jsdom has no scrollIntoView: record where the page would scroll.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this)
    }
    window.history.replaceState(null, '', '/venues/chaoyang#issue-chaoyang-silk-street')
    resetFilterStore()
    renderApp('/venues/chaoyang#issue-chaoyang-silk-street')
    const heading = await screen.findByRole('heading', { level: 3, name: 'Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang' })
    await waitFor(() => expect(scrolled).toContain(heading))
    delete (Element.prototype as Partial<Element>).scrollIntoView
  })

  it('says a venue id no cable has is not found, without blaming a cable, and leads back', async () => {
    window.history.replaceState(null, '', '/venues/nope')
    resetFilterStore()
    renderApp('/venues/nope')
    const missing = await screen.findByRole('region', { name: 'Venue not found' })
    expect(missing).toHaveTextContent('No cable in this dashboard has a venue called “nope”.')
    expect(screen.getByRole('link', { name: '← Back to the dashboard' })).toHaveAttribute('href', '/')
  })

  it('shows both sides of the Silk Street dispute side by side', async () => {
    resetFilterStore()
    renderApp('/venues/chaoyang')
    expect(await screen.findByRole('heading', { level: 1, name: 'Chaoyang District government' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 4, name: /United States/ }).length).toBeGreaterThan(0)
    // Each side's column names its speaker with the cable's verb, beside the verbatim quote.
    const issue = screen.getByRole('region', { name: 'Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang' })
    expect(within(issue).getByText('USTR cited')).toBeInTheDocument()
    expect(within(issue).getByText('Chaoyang challenged')).toBeInTheDocument()
    expect(within(issue).getByText('The Chinese side challenged those figures', { selector: 'blockquote', exact: false })).toBeInTheDocument()
    // The figure's two disputes, each on its own line with its own paragraph, not run on after the figure.
    const disputes = within(screen.getByRole('list', { name: 'Disputes of this figure' })).getAllByRole('listitem')
    expect(disputes.map((d) => d.textContent)).toEqual([
      expect.stringMatching(/^⚠ Disputed by Chaoyang: The Chinese side challenged those figures.*¶11$/),
      expect.stringMatching(/^⚠ Disputed by Liu Chuncheng \(Chaoyang\): Director Liu said .*¶12$/),
    ])
  })

  it("puts what the cable states itself in a column of its own, not under the United States", async () => {
    resetFilterStore()
    renderApp('/venues/bcb')
    // ¶7: four things Wang Yefei said, then the Embassy's own note on basic level courts.
    const issue = await screen.findByRole('region', { name: 'Specialised IPR courts' })
    const column = (name: RegExp) => within(issue).getByRole('heading', { level: 4, name }).parentElement!
    // Silent in the cable, not hidden by this view: public-safe is off.
    expect(column(/United States/)).toHaveTextContent('No position recorded.')
    expect(within(column(/The cable's own account/)).getByText('The cable states')).toBeInTheDocument()
    expect(column(/The cable's own account/)).toHaveTextContent(/little help to foreigners/)
    expect(column(/China/)).toHaveTextContent(/Wang Yefei \(BCB\) noted/)
  })

  it('in the public-safe view, names a speaker only from what that view keeps: a person it hides is not named beside their words', async () => {
    // No speaker in the five cables rests only on sensitive paragraphs; made so here, the public view must not name him.
    const people = mockDataset().people.map((p) => (p.id === 'wang-yefei' ? { ...p, markings: ['SBU' as const] } : p))
    server.use(http.get(`*${listResources.people.path}`, () => HttpResponse.json(people)))
    resetFilterStore()
    const { unmount } = renderApp('/venues/bcb')
    const issue = await screen.findByRole('region', { name: 'Specialised IPR courts' })
    expect(within(issue).getAllByText(/^Wang Yefei \(BCB\) noted/).length).toBeGreaterThan(0)
    unmount()
    resetFilterStore()
    renderApp('/venues/bcb?safe=1')
    const safeIssue = await screen.findByRole('region', { name: 'Specialised IPR courts' })
    expect(within(safeIssue).getAllByText(/^BCB noted/).length).toBeGreaterThan(0)
    expect(document.body).not.toHaveTextContent('Wang Yefei (BCB)')
  })

  it('in the public-safe view, a silent side is silent "in this view": what it said may be hidden', async () => {
    resetFilterStore()
    renderApp('/venues/bcb?safe=1')
    const issue = await screen.findByRole('region', { name: 'Specialised IPR courts' })
    const column = within(issue).getByRole('heading', { level: 4, name: /United States/ }).parentElement!
    expect(column).toHaveTextContent('No position in this view.')
    expect(issue).not.toHaveTextContent('No position recorded')
  })

  it('in the public-safe view, an agency that view hides is not named beside its words, not even by its id', async () => {
    // No agency in the five cables that the public view keeps a position of rests only on sensitive paragraphs; made so here.
    const organizations = mockDataset().organizations.map((o) => (o.id === 'bcb' ? { ...o, markings: ['SBU' as const] } : o))
    server.use(http.get(`*${listResources.organizations.path}`, () => HttpResponse.json(organizations)))
    resetFilterStore()
    renderApp('/venues/bcb?safe=1')
    const issue = await screen.findByRole('region', { name: 'Specialised IPR courts' })
    expect(within(issue).getAllByText(/^Wang Yefei \(an agency this view hides\) noted/).length).toBeGreaterThan(0)
    expect(within(issue).queryByText(/\((BCB|bcb)\)/)).toBeNull()
  })

  it("sets the dashboard's bracketed words apart from what was said, not the cable's own brackets inside a quotation", async () => {
    resetFilterStore()
    renderApp('/venues/chaoyang')
    const line = (await screen.findAllByText(/did not provide us with this question/)).find((el) => el.tagName === 'P')!
    expect(line).toHaveTextContent('"The embassy did not provide us with this question [in advance]." [The brackets around')
    expect([...line.querySelectorAll('.editorial')].map((note) => note.textContent)).toEqual([expect.stringMatching(/^\[The brackets around "in advance" are the cable's own;.*\]$/)])
  })

  it('lists its events in date order', async () => {
    resetFilterStore()
    renderApp('/venues/customs-gac')
    const events = await screen.findByRole('region', { name: 'Events' })
    const dates = within(events).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent ?? '')
    // Was: 28 March 2007, planned May 2007, planned April 2007, since December 2006.
    expect(dates.map((date) => date.replace(/ \(inferred.*$/, ''))).toEqual(['since December 2006, as of 28 March 2007', '28 March 2007', 'planned: April 2007', 'planned: May 2007'])
  })

  it("with the positions failed, still says an issue's summary is the cable's own statement", async () => {
    server.use(http.get(`*${listResources.positions.path}`, () => HttpResponse.json({ message: 'down' }, { status: 500 })))
    resetFilterStore()
    renderApp('/venues/embassy-comment')
    const visitors = await screen.findByRole('region', { name: 'International Visitors Program and technical assistance' })
    expect(await screen.findByRole('button', { name: /Retry loading the positions/ })).toBeInTheDocument()
    expect(within(visitors).getByText(/^The cable states:/)).toBeInTheDocument()
  })

  it("in the post's own assessment, shows only the voices an issue holds: no empty side beside the post's comment", async () => {
    resetFilterStore()
    renderApp('/venues/embassy-comment')
    const visitors = await screen.findByRole('region', { name: 'International Visitors Program and technical assistance' })
    // Each voice named once: its colour beside the words, not a badge repeating them ("China China").
    expect(voices(visitors)).toEqual(["The cable's own account"])
    const access = screen.getByRole('region', { name: 'Access to meetings and the WTO case' })
    expect(voices(access)).toEqual(['United States', 'China', "The cable's own account"])
  })

  it('gives the highest marking of what the page shows, as a slide does: printed, an SBU page carried none', async () => {
    resetFilterStore()
    renderApp('/venues/embassy-comment')
    expect(await screen.findByText('Highest marking on this page:')).toHaveTextContent(/^Highest marking on this page: SBU$/)
  })

  it('does not understate a page resting on unmarked paragraphs as U', async () => {
    // 07BEIJING2463 leaves ¶5–8 unmarked, and the public-safe view hides them: they are not cleared as U.
    resetFilterStore()
    renderApp('/venues/customs-gac')
    expect(await screen.findByText('Highest marking on this page:')).toHaveTextContent(/^Highest marking on this page: unmarked \(not cleared as U\)$/)
  })

  it('says which cable the venue is from, linked to its reader, and where the meeting was', async () => {
    window.history.replaceState(null, '', '/venues/chaoyang?safe=1')
    resetFilterStore()
    renderApp('/venues/chaoyang?safe=1')
    const header = (await screen.findByRole('heading', { level: 1, name: 'Chaoyang District government' })).closest('header')!
    expect(within(header).getByRole('link', { name: '07BEIJING2566' })).toHaveAttribute('href', '/reader/07BEIJING2566?safe=1')
    // The tab names the venue as the dashboard does, the cable's id telling like-named venues apart.
    await waitFor(() => expect(document.title).toBe('Chaoyang District government · Venue · IPR Enforcement Dashboard'))
    expect(header).toHaveTextContent(/07BEIJING2566 · Beijing ·/)
  })

  it('names a venue that shares its title with its cable in the tab', async () => {
    window.history.replaceState(null, '', '/venues/embassy-comment')
    resetFilterStore()
    renderApp('/venues/embassy-comment')
    await screen.findByRole('heading', { level: 1, name: 'Embassy comment' })
    await waitFor(() => expect(document.title).toBe('Embassy comment (07BEIJING2566) · Venue · IPR Enforcement Dashboard'))
  })

  it('shows an inferred meeting date with what it is inferred from', async () => {
    resetFilterStore()
    renderApp('/venues/chaoyang')
    await screen.findByRole('heading', { level: 1, name: 'Chaoyang District government' })
    const [headerDate] = screen.getAllByText(/inferred: ¶1: USTR "visited Beijing on March 16"/)
    expect(headerDate?.closest('header')).not.toBeNull()
  })
})
