import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cables, events, figures, issues, lookups, organizations, positions, topics, venues } from '../testing/fixtures'
import { resetFilterStore, useFilterStore } from '@/lib/filter-store'
import ChartsSection, { type ChartsSectionProps } from './charts-section'

const all: ChartsSectionProps = { figures, issues, positions, events, topics, organizations, allVenues: venues, cables, lookups }
const card = (name: RegExp) => screen.getByRole('region', { name })

describe('ChartsSection', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('gives every chart a heading, a takeaway, paragraph links and a data table', () => {
    render(<ChartsSection {...all} />)
    expect(screen.getByRole('heading', { level: 2, name: /Figures the cables give/ })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6)
    // Tables stay available to screen readers while the charts are shown.
    expect(screen.getAllByRole('table')).toHaveLength(6)
    expect(within(card(/Counterfeit share/)).getByRole('link', { name: 'Paragraph 11 of 07BEIJING2566' })).toHaveAttribute('href', expect.stringMatching(/^\/reader\/07BEIJING2566#p11/))
  })

  it('shows empty notes, not a crash, when the filters leave nothing', () => {
    render(<ChartsSection figures={[]} issues={[]} positions={[]} events={[]} topics={topics} organizations={organizations} allVenues={venues} cables={cables} lookups={lookups} />)
    expect(screen.getByText(/Silk Street counterfeit figure is not among/)).toBeInTheDocument()
    expect(screen.getByText(/CIECC visitor figure is not among/)).toBeInTheDocument()
    expect(screen.getByText('No further figures match the current filters.')).toBeInTheDocument()
    expect(screen.getByText('No issues match the current filters.')).toBeInTheDocument()
    expect(screen.getByText('No positions match the current filters.')).toBeInTheDocument()
    expect(screen.getByText('No dated events match the current filters.')).toBeInTheDocument()
  })

  it('shows the other figures as tiles with their qualifiers and who asserted them', () => {
    render(<ChartsSection {...all} />)
    const tiles = card(/Key figures/)
    expect(within(tiles).getByText('more than 6,000', { selector: 'p' })).toBeInTheDocument()
    expect(within(tiles).getByText('Nationwide IPR complaint centres', { selector: 'p' })).toBeInTheDocument()
    expect(within(tiles).getAllByText('MOFCOM', { selector: 'dd' })).toHaveLength(1)
    expect(within(tiles).queryByText('up to 80–90%')).not.toBeInTheDocument()
  })

  it('gives a key figure an agency only cites with its source in the data table too', () => {
    const cited = { ...figures[2]!, id: 'fig-cited', label: 'WTO cases against China', display: '2', source: "USTR's April 9 announcement" }
    render(<ChartsSection {...all} figures={[...figures, cited]} />)
    const table = within(card(/Key figures/)).getByRole('table')
    const column = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === 'Source')
    expect(column).toBeGreaterThan(-1)
    const row = within(table).getByRole('row', { name: /WTO cases against China/ })
    expect(within(row).getAllByRole('cell')[column - 1]).toHaveTextContent("USTR's April 9 announcement")
  })

  it('names the cable of each key figure, and says "the cables" with their own paragraphs once figures come from several', () => {
    const { rerender } = render(<ChartsSection {...all} />)
    expect(within(card(/Key figures, as the cable states them/)).getAllByText('07BEIJING2566 (Embassy Beijing)', { selector: 'dd' })).toHaveLength(2)
    expect(within(card(/Key figures/)).getByText(/^2 further figures from 07BEIJING2566 in this view/)).toBeInTheDocument()
    const guangzhou = { ...figures[2]!, id: 'fig-gz', label: 'Pirate music websites closed', display: 'seven', citations: [{ cableId: '07GUANGZHOU376', paragraph: 6, quote: 'seven' }] }
    rerender(<ChartsSection {...all} figures={[...figures, guangzhou]} />)
    const tiles = card(/Key figures, as the cables state them/)
    expect(within(tiles).getByText('07GUANGZHOU376 (Consulate Guangzhou)', { selector: 'dd' })).toBeInTheDocument()
    expect(within(tiles).getByText(/^3 further figures from 2 cables in this view/)).toBeInTheDocument()
    expect(within(tiles).getByText(/^Sources:/)).toHaveTextContent('Sources: 07BEIJING2566 ¶13¶15; 07GUANGZHOU376 ¶6')
  })

  it('counts issues and positions from the arrays it is given', () => {
    const { rerender } = render(<ChartsSection {...all} />)
    expect(within(card(/Issues by topic/)).getByText(/4 issues touch 3 topics; the most common are Counterfeit markets and Transparency and statistics \(2 issues each\)/)).toBeInTheDocument()
    expect(within(card(/Positions at each venue/)).getByText(/Of 5 positions recorded in this view, 2 US and 3 Chinese; Chaoyang District government has the most \(3\)/)).toBeInTheDocument()
    rerender(<ChartsSection {...all} issues={issues.filter((i) => i.venueId === 'chaoyang')} positions={positions.slice(0, 3)} />)
    expect(within(card(/Issues by topic/)).getByText(/2 issues touch 2 topics; the most common is Counterfeit markets \(2 issues, all at Chaoyang District government\)/)).toBeInTheDocument()
    expect(within(card(/Positions at each venue/)).getByText(/Of 3 positions recorded in this view, 1 US and 2 Chinese/)).toBeInTheDocument()
  })

  it('shows a table with the counts when asked', async () => {
    render(<ChartsSection {...all} />)
    const positionsCard = card(/Positions at each venue/)
    await userEvent.click(within(positionsCard).getByRole('button', { name: 'Show data table' }))
    const row = within(positionsCard).getByRole('row', { name: /Chaoyang District government/ })
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2', '0', '0', '3'])
  })

  it("counts what the cable states in its own voice apart from the US side, in the takeaway, legend and table", async () => {
    const narration = { ...positions[0]!, id: 'narrated', organizationId: 'us-embassy-beijing', personId: null, reportingVerb: null }
    render(<ChartsSection {...all} positions={[...positions, narration]} />)
    const positionsCard = card(/Positions at each venue/)
    expect(within(positionsCard).getByText(/^Of 6 positions recorded in this view, 2 US, 3 Chinese and 1 in the cable's own account;/)).toBeInTheDocument()
    expect(within(positionsCard).getByRole('list', { name: 'Who says it' })).toHaveTextContent("The cable's own account")
    await userEvent.click(within(positionsCard).getByRole('button', { name: 'Show data table' }))
    expect(within(positionsCard).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Venue', 'United States', 'China', 'Other', "The cable's own account", 'Total'])
    const row = within(positionsCard).getByRole('row', { name: /Chaoyang District government/ })
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2', '0', '1', '4'])
  })

  it('draws the timeline window and lists what falls outside it', () => {
    render(<ChartsSection {...all} />)
    const timeline = card(/Timeline/)
    expect(within(timeline).getByText(/3 dated events fall between January 2006 and April 2007 across 3 lanes; Beijing Copyright Bureau and Chaoyang District government tie for the most \(1 each\)\. 2 events lie outside/)).toBeInTheDocument()
    const outside = within(timeline).getByRole('list', { name: 'Outside the timeline' })
    expect(within(outside).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^2000 — Textbook use grows since 2000/),
      expect.stringMatching(/^2008 — Olympic Games/),
    ])
    expect(within(timeline).getByText(/a dashed bar spans the whole month, year or range/)).toBeInTheDocument()
  })

  it('downloads the table as CSV', async () => {
    const blobs: Blob[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => {} }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<ChartsSection {...all} />)
    await userEvent.click(within(card(/CIECC/)).getByRole('button', { name: 'CSV' }))
    expect(click).toHaveBeenCalledTimes(1)
    const csv = await blobs[0]!.text()
    expect(csv).toContain('United States,20,20%,MOFCOM,U\r\n')
    expect(csv).toContain('"All other visitors, not broken down by the cable",not stated')
  })

  it('says the highest marking of what each chart draws, and gives it with the CSV and the picture', async () => {
    const blobs: Blob[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => {} }))
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const sensitive = figures.map((f) => (f.chart === 'visitor-share' ? { ...f, markings: ['U', 'SBU'] } : f))
    render(<ChartsSection {...all} figures={sensitive} />)
    expect(within(card(/CIECC/)).getByText(/^Highest marking of its sources:/)).toHaveTextContent('Highest marking of its sources: SBU')
    expect(within(card(/Counterfeit share/)).getByText(/^Highest marking of its sources:/)).toHaveTextContent('Highest marking of its sources: U')
    await userEvent.click(within(card(/CIECC/)).getByRole('button', { name: 'CSV' }))
    const [header, ...rows] = (await blobs[0]!.text()).trim().split('\r\n')
    expect(header).toMatch(/,Highest marking of the chart's sources$/)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(/,SBU$/)
  })

  it('names a download from the public-safe view so, as the briefing CSV is named', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => {} }))
    const names = () => click.mock.contexts.map((anchor) => (anchor as HTMLAnchorElement).download)
    render(<ChartsSection {...all} />)
    await userEvent.click(within(card(/CIECC/)).getByRole('button', { name: 'CSV' }))
    useFilterStore.setState((s) => ({ filters: { ...s.filters, publicSafe: true } }))
    await userEvent.click(within(card(/CIECC/)).getByRole('button', { name: 'CSV' }))
    expect(names()).toEqual([expect.not.stringContaining('public-safe'), expect.stringMatching(/-public-safe\.csv$/)])
    resetFilterStore()
  })

  it('exports an SVG that carries the title, the takeaway and the dispute', async () => {
    const blobs: Blob[] = []
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => {} }))
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<ChartsSection {...all} />)
    await userEvent.click(within(card(/Counterfeit share/)).getByRole('button', { name: 'SVG' }))
    const svg = await blobs[0]!.text()
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"(?![^>]*xmlns=)/)
    expect(svg).toContain('Counterfeit share of goods at Silk Street')
    expect(svg).toContain('80–90%')
    expect(svg).toContain('Challenged by the Chaoyang District government')
    expect(svg).toContain('Source: 07BEIJING2566 ¶11')
    expect(svg).toContain('Highest marking of its sources: U')
  })
})
