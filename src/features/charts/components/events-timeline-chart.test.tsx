import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CableEvent, Venue } from '@/contract/schemas'
import { eventCableId } from '@/domain/selectors/filter-dashboard'
import { allAnnotations } from '../../../../data/annotations/index.ts'
import { buildLookups } from '@/domain/selectors/lookups'
import { cables, events, guangzhouVenue, lookups, otherCableEvents, venues } from '../testing/fixtures'
import { EventsTimelineChart } from './events-timeline-chart'

/** Each lane label's lines joined by a space (at the tests' 960px a long label wraps; a cable lane's id and post take a line each). */
const laneLabels = (container: HTMLElement) => [...container.querySelectorAll('svg.events-timeline [data-lane-label]')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '))
const keyItems = () => within(screen.getByRole('list', { name: 'Events on the timeline' })).getAllByRole('listitem').map((li) => li.textContent)

describe('EventsTimelineChart across cables', () => {
  it('draws one lane per cable, named by id and post, over the window the events need', () => {
    const { container } = render(<EventsTimelineChart events={[...events, ...otherCableEvents]} allVenues={[guangzhouVenue, ...venues]} cables={cables} lookups={lookups} />)
    expect(screen.getByRole('heading', { name: 'Timeline of dated events, January 2006 to August 2008' })).toBeInTheDocument()
    expect(laneLabels(container)).toEqual(['07GUANGZHOU376 Consulate Guangzhou', '07BEIJING2566 Embassy Beijing', '08SHANGHAI330 Consulate Shanghai'])
    expect(screen.getByText('6 dated events fall between January 2006 and August 2008 across 3 lanes, one per cable; 07BEIJING2566 has the most (3). 2 events lie outside the timeline.', { selector: 'p' })).toBeInTheDocument()
    // The key names each event's cable; an event with no venue sits in its cable's lane.
    expect(keyItems()).toEqual([
      expect.stringMatching(/^April 2006 — Provincial review announced \(07GUANGZHOU376: Not tied to one meeting\)/),
      expect.stringMatching(/^August 2006 — BCB Internet enforcement starts \(07BEIJING2566: Beijing Copyright Bureau\)/),
      expect.stringMatching(/AmCham MOU signed \(07BEIJING2566: Chaoyang District government\)/),
      expect.stringMatching(/Fujian meeting \(07GUANGZHOU376: Fujian Province officials\)/),
      expect.stringMatching(/USTR meetings in Beijing \(07BEIJING2566: Not tied to one meeting\)/),
      expect.stringMatching(/Farewell visit to Shanghai \(08SHANGHAI330: Not tied to one meeting\)/),
    ])
    // Each mark says, on hover, which event of the key it is: a presenter need not scroll down to the key.
    const marks = [...container.querySelectorAll('svg.events-timeline g[data-event-kind]')]
    expect(marks).toHaveLength(6)
    for (const mark of marks) expect(mark.querySelector('title')?.textContent).toMatch(new RegExp(`^${mark.querySelector('text')?.textContent}\\. `))
    expect(marks.map((mark) => mark.querySelector('title')?.textContent)).toContainEqual(expect.stringMatching(/^3\. .* — .*AmCham MOU signed/))
    expect(screen.getByRole('heading', { level: 4, name: 'Outside the timeline: before January 2006, after August 2008, or running past either end' })).toBeInTheDocument()
    expect(screen.getByText(/when a cable gives no more precise date/)).toBeInTheDocument()
    expect(screen.getByText(/^Sources:/)).toHaveTextContent('Sources: 07BEIJING2566 ¶1¶2¶9¶10¶13; 07GUANGZHOU376 ¶2¶5; 08SHANGHAI330 ¶1')
  })

  it('keeps venue lanes, and the words for one cable, when the view holds one cable', () => {
    const { container } = render(<EventsTimelineChart events={events} allVenues={venues} cables={cables} lookups={lookups} />)
    expect(screen.getByRole('heading', { name: 'Timeline of dated events, January 2006 to April 2007' })).toBeInTheDocument()
    expect(laneLabels(container)).toEqual(['Beijing Copyright Bureau', 'Chaoyang District government', 'Not tied to one meeting'])
    expect(screen.getByText(/when the cable gives no more precise date/)).toBeInTheDocument()
    expect(screen.getByText(/^Source:/)).toHaveTextContent('Source: 07BEIJING2566 ¶1¶2¶9¶10¶13')
  })
})

describe("07BEIJING2566 alone, from the corpus, draws today's timeline", () => {
  // The curated events and venues of the five cables, as the dataset builder gives them their cable (the builder itself reads files, which jsdom cannot).
  const dataset = {
    cables,
    venues: allAnnotations.flatMap((a) => a.venues.map((v): Venue => ({ ...v, cableId: a.cableId, citations: v.citations.map((c) => ({ ...c, cableId: a.cableId })), markings: [] }))),
    events: allAnnotations.flatMap((a) => a.events.map((e): CableEvent => ({ ...e, citations: e.citations.map((c) => ({ ...c, cableId: a.cableId })), markings: [] }))),
    lookups: buildLookups({
      organizations: allAnnotations.flatMap((a) => a.organizations.map((o) => ({ ...o, citations: [], markings: [] }))),
      people: allAnnotations.flatMap((a) => a.people.map((p) => ({ ...p, citations: [], markings: [] }))),
      topics: [],
    }),
  }
  const venueCable = new Map(dataset.venues.map((v) => [v.id, v.cableId]))
  const seed = dataset.events.filter((e) => eventCableId(e, venueCable) === '07BEIJING2566')

  it('with the same window, the same venue lanes and the same numbering', () => {
    const { container } = render(<EventsTimelineChart events={seed} allVenues={dataset.venues} cables={dataset.cables} lookups={dataset.lookups} />)
    expect(screen.getByRole('heading', { name: 'Timeline of dated events, January 2006 to April 2007' })).toBeInTheDocument()
    // Lanes by who met, not by theme ("Silk Market" read as the subject of every Chaoyang event); the
    // corpus's second "Supreme People's Court" and "Embassy comment" venues name their cables.
    expect(laneLabels(container)).toEqual([
      'Beijing Copyright Bureau', 'Chaoyang District government', 'Ministry of Education', 'Ministry of Commerce (MOFCOM)',
      "Supreme People's Court (07BEIJING2566)", 'Embassy comment (07BEIJING2566)', 'Not tied to one meeting',
    ])
    // Numbers run in date order across lanes, as before: first the state "since 2006", last the April 10 statements.
    const key = keyItems()
    expect(key).toHaveLength(19)
    expect(key[0]).toMatch(/^since 2006, as of 16 March 2007/)
    expect(key[1]).toMatch(/^March 2006 — USTR pointed out: A conversation about transparency/)
    expect(key.at(-1)).toMatch(/^since 10 April 2007, as of 18 April 2007 .* Chinese officials repeatedly note/)
    expect(within(screen.getByRole('list', { name: 'Outside the timeline' })).getAllByRole('listitem')).toHaveLength(seed.length - 19)
  })

  it("says who reported each event the cable does not state in its own voice, in the key and the table", async () => {
    render(<EventsTimelineChart events={seed} allVenues={dataset.venues} cables={dataset.cables} lookups={dataset.lookups} />)
    const key = keyItems()
    // ¶17: "USTR pointed out that … MOFCOM had not yet made available enforcement statistics for 2006": USTR's charge, not a fact.
    expect(key.find((line) => line?.includes('had not yet made available enforcement statistics'))).toMatch(/ — USTR pointed out: Following a March 2006 conversation/)
    expect(key.find((line) => line?.includes('Beijing starts to focus on Internet-related'))).toMatch(/ — Wang Yefei \(BCB\) told USTR: Beijing starts to focus on Internet-related/)
    const cells = within(screen.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true })
    const header = within(cells[0]!).getAllByRole('columnheader', { hidden: true }).map((c) => c.textContent)
    const saidBy = header.indexOf('Attribution')
    expect(saidBy).toBeGreaterThan(-1)
    const rows = cells.slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent))
    expect(rows.find((r) => r[0]?.includes('had not yet made available'))?.[saidBy]).toBe('USTR pointed out')
    expect(rows.some((r) => r[saidBy] === 'The cable states it')).toBe(true)
  })

  it('and the whole corpus spreads over January 2006 to August 2008 in five cable lanes', () => {
    const { container } = render(<EventsTimelineChart events={dataset.events} allVenues={dataset.venues} cables={dataset.cables} lookups={dataset.lookups} />)
    expect(screen.getByRole('heading', { name: 'Timeline of dated events, January 2006 to August 2008' })).toBeInTheDocument()
    expect(laneLabels(container)).toEqual(['07GUANGZHOU376 Consulate Guangzhou', '07BEIJING2455 Embassy Beijing', '07BEIJING2463 Embassy Beijing', '07BEIJING2566 Embassy Beijing', '08SHANGHAI330 Consulate Shanghai'])
    expect(screen.getByText(/60 dated events fall between January 2006 and August 2008 across 5 lanes, one per cable/, { selector: 'p' })).toBeInTheDocument()
  })
})
