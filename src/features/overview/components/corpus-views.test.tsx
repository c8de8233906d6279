import { render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../../mocks/dataset'
import { generateDataset } from '../../../../mocks/generate-large-dataset'
import { PrerenderedProvider } from '@/lib/prerendered'
import { heldFullRender, hydratePrerendered } from '@/testing/hydrate-prerendered'
import { CorpusViews } from './corpus-views'

/** A corpus past what a prerendered page holds the tables for (12 cables). */
const corpus = generateDataset(mockDataset(), { venues: 26, issues: 120, positionsPerIssue: 2, cables: 13 })
const props = {
  cables: corpus.cables,
  issues: corpus.issues,
  positions: corpus.positions,
  venues: corpus.venues,
  topics: corpus.topics,
  organizations: corpus.organizations,
  positionsLoaded: true,
  selectedTopics: [],
  selectedOrganizations: [],
}
const views = (overrides: Partial<typeof props> = {}) => (
  <PrerenderedProvider hydrating>
    <CorpusViews {...props} {...overrides} />
  </PrerenderedProvider>
)

describe('the tables across a large corpus', () => {
  it('are left out of the prerendered HTML, which says they follow', () => {
    expect(corpus.cables).toHaveLength(13)
    // React marks where text meets a value with empty comments: read the text without them.
    const html = renderToString(views()).replaceAll('<!-- -->', '')
    expect(html).toContain('The tables across 13 cables follow once the page has loaded')
    expect(html).not.toContain('<table')
  })

  it('follow once the page runs, both tables in the same section, the placeholder gone', async () => {
    render(views())
    const section = document.getElementById('corpus')!
    const topics = await within(section).findByRole('table', { name: /Issues by topic and cable/ })
    expect(within(topics).getAllByRole('columnheader')).toHaveLength(13 + 2)
    // One table per step after hydration (each is a commit of its own): the second follows the first.
    expect(await within(section).findByRole('table', { name: /Positions by agency and cable/ })).toBeInTheDocument()
    expect(screen.queryByText(/follow once the page has loaded/)).not.toBeInTheDocument()
    expect(document.querySelectorAll('#corpus')).toHaveLength(1)
  })

  it('once the page runs, say they are being counted rather than that they need JavaScript', async () => {
    const { beforeFullRender, showInFull } = heldFullRender()
    const { mismatches } = hydratePrerendered(
      <PrerenderedProvider hydrating beforeFullRender={beforeFullRender}>
        <CorpusViews {...props} />
      </PrerenderedProvider>,
    )
    expect(await screen.findByText('Counting the tables across 13 cables…')).toBeInTheDocument()
    expect(screen.queryByText(/need JavaScript/)).not.toBeInTheDocument()
    expect(mismatches).toEqual([])
    showInFull()
    expect(await screen.findByRole('table', { name: /Issues by topic and cable/ })).toBeInTheDocument()
    expect(screen.queryByText(/Counting the tables/)).not.toBeInTheDocument()
  })

  it('say the positions did not load rather than count none', async () => {
    render(views({ positionsLoaded: false }))
    await screen.findByRole('table', { name: /Issues by topic and cable/ })
    expect(screen.getByText('Positions not loaded: see the message above to retry.')).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /Positions by agency and cable/ })).not.toBeInTheDocument()
  })
})

describe('the tables’ takeaways', () => {
  it('agree in number: one topic "comes up", one agency "takes positions"', async () => {
    const data = mockDataset()
    const cableOf = new Map(data.venues.map((v) => [v.id, v.cableId]))
    // One topic, in issues of two cables; one agency, with positions on issues of both.
    const topic = data.issues.find((i) => data.issues.some((j) => j.topicIds.includes(i.topicIds[0]!) && cableOf.get(j.venueId) !== cableOf.get(i.venueId)))!.topicIds[0]!
    const issues = data.issues.filter((i) => i.topicIds.includes(topic)).map((i) => ({ ...i, topicIds: [topic] }))
    const cables = new Set(issues.map((i) => cableOf.get(i.venueId)))
    expect(cables.size).toBeGreaterThan(1)
    const [first, second] = [...cables]
    const onIssue = (cable: unknown) => issues.find((i) => cableOf.get(i.venueId) === cable)!.id
    const positions = [first, second].map((cable, n) => ({ ...data.positions[n]!, id: `p${n}`, issueId: onIssue(cable), organizationId: 'mofcom', reportingVerb: 'said' }))
    render(<CorpusViews {...props} cables={data.cables} issues={issues} positions={positions} venues={data.venues} topics={data.topics} organizations={data.organizations} />)
    expect(await screen.findByText(/^1 topic of 1 comes up in more than one cable in this view/)).toBeInTheDocument()
    expect(await screen.findByText(/^1 agency of 1 takes positions in more than one cable in this view\.$/)).toBeInTheDocument()
    // Within one cable: "No agency takes …", as the topics table says "No topic comes up …", never "0 agencies of 1".
    const alone = positions.map((p) => ({ ...p, issueId: onIssue(first) }))
    const { unmount } = render(<CorpusViews {...props} cables={data.cables} issues={issues} positions={alone} venues={data.venues} topics={data.topics} organizations={data.organizations} />)
    expect(await screen.findByText(/^No agency takes positions in more than one cable in this view \(1 agency\)\.$/)).toBeInTheDocument()
    unmount()
    // One row fits: no word of scrolling for it.
    expect(screen.queryByText(/scroll the table for them all/)).not.toBeInTheDocument()
  })

  it('name each agency with its side in one pair of brackets', async () => {
    const data = mockDataset()
    // Unnamed Chinese officials speak in one of the five cables (07BEIJING2566 ¶18); made to speak in a second here.
    const inSecondCable = data.issues.find((i) => i.citations[0]?.cableId === '07BEIJING2455')!
    const spoken = data.positions.find((p) => p.organizationId === 'chinese-officials')!
    const positions = [...data.positions, { ...spoken, id: 'unnamed-in-a-second-cable', issueId: inSecondCable.id, citations: [{ ...spoken.citations[0]!, cableId: '07BEIJING2455' }] }]
    render(<CorpusViews {...props} cables={data.cables} issues={data.issues} positions={positions} venues={data.venues} topics={data.topics} organizations={data.organizations} />)
    const agencies = await screen.findByRole('table', { name: /Positions by agency and cable/ })
    expect(within(agencies).getByRole('rowheader', { name: /^MOFCOM \(China\)/ })).toBeInTheDocument()
    // Not "Chinese officials (unnamed) (China)".
    expect(within(agencies).getByRole('rowheader', { name: /^Chinese officials \(unnamed, China\)/ })).toBeInTheDocument()
    // Unnamed officials in two cables are not "an agency in more than one cable": 2 of 35, USTR and the SPC.
    expect(screen.getByText(/^2 agencies of 35 take positions in more than one cable in this view\. .* Chinese officials \(unnamed\) in 2 cables may not be the same people: not counted as one agency across cables\.$/)).toBeInTheDocument()
  })

  it('say when a table holds more rows than its box shows', async () => {
    render(views())
    const topics = await screen.findByRole('table', { name: /Issues by topic and cable/ })
    const rows = within(topics).getAllByRole('row').length - 1
    expect(rows).toBeGreaterThan(8)
    expect(screen.getByText(`${rows} rows: scroll the table for them all.`)).toBeInTheDocument()
  })
})
