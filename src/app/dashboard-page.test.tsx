import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listResources } from '@/contract/endpoints'
import { apiClientSettings } from '@/lib/api-client'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { failing, type FailureKind } from '../../mocks/failures'
import { mockDataset } from '../../mocks/dataset'
import { server } from '../../mocks/node'

const venueCards = async () => within(await screen.findByRole('region', { name: 'Venues and their issues' })).findAllByRole('article')
const cardTitles = async () => (await venueCards()).map((card) => within(card).getByRole('heading', { level: 3 }).textContent)

function open(path: string) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  return renderApp(path)
}

beforeEach(() => resetFilterStore())

describe('dashboard', () => {
  it('shows a card for every venue of every cable, and the series overview naming each cable', async () => {
    open('/')
    const titles = await cardTitles()
    expect(titles).toHaveLength(mockDataset().venues.length)
    expect(titles).toEqual(expect.arrayContaining(['Beijing Copyright Bureau', 'Chaoyang District government', 'Ministry of Education', 'Ministry of Commerce (MOFCOM)']))
    const series = screen.getByRole('region', { name: /The review series/ })
    for (const cable of mockDataset().cables) {
      const row = within(series).getByRole('row', { name: new RegExp(cable.id) })
      const venues = mockDataset().venues.filter((v) => v.cableId === cable.id).length
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toContain(String(venues))
    }
    expect(within(series).getByRole('row', { name: /07BEIJING2566/ })).toHaveTextContent('18 April 2007')
  })

  it('the Cable facet set to 07BEIJING2566 gives that cable\'s view: its six venues and the disputed 80–90% figure first', async () => {
    open('/?cable=07BEIJING2566')
    expect(await cardTitles()).toEqual(['Beijing Copyright Bureau', 'Chaoyang District government', 'Ministry of Education', 'Ministry of Commerce (MOFCOM)', "Supreme People's Court", 'Embassy comment'])
    const series = screen.getByRole('region', { name: /The review series/ })
    expect(within(series).getByRole('row', { name: /07BEIJING2455/ })).toHaveTextContent(/0 of \d+/)
    expect(within(series).getByRole('list')).toHaveTextContent(/up to 80–90%/)
  })

  it('in the public-safe view, a cable whose meetings are all hidden says so, not that it records none', async () => {
    open('/?safe=1')
    await cardTitles()
    const series = screen.getByRole('region', { name: /The review series/ })
    // 07GUANGZHOU376's meetings rest on SBU paragraphs only.
    expect(within(series).getByRole('row', { name: /07GUANGZHOU376/ })).toHaveTextContent('none in the public-safe view')
    expect(series).not.toHaveTextContent('none recorded')
    expect(within(series).getByRole('row', { name: /07BEIJING2566/ })).toHaveTextContent('Beijing')
  })

  it('names who gives each headline figure, and cites the paragraph of its dispute beside its own', async () => {
    open('/?cable=07BEIJING2566')
    await cardTitles()
    const figures = within(within(screen.getByRole('region', { name: /The review series/ })).getByRole('list')).getAllByRole('listitem')
    expect(figures.length).toBeGreaterThan(1)
    // Never a bare number: each says whose figure it is (07BEIJING2566 states none in its own voice).
    for (const figure of figures) expect(figure).toHaveTextContent(/according to \S|cited by \S/i)
    const silkStreet = figures.find((f) => /80–90%/.test(f.textContent ?? ''))!
    expect(silkStreet).toHaveTextContent(/recent industry data, cited by USTR/i)
    expect(silkStreet).toHaveTextContent(/Disputed by Chaoyang/)
    expect(within(silkStreet).getAllByRole('link').map((a) => a.textContent)).toEqual(['¶11', '¶12'])
    const visitors = figures.find((f) => /CIECC website/.test(f.textContent ?? ''))!
    expect(visitors).toHaveTextContent(/according to MOFCOM/i)
  })

  it('shows the disputed Silk Street figure on the Chaoyang card with its qualifiers', async () => {
    open('/')
    const card = (await venueCards()).find((c) => within(c).queryByRole('heading', { name: 'Chaoyang District government' }))!
    expect(card).toHaveTextContent(/up to 80–90% \(in some categories\)/)
    expect(card).toHaveTextContent(/disputed by Chaoyang/i)
  })

  describe('when the data cannot be loaded', () => {
    const original = apiClientSettings.timeoutMs
    afterEach(() => {
      apiClientSettings.timeoutMs = original
    })
    const cases: [FailureKind, RegExp][] = [
      ['server-error', /server had a problem.*500/is],
      ['network', /could not reach the server/i],
      ['timeout', /took too long/i],
      ['malformed-json', /not JSON/i],
      ['invalid-data', /does not match the expected shape/i],
    ]
    it.each(cases)('a %s shows a clear message and a retry that recovers, and the header still works', async (kind, message) => {
      apiClientSettings.timeoutMs = 200
      server.use(failing(listResources.venues.path, kind, { once: true }))
      const { user } = open('/')
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(/could not load the dashboard data/i)
      expect(alert).toHaveTextContent(message)
      expect(await within(await screen.findByRole('region', { name: /The review series/ })).findByText('07BEIJING2566')).toBeInTheDocument()

      await user.click(within(alert).getByRole('button', { name: /retry loading the dashboard data/i }))
      expect(await cardTitles()).toContain('Beijing Copyright Bureau')
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    })
  })

  it('says so when the data holds no venues', async () => {
    server.use(http.get(`*${listResources.venues.path}`, () => HttpResponse.json([])))
    open('/')
    expect(await screen.findByText('The data holds no venues yet.')).toBeInTheDocument()
  })

  it('shows a way back on an unknown address', async () => {
    const { user } = open('/no/such/page')
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to the dashboard' }))
    expect(await cardTitles()).toContain('Beijing Copyright Bureau')
  })
})
