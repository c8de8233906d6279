import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { mockDataset } from '../../mocks/dataset'

const cardsRegion = () => screen.findByRole('region', { name: 'Venues and their issues' })
async function cardTitles() {
  const cards = await within(await cardsRegion()).findAllByRole('article')
  return cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)
}
const filters = () => screen.getByRole('region', { name: 'Filters' })
/** The toolbar's "N of M issues" (the filters' own bar, for narrow screens, says it too). */
const summary = () => screen.getAllByText(/of \d+ issues/).find((element) => !filters().contains(element))!.closest('p')!

function open(path: string) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  return renderApp(path)
}

beforeEach(() => resetFilterStore())

/** How many issues the dashboard shows at `path`. */
async function shownFor(path: string) {
  const view = open(path)
  await cardTitles()
  const shown = Number(summary().querySelector('strong')!.textContent)
  view.unmount()
  return shown
}

describe('dashboard filters', () => {
  it('tells two venues of the same title apart, in the Venue filter and in the chips that undo it', async () => {
    const { user } = open('/')
    await cardTitles()
    await user.click(within(filters()).getByRole('checkbox', { name: /^Embassy comment \(07BEIJING2566\)/ }))
    await user.click(within(filters()).getByRole('checkbox', { name: /^Embassy comment \(07BEIJING2455\)/ }))
    expect(screen.getByRole('button', { name: 'Remove filter Venue: Embassy comment (07BEIJING2566)' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove filter Venue: Embassy comment (07BEIJING2455)' })).toBeInTheDocument()
  })

  it('filters by agency: only venues where that agency took part remain, and the URL says so', async () => {
    const { user } = open('/')
    await cardTitles()
    const total = Number(summary().textContent!.match(/of (\d+)/)![1])
    await user.click(within(filters()).getByRole('checkbox', { name: /^MOFCOM/ }))

    // MOFCOM met USTR, and the Embassy's comment (¶18) is about MOFCOM too.
    expect(await cardTitles()).toEqual(['Ministry of Commerce (MOFCOM)', 'Embassy comment'])
    expect(window.location.search).toBe('?org=mofcom')
    const shown = Number(summary().querySelector('strong')!.textContent)
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(total)
    expect(screen.getByRole('button', { name: 'Remove filter Agency: MOFCOM' })).toBeInTheDocument()
  })

  it('names every agency so no two read alike: a short name several share (PSB in five cities) gives way to the full name', async () => {
    open('/')
    await cardTitles()
    const china = within(filters()).getByRole('group', { name: 'China' })
    // The label's first span is the name; the second is the count.
    const names = [...china.querySelectorAll('label')].map((label) => label.querySelector('span')!.textContent)
    expect(names).toContain('Fujian Public Security Bureau')
    expect(names).toContain('MOFCOM')
    expect(names).not.toContain('PSB')
    expect(new Set(names).size).toBe(names.length)
  })

  it('filters by issue topic, and facet counts follow the other filters', async () => {
    const { user } = open('/?cable=07BEIJING2566')
    await cardTitles()
    const topics = within(filters()).getByRole('group', { name: 'Issue topic' })
    // In alphabetical order, and before the hundred-odd agencies rather than under them.
    const labels = within(topics).getAllByRole('checkbox').map((box) => (box as HTMLInputElement).labels?.[0]?.firstElementChild?.textContent ?? '')
    expect(labels.length).toBeGreaterThan(10)
    expect(labels.every((label) => /\w/.test(label))).toBe(true)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)))
    expect(topics.compareDocumentPosition(within(filters()).getByRole('heading', { name: 'Agency' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await user.click(within(topics).getByRole('checkbox', { name: /^Counterfeit markets/ }))
    // USTR's review findings, given to MOFCOM, covered the Silk Market too (¶15).
    expect(await cardTitles()).toEqual(['Chaoyang District government', 'Ministry of Commerce (MOFCOM)'])
    // Named as the group is: a topic, which the issue cards' own titles are not.
    expect(screen.getByRole('button', { name: /^Remove filter Issue topic: Counterfeit markets/ })).toBeInTheDocument()

    // With the topic chosen, the Ministry of Education venue would leave nothing: its count is 0.
    const venues = within(filters()).getByRole('group', { name: 'Venue' })
    const moe = within(venues).getByRole('checkbox', { name: /^Ministry of Education/ })
    expect(moe).toHaveAccessibleName('Ministry of Education 0 issues')

    // The same topic across every cable: it recurs in Guangzhou, Fujian and Shanghai too.
    await user.click(screen.getByRole('button', { name: 'Remove filter Cable: 07BEIJING2566' }))
    await waitFor(async () => expect((await cardTitles()).length).toBeGreaterThan(2))
    const shown = await cardTitles()
    expect(new Set(mockDataset().venues.filter((v) => shown.includes(v.title)).map((v) => v.cableId)).size).toBeGreaterThan(1)
  })

  it('an agency that speaks in two cables shows its venues in both', async () => {
    const { user } = open('/')
    await cardTitles()
    // The Supreme People's Court met USTR (07BEIJING2566 ¶7) and USPTO (07BEIJING2455).
    await user.click(within(filters()).getByRole('checkbox', { name: /^SPC/ }))
    await waitFor(async () => expect((await cardTitles()).length).toBeLessThan(mockDataset().venues.length))
    const cards = await cardsRegion()
    expect(cards).toHaveTextContent('07BEIJING2566')
    expect(cards).toHaveTextContent('07BEIJING2455')
    expect(window.location.search).toBe('?org=spc')
  })

  it('searches issues, positions, figures and paragraphs and highlights the matches', async () => {
    const { user } = open('/')
    await cardTitles()
    await user.type(screen.getByRole('searchbox', { name: /search issues/i }), 'textbook')
    expect(await cardTitles()).toContain('Ministry of Education')
    expect((await cardTitles())).not.toContain('Chaoyang District government')
    const marks = (await cardsRegion()).querySelectorAll('mark')
    expect([...marks].some((m) => /textbook/i.test(m.textContent ?? ''))).toBe(true)
    expect(new URLSearchParams(window.location.search).get('q')).toBe('textbook')
  })

  it('finds the same issues for "80–90", as the dashboard shows it, and "80-90", as the cables write it', async () => {
    const typedAsShown = await shownFor(`/?q=${encodeURIComponent('80–90')}`)
    // The en dash found one issue, the hyphen two.
    expect(typedAsShown).toBeGreaterThan(1)
    expect(await shownFor('/?q=80-90')).toBe(typedAsShown)
  })

  it('removes a filter with its chip and clears all with one button', async () => {
    const { user } = open('/?org=mofcom&topic=transparency-and-statistics')
    expect(await cardTitles()).toEqual(['Ministry of Commerce (MOFCOM)'])
    await user.click(screen.getByRole('button', { name: 'Remove filter Agency: MOFCOM' }))
    expect(window.location.search).toBe('?topic=transparency-and-statistics')
    // The removed chip's button is gone: the focus is on the count, not back at the page's start.
    expect(document.activeElement).toHaveTextContent(/^\d+ of 78 issues$/)
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(window.location.search).toBe('')
    expect(document.activeElement).toHaveTextContent(/^\d+ of 78 issues$/)
    expect((await cardTitles()).length).toBeGreaterThanOrEqual(6)
  })

  it('offers to reset when nothing matches', async () => {
    const { user } = open('/?q=no%20such%20words%20anywhere')
    expect(await screen.findByRole('heading', { name: 'No issues match these filters' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reset all filters' }))
    expect((await cardTitles()).length).toBeGreaterThanOrEqual(6)
    // The button left with the empty state; the focus is on the results it reset, not back at the page's start.
    expect(document.activeElement).toBe(document.getElementById('results'))
  })

  it('says when the public-safe view, not the filters, leaves nothing to show', async () => {
    // Every paragraph of 07GUANGZHOU376 is SBU: "No issues match these filters" alone blamed the filters.
    open('/?cable=07GUANGZHOU376&safe=1')
    expect(await screen.findByRole('heading', { name: 'No issues match these filters' })).toBeInTheDocument()
    const inFull = mockDataset().issues.filter((issue) => issue.citations[0]?.cableId === '07GUANGZHOU376').length
    expect(await screen.findByText(/^The public-safe view hides/)).toHaveTextContent(`The public-safe view hides all ${inFull} issues these filters match in the full view: they rest only on paragraphs not marked U.`)
  })

  it('reopens the exact view from a link, and back/forward move between views', async () => {
    // The embassy's comment on BCB is in the cable's own voice: the US side alone would leave only BCB's card.
    const { user } = open('/?org=bcb&side=US,cable')
    expect(await cardTitles()).toEqual(['Beijing Copyright Bureau', 'Embassy comment'])
    expect(within(filters()).getByRole('checkbox', { name: /^BCB/ })).toBeChecked()
    const voices = within(filters()).getByRole('group', { name: 'Who says it' })
    expect(within(voices).getByRole('checkbox', { name: /^United States/ })).toBeChecked()
    expect(within(voices).getByRole('checkbox', { name: /^The cable's own account/ })).toBeChecked()

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect((await cardTitles()).length).toBeGreaterThan(1)
    window.history.back()
    await screen.findByRole('button', { name: 'Remove filter Agency: BCB' })
    await waitFor(async () => expect(await cardTitles()).toEqual(['Beijing Copyright Bureau', 'Embassy comment']))
  })

  it('drops unknown and malformed parameters with a short notice, and still opens', async () => {
    open('/?org=not-an-agency,moe&side=Mars&colour=red')
    expect(await cardTitles()).toEqual(['Ministry of Education'])
    const notice = screen.getByText(/were not understood and have been ignored/)
    expect(notice).toHaveTextContent('side')
    expect(notice).toHaveTextContent('colour')
    expect(notice).toHaveTextContent('not-an-agency')
    expect(window.location.search).toBe('?org=moe')
    // At the top of the page, above the series overview that fills the first screen.
    const overview = screen.getByRole('heading', { level: 2, name: /^The review series/ })
    expect(notice.compareDocumentPosition(overview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})
