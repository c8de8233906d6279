import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { MAX_SHOWN_VENUES, MAX_VENUE_ROWS } from '../lib/fold-venues'
import { manyVenues, type ManyVenues } from '../testing/many-venues'
import { EventsTimelineChart } from './events-timeline-chart'
import { IssuesByTopicChart } from './issues-by-topic-chart'
import { PositionsByVoiceChart } from './positions-by-voice-chart'
import { lookups, topics } from '../testing/fixtures'

let data: ManyVenues
beforeAll(() => {
  data = manyVenues(200, 50)
})

const table = async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Show data table' }))
  return screen.getByRole('table')
}

async function downloadedCsv(): Promise<string> {
  const blobs: Blob[] = []
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:test'), revokeObjectURL: () => {} }))
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  await userEvent.click(screen.getByRole('button', { name: 'CSV' }))
  return blobs[0]!.text()
}

describe('charts at 200 venues', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('stacks issues for the busiest venues and one Other venues series; the table and CSV keep all 200', async () => {
    const { container } = render(<IssuesByTopicChart issues={data.issues} topics={topics} allVenues={data.venues} />)
    expect(container.querySelectorAll('.recharts-bar-rectangles').length).toBeLessThanOrEqual(MAX_SHOWN_VENUES + 1)
    const legend = screen.getByRole('list', { name: 'Venues' })
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...data.busiest, 'Other venues (192)'])
    expect(screen.getByText(/; 192 smaller venues are grouped as Other venues\.$/, { selector: 'p' })).toBeInTheDocument()
    const columns = within(await table()).getAllByRole('columnheader').map((th) => th.textContent)
    expect(columns).toHaveLength(200 + 2)
    expect(columns).toContain('Venue 137')
    const csv = await downloadedCsv()
    expect(csv.split('\r\n')[0]?.split(',')).toHaveLength(203)
  })

  it('draws a row per busiest venue and one Other venues row; the table and CSV list every venue', async () => {
    const { container } = render(<PositionsByVoiceChart positions={data.positions} issues={data.issues} allVenues={data.venues} />)
    // The venue axis's ticks; the count axis's are numbers.
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent).filter((t) => !/^\d+$/.test(t ?? ''))
    expect(ticks).toHaveLength(MAX_VENUE_ROWS + 1)
    expect(ticks).toEqual(expect.arrayContaining(data.busiest))
    expect(ticks.at(-1)).toBe(`Other venues (${200 - MAX_VENUE_ROWS})`)
    expect(screen.getByText(new RegExp(`the most \\(\\d+( each)?\\); ${200 - MAX_VENUE_ROWS} smaller venues are grouped as Other venues\\.`), { selector: 'p' })).toBeInTheDocument()
    expect(within(await table()).getAllByRole('row')).toHaveLength(200 + 1)
    const csv = await downloadedCsv()
    for (const v of data.venues) expect(csv).toContain(`\r\n${v.title},`)
  })

  it('at the five cables\' 19 venues, gives each venue a row of its own: no "Other venues" bar outgrowing them all', () => {
    const nineteen = manyVenues(19, 1)
    const { container } = render(<PositionsByVoiceChart positions={nineteen.positions} issues={nineteen.issues} allVenues={nineteen.venues} />)
    const ticks = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent).filter((t) => !/^\d+$/.test(t ?? ''))
    expect(ticks).toEqual(nineteen.venues.map((v) => v.title))
    expect(screen.queryByText(/grouped as Other venues/)).not.toBeInTheDocument()
  })

  it('keeps a lane for the first venues (all have one event) and one Other venues lane; the key and table keep every event', async () => {
    const { container } = render(<EventsTimelineChart events={data.events} allVenues={data.venues} lookups={lookups} />)
    const laneLabels = [...container.querySelectorAll('svg.events-timeline text[x="8"]')].map((t) => t.textContent)
    expect(laneLabels).toEqual([...data.venues.slice(0, MAX_SHOWN_VENUES).map((v) => v.title), 'Other venues (192)'])
    expect(screen.getByText(/200 dated events fall .* across 9 lanes; Venue 1, Venue 2, .* and Venue 200 tie for the most \(1 each\); 192 smaller venues are grouped as Other venues\./)).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Events on the timeline' })).getAllByRole('listitem')).toHaveLength(200)
    // The Other lane draws one mark per date its venues share (three dates here), numbered as a range, not 192 marks.
    const marks = container.querySelectorAll('svg.events-timeline > g > g > circle, svg.events-timeline > g > g > rect')
    expect(marks).toHaveLength(MAX_SHOWN_VENUES + 3)
    for (const range of ['4–67', '71–134', '137–200']) expect(within(container.querySelector('svg.events-timeline')!).getByText(range)).toBeInTheDocument()
    expect(within(await table()).getAllByRole('row')).toHaveLength(200 + 1)
  })
})
