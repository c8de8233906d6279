import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../../mocks/dataset'
import type { Marking } from '@/contract/schemas'
import { emptyFilters, type DashboardData, type DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { countIssuesByTopicAndVenue } from '@/domain/selectors/venue-counts'
import { buildView, corpusParagraphs } from '@/domain/selectors/view'
import { columnsByVoice } from '@/domain/selectors/voice-columns'
import { buildSlides, chunkByWeight, eventLines, FIGURES_PER_SLIDE, issueLines, showsSummary, TIMELINE_SLIDE_LINES, TOPICS_PER_SLIDE, VENUE_SLIDE_LINES, VENUES_PER_SLIDE, type Slide } from './build-slides'
import { buildDeckNames } from './deck-names'
import { filtersLine } from './filters-line'
import { interpretKey, slideAfter, type DeckAction } from './keyboard'
import { highestMarking } from '@/domain/selectors/markings'
import { clampSlide, searchWithSlide, searchWithoutSlide, slideFromSearch } from './slide-param'
import { slideOutline } from './slide-outline'

const dataset = mockDataset()
const data: DashboardData = { ...dataset, paragraphs: corpusParagraphs(dataset.cables) }

/** The pipeline every page uses: public-safe first, then the filters. */
function deckFor(change: Partial<DashboardFilters> = {}): Slide[] {
  const { visible, filtered } = buildView(data, { ...emptyFilters, ...change })
  return buildSlides({ filtered, topics: dataset.topics, paragraphs: visible.paragraphs, deckTitle: 'Deck' })
}
const kinds = (slides: Slide[]) => slides.map((s) => s.kind)
/** The item marked SBU or U alone. */
const mark = <T extends { markings: Marking[] }>(item: T, sbu: boolean): T => ({ ...item, markings: [sbu ? 'SBU' : 'U'] })
const cited = (slides: Slide[]) => new Set(slides.flatMap((s) => s.citations.map((c) => c.paragraph)))

describe('buildSlides', () => {
  it('builds title, venues, one slide per chart, the timeline and sources from the whole cable', () => {
    const slides = deckFor()
    expect(slides[0]?.kind).toBe('title')
    expect(slides.at(-1)?.kind).toBe('sources')
    for (const kind of ['counterfeit-share', 'visitor-share', 'key-figures', 'issues-by-topic', 'positions-by-voice', 'timeline'] as const) {
      expect(kinds(slides)).toContain(kind)
    }
    const venueIds = new Set(slides.flatMap((s) => (s.kind === 'venue' ? [s.venue.id] : [])))
    expect(venueIds).toEqual(new Set(dataset.venues.map((v) => v.id)))
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length)
  })

  it('keeps every issue and position of the view, split over parts when a venue has many', () => {
    const venues = deckFor().flatMap((s) => (s.kind === 'venue' ? [s] : []))
    expect([...new Set(venues.flatMap((s) => s.issues.map((e) => e.issue.id)))].sort()).toEqual(dataset.issues.map((i) => i.id).sort())
    // Past the budget only a slide of one piece of one issue, one position to a column: nothing left to split
    // (the deck then fits its type to the frame).
    const overfull = venues.filter((s) => s.issues.reduce((n, e) => n + issueLines(e, s.venue.kind), 0) > VENUE_SLIDE_LINES)
    const unsplittable = (s: (typeof venues)[number]) => s.issues.length === 1 && columnsByVoice(s.issues[0]!.positions, s.venue.kind).every((c) => c.positions.length <= 1)
    expect(overfull.filter((s) => !unsplittable(s)).map((s) => s.title)).toEqual([])
    expect(venues.filter((s) => s.issues.length === 0 && s.figures.length === 0 && s.notLoaded.length === 0).map((s) => s.title)).toEqual([])
    expect(venues.flatMap((s) => s.issues.flatMap((e) => e.positions)).length).toBe(dataset.positions.length)
    const bcb = venues.filter((s) => s.venue.id === 'bcb')
    expect(bcb.length).toBeGreaterThan(1)
    expect(bcb[0]?.title).toBe(`Beijing Copyright Bureau (1 of ${bcb.length})`)
  })

  it('says "(continued)" only on a new slide: a part of an issue split for length opens the next one', () => {
    const venues = deckFor().flatMap((s) => (s.kind === 'venue' ? [s] : []))
    const continued = venues.flatMap((s) => s.issues.map((entry, index) => ({ slide: s.title, index, entry })).filter(({ entry }) => entry.continued))
    expect(continued.length).toBeGreaterThan(0)
    expect(continued.filter(({ index }) => index > 0).map(({ slide, entry }) => `${slide}: ${entry.issue.title}`)).toEqual([])
    // No slide shows one issue twice.
    expect(venues.filter((s) => new Set(s.issues.map((e) => e.issue.id)).size < s.issues.length).map((s) => s.title)).toEqual([])
  })

  it('never leaves a figure or two alone on a venue\'s first slide: its first issue opens beside them and goes on over the next', () => {
    const venues = deckFor().flatMap((s) => (s.kind === 'venue' ? [s] : []))
    // Xiamen Customs' one figure had a slide to itself, one line of it full, before an issue that filled the next.
    expect(venues.filter((s) => s.part === 1 && s.parts > 1 && s.issues.length === 0 && s.figures.length <= 2).map((s) => s.title)).toEqual([])
    const xiamen = venues.filter((s) => s.venue.title.startsWith('Xiamen Customs'))
    const opening = xiamen[0]!.issues[0]!
    expect(xiamen[0]!.figures).toHaveLength(1)
    expect(xiamen[1]!.issues[0]).toMatchObject({ issue: opening.issue, continued: 2 })
    // Every side that speaks to it opens on the first slide, in the cable's order, and no position is lost or said twice.
    const parts = xiamen.flatMap((s) => s.issues.filter((e) => e.issue.id === opening.issue.id))
    const all = dataset.positions.filter((p) => p.issueId === opening.issue.id)
    expect(parts.flatMap((e) => e.positions.map((p) => p.id)).sort()).toEqual(all.map((p) => p.id).sort())
    const firstOf = (positions: typeof all) => columnsByVoice(positions, xiamen[0]!.venue.kind).filter((c) => c.positions.length > 0).map((c) => c.positions[0]!.id)
    expect(firstOf(opening.positions)).toEqual(firstOf(all))
  })

  it('gives the summary of an issue no side\'s position is shown for, and only of those', () => {
    const entries = deckFor().flatMap((s) => (s.kind === 'venue' ? s.issues : []))
    const participants = entries.filter((e) => e.issue.title === 'Meeting participants')
    expect(participants.length).toBeGreaterThan(0)
    for (const entry of participants) expect(showsSummary(entry)).toBe(true)
    expect(entries.filter((e) => e.positions.length > 0 && showsSummary(e))).toEqual([])
    // Where the positions did not load, every issue is its heading alone (under the slide's notice), counted so.
    const { filtered, visible } = buildView(data, emptyFilters)
    const withoutPositions = buildSlides({ filtered: { ...filtered, positions: [] }, topics: dataset.topics, paragraphs: visible.paragraphs, deckTitle: 'Deck', notLoaded: ['positions'] })
    const firstVenue = withoutPositions.find((s) => s.kind === 'venue')
    expect(firstVenue?.kind === 'venue' && firstVenue.issues.length).toBeGreaterThan(0)
    expect(participants.some((entry) => showsSummary(entry, false))).toBe(false)
    // Its lines are counted, so the slide still fits.
    const [first] = participants
    expect(issueLines(first!, 'meeting')).toBeGreaterThan(issueLines({ ...first!, issue: { ...first!.issue, summary: '' } }, 'meeting'))
  })

  it('orders the timeline by date, and events of the same dates as the cable gives them', () => {
    const timeline = deckFor().flatMap((s) => (s.kind === 'timeline' ? s.events.map((e) => e.label) : []))
    const meeting = timeline.indexOf('The USTR-led delegation meets Putian officials')
    const tour = timeline.indexOf('Following the meeting, Nike representatives lead the delegation on a tour of Putian')
    expect(meeting).toBeGreaterThanOrEqual(0)
    expect(tour).toBe(meeting + 1)
  })

  it('splits the key figures, the two count tables and the timeline over numbered parts, each item once, the totals the whole view\'s', () => {
    const slides = deckFor()
    const figures = slides.flatMap((s) => (s.kind === 'key-figures' ? [s] : []))
    expect(figures.length).toBeGreaterThan(1)
    expect(figures[0]?.title).toBe(`Key figures, as the cables state them (1 of ${figures.length})`)
    for (const slide of figures) expect(slide.figures.length).toBeLessThanOrEqual(FIGURES_PER_SLIDE)
    // Every figure but the two charted ones, once.
    expect(figures.flatMap((s) => s.figures).length).toBe(dataset.figures.length - 2)
    const topics = slides.flatMap((s) => (s.kind === 'issues-by-topic' ? [s] : []))
    expect(topics.length).toBeGreaterThan(1)
    for (const slide of topics) {
      expect(slide.rows.length).toBeLessThanOrEqual(TOPICS_PER_SLIDE)
      expect(slide.allRows).toBe(topics[0]?.allRows)
    }
    expect(topics.flatMap((s) => s.rows)).toEqual(topics[0]?.allRows)
    const sides = slides.flatMap((s) => (s.kind === 'positions-by-voice' ? [s] : []))
    for (const slide of sides) expect(slide.rows.length).toBeLessThanOrEqual(VENUES_PER_SLIDE)
    expect(sides.flatMap((s) => s.rows)).toEqual(sides[0]?.allRows)
    // An event takes the lines its words wrap to, and one more for an inferred date's basis, said under it.
    const timeline = slides.flatMap((s) => (s.kind === 'timeline' ? [s] : []))
    const lines = (slide: (typeof timeline)[number]) => slide.events.reduce((n, e) => n + eventLines(e), 0)
    for (const slide of timeline) expect(slide.events.length === 1 || lines(slide) <= TIMELINE_SLIDE_LINES).toBe(true)
    // Filled: a slide and the next together would not fit on one.
    timeline.slice(1).forEach((slide, i) => expect(lines(timeline[i]!) + eventLines(slide.events[0]!)).toBeGreaterThan(TIMELINE_SLIDE_LINES))
    const inferred = dataset.events.find((e) => e.start.inferredFrom)!
    expect(eventLines(inferred)).toBeGreaterThan(eventLines({ ...inferred, start: { ...inferred.start, inferredFrom: null }, end: inferred.end && { ...inferred.end, inferredFrom: null } }))
    expect(timeline.flatMap((s) => s.events).length).toBe(dataset.events.length)
    // In date order: by start, and a moment before a span from the same start ("2004" before "2004 – 2005").
    const dates = timeline.flatMap((s) => s.events).map((e) => `${e.start.value} ${(e.end ?? e.start).value}`)
    expect(dates).toEqual([...dates].sort())
    expect(dates.indexOf('2004 2004')).toBeLessThan(dates.indexOf('2004 2005'))
  })

  it("a part of a split table is marked as high as the whole view its takeaway and totals rest on", () => {
    // The whole view, every item U but one issue of a first-part topic (and its positions) SBU: the
    // second part's own rows then rest only on U paragraphs, its takeaway and totals on the SBU one too.
    const { filtered } = buildView(data, emptyFilters)
    const firstPart = new Set(countIssuesByTopicAndVenue(filtered.issues, dataset.topics, filtered.venues).slice(0, TOPICS_PER_SLIDE).map((r) => r.topicId))
    const sensitive = filtered.issues.find((i) => i.topicIds.every((t) => firstPart.has(t)) && filtered.positions.some((p) => p.issueId === i.id))!
    const view = {
      ...filtered,
      issues: filtered.issues.map((i) => mark(i, i.id === sensitive.id)),
      positions: filtered.positions.map((p) => mark(p, p.issueId === sensitive.id)),
    }
    const slides = buildSlides({ filtered: view, topics: dataset.topics, paragraphs: [], deckTitle: 'Deck' })
    const marked = (kind: Slide['kind']) => slides.filter((s) => s.kind === kind).map((s) => highestMarking(s.markings))
    expect(marked('issues-by-topic').length).toBeGreaterThan(1)
    expect(marked('positions-by-voice').length).toBeGreaterThan(1)
    expect(new Set([...marked('issues-by-topic'), ...marked('positions-by-voice')])).toEqual(new Set(['SBU']))
  })

  it('follows the filters: MOFCOM alone has no Silk Street slide', () => {
    const slides = deckFor({ organizations: ['mofcom'] })
    expect(kinds(slides)).not.toContain('counterfeit-share')
    expect(kinds(slides)).toContain('visitor-share')
    expect(slides.flatMap((s) => (s.kind === 'venue' ? [s.venue.id] : []))).not.toContain('chaoyang')
  })

  it('with public-safe on, no slide rests on the SBU paragraphs 18–20 or names the Embassy comment', () => {
    const slides = deckFor({ publicSafe: true })
    for (const n of [18, 19, 20]) expect(cited(slides).has(n)).toBe(false)
    expect(slides.flatMap((s) => s.markings)).not.toContain('SBU')
    expect(slides.some((s) => s.kind === 'venue' && s.venue.id === 'embassy-comment')).toBe(false)
    expect(JSON.stringify(slides)).not.toMatch(/International Visitors Program|considerable direct intervention/)
    const sources = slides.at(-1)
    expect(sources?.kind === 'sources' && sources.paragraphs.every((p) => p.marking === 'U')).toBe(true)
  })

  it('without public-safe, the Embassy comment slide is marked SBU', () => {
    const embassy = deckFor().find((s) => s.kind === 'venue' && s.venue.id === 'embassy-comment')
    expect(embassy && highestMarking(embassy.markings)).toBe('SBU')
    const title = deckFor()[0]
    expect(title?.kind === 'title' && highestMarking(title.deckMarkings)).toBe('SBU')
  })

  it('a view with nothing in it still has a title and a sources slide', () => {
    expect(kinds(deckFor({ query: 'no such words anywhere' }))).toEqual(['title', 'sources'])
  })
})

describe('chunkByWeight', () => {
  it('starts a new run when the budget would be exceeded; a heavy item stands alone', () => {
    expect(chunkByWeight([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]])
    // Nothing of no weight stands alone: a venue without figures opened an empty slide before a heavy issue.
    expect(chunkByWeight([0, 9, 1], (n) => n, 6)).toEqual([[0, 9], [1]])
    // An item that starts anew does, with room to spare.
    expect(chunkByWeight([1, 2, 1], (n) => n, 6, (n) => n === 2)).toEqual([[1], [2, 1]])
  })
})

describe('highestMarking', () => {
  it('orders U < unmarked < SBU < C < S < TS, and nothing at all is "none"', () => {
    expect(highestMarking([])).toBe('none')
    // An unmarked paragraph is not cleared as U (the public-safe view hides it): it outranks U, not the reverse.
    expect(highestMarking([null])).toBe('unmarked (not cleared as U)')
    expect(highestMarking(['U', null])).toBe('unmarked (not cleared as U)')
    expect(highestMarking(['SBU', null, 'U'])).toBe('SBU')
    expect(highestMarking(['U', 'SBU', 'U'])).toBe('SBU')
    expect(highestMarking(['SBU', 'C'])).toBe('C')
    expect(highestMarking(['S', 'C', 'TS', 'U'])).toBe('TS')
    expect(highestMarking(['S//NF', 'C'])).toBe('S//NF')
  })
  it('ranks a marking it does not know above SBU, never below', () => {
    expect(highestMarking(['SBU', 'LOU-X'])).toBe('LOU-X')
    expect(highestMarking(['C', 'LOU-X'])).toBe('C')
  })
})

const act = (key: string, typed = '', extra = {}) => interpretKey({ key, ...extra }, typed)

describe('interpretKey', () => {
  it('maps clicker and keyboard keys to actions', () => {
    const cases: [string, DeckAction['type'], object?][] = [
      ['ArrowRight', 'next'],
      ['PageDown', 'next'],
      [' ', 'next'],
      [' ', 'previous', { shiftKey: true }],
      ['ArrowLeft', 'previous'],
      ['PageUp', 'previous'],
      ['Home', 'first'],
      ['End', 'last'],
      ['Escape', 'leave'],
      ['b', 'toggle-blank'],
      ['B', 'toggle-blank'],
      ['.', 'toggle-blank'],
    ]
    for (const [key, type, extra] of cases) expect([key, act(key, '', extra).action?.type]).toEqual([key, type])
  })
  it('collects digits and jumps on Enter', () => {
    let state = act('1')
    state = interpretKey({ key: '2' }, state.typed)
    expect(state).toEqual({ typed: '12', action: null, handled: true })
    expect(interpretKey({ key: 'Enter' }, state.typed)).toEqual({ typed: '', action: { type: 'go-to', slide: 12 }, handled: true })
    expect(interpretKey({ key: 'Backspace' }, '12').typed).toBe('1')
  })
  it('leaves Enter alone without digits, and browser shortcuts always', () => {
    expect(act('Enter')).toEqual({ typed: '', action: null, handled: false })
    expect(act('ArrowLeft', '', { altKey: true }).handled).toBe(false)
    expect(act('r', '3', { ctrlKey: true }).typed).toBe('3')
  })
  it('another key forgets the digits typed', () => {
    expect(act('x', '3').typed).toBe('')
    expect(act('ArrowRight', '3').typed).toBe('')
  })
})

describe('slide numbers', () => {
  it('moves within the deck and never past either end', () => {
    expect(slideAfter({ type: 'next' }, 9, 9)).toBe(9)
    expect(slideAfter({ type: 'previous' }, 1, 9)).toBe(1)
    expect(slideAfter({ type: 'last' }, 1, 9)).toBe(9)
    expect(slideAfter({ type: 'go-to', slide: 40 }, 1, 9)).toBe(9)
    expect(slideAfter({ type: 'go-to', slide: 0 }, 5, 9)).toBe(1)
    expect(clampSlide(Number.NaN, 9)).toBe(1)
  })
  it('reads ?slide= safely: bad is 1, past the end is the last', () => {
    expect(slideFromSearch('?org=mofcom&slide=3', 9)).toBe(3)
    expect(slideFromSearch('', 9)).toBe(1)
    expect(slideFromSearch('?slide=abc', 9)).toBe(1)
    expect(slideFromSearch('?slide=-2', 9)).toBe(1)
    expect(slideFromSearch('?slide=2.5', 9)).toBe(1)
    expect(slideFromSearch('?slide=99', 9)).toBe(9)
  })
  it('writes the slide beside the filters and removes it on the way back', () => {
    expect(searchWithSlide('?org=mofcom,bcb&safe=1', 4)).toBe('?org=mofcom,bcb&safe=1&slide=4')
    expect(searchWithSlide('?slide=2&safe=1', 3)).toBe('?slide=3&safe=1')
    expect(searchWithoutSlide('?org=mofcom&slide=4')).toBe('?org=mofcom')
    expect(searchWithoutSlide('?slide=4')).toBe('')
  })
})

describe('filtersLine', () => {
  it('names every active filter on one line, public-safe first, in the words of the printed cover', () => {
    expect(filtersLine({ ...emptyFilters, publicSafe: true, organizations: ['mofcom'], query: ' silk ' }, dataset)).toBe('Public-safe (only U paragraphs) · Agency: MOFCOM · Search: “silk”')
    expect(filtersLine({ ...emptyFilters, markings: ['none'], cables: ['07BEIJING2566'] }, dataset)).toBe('Cable: 07BEIJING2566 · Marking: unmarked')
    expect(filtersLine(emptyFilters, dataset)).toBe('none (everything this dashboard records)')
  })
})

describe('slideOutline', () => {
  it('lists every slide once, in order, by part, with venues named as the dashboard names them', () => {
    const slides = deckFor()
    const outline = slideOutline(slides, buildDeckNames(dataset))
    expect(outline.map((group) => group.label)).toEqual(['Opening', 'Venues', 'Charts', 'Timeline', 'Sources'])
    expect(outline.flatMap((group) => group.slides.map((slide) => slide.number))).toEqual(slides.map((_, index) => index + 1))
    const labels = outline.flatMap((group) => group.slides.map((slide) => slide.label))
    // Several venues are called "Embassy comment": each says whose cable it comments on.
    const embassyComments = labels.filter((label) => label.includes('Embassy comment'))
    expect(embassyComments.length).toBeGreaterThan(1)
    for (const label of embassyComments) expect(label).toMatch(/^\d+\. Embassy comment \(\d{2}[A-Z]+\d+\)(, \d+ of \d+)?$/)
    // A venue over several slides gives each part.
    const parted = slides.findIndex((slide) => slide.kind === 'venue' && slide.parts > 1)
    expect(labels[parted]).toMatch(new RegExp(`^${parted + 1}\\. .+, 1 of \\d+$`))
  })

  it('says what each timeline and key-figure part holds, not only its number', () => {
    const slides = deckFor()
    const labels = slideOutline(slides, buildDeckNames(dataset)).flatMap((group) => group.slides.map((slide) => slide.label))
    const timeline = slides.flatMap((slide, index) => (slide.kind === 'timeline' ? [{ slide, label: labels[index]! }] : []))
    expect(timeline.length).toBeGreaterThan(1)
    timeline.forEach(({ slide, label }, i) => {
      // The part's first event's year opens its span, and the part says which of the run it is.
      expect(label).toMatch(new RegExp(`^\\d+\\. Timeline, [^,]*${slide.events[0]!.start.value.slice(0, 4)}`))
      expect(label).toMatch(new RegExp(`, ${i + 1} of ${timeline.length}$`))
    })
    // Two parts do not read the same.
    expect(new Set(timeline.map((t) => t.label.replace(/^\d+\. /, '').replace(/, \d+ of \d+$/, ''))).size).toBeGreaterThan(1)
    const figures = slides.flatMap((slide, index) => (slide.kind === 'key-figures' ? [{ slide, label: labels[index]! }] : []))
    expect(figures.length).toBeGreaterThan(1)
    for (const { slide, label } of figures) {
      for (const cableId of new Set(slide.figures.flatMap((f) => f.citations.map((c) => c.cableId)))) expect(label).toContain(cableId)
    }
  })

  it('keeps a timeline that did not load with the timeline', () => {
    const { filtered, visible } = buildView(data, emptyFilters)
    const slides = buildSlides({ filtered, topics: dataset.topics, paragraphs: visible.paragraphs, deckTitle: 'Deck', notLoaded: ['events'] })
    expect(slideOutline(slides, buildDeckNames(dataset)).map((group) => group.label)).toEqual(['Opening', 'Venues', 'Charts', 'Timeline', 'Sources'])
  })
})
