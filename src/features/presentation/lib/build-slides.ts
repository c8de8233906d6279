/**
 * The deck: the current filtered, public-safe view turned into an ordered list of slides.
 * Pure: it sees only what useFilteredView has already let through, so a slide can never
 * show more than the dashboard does.
 */
import { chronological } from '@/domain/selectors/chronological'
import type { OptionalResource } from '@/api/dashboard-data'
import type { CableEvent, Citation, Figure, Issue, Marking, Position, Topic, Venue } from '@/contract/schemas'
import { paragraphKey, type CorpusParagraph } from '@/domain/selectors/filter-dashboard'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import { figureCitations, isCounterfeitShareFigure, isUsVisitorShareFigure } from '@/domain/selectors/figures'
import { columnsByVoice, type VoiceColumn } from '@/domain/selectors/voice-columns'
import { countIssuesByTopicAndVenue, countPositionsByVoiceAndVenue, POSITIONS_BY_VOICE_TITLE, type TopicVenueCount, type VenueVoiceCount } from '@/domain/selectors/venue-counts'
import { compareText } from '@/domain/compare-text'
import { inferredBases } from '@/lib/format'

interface SlideBase {
  /** Stable across renders, e.g. "venue-bcb-2". */
  id: string
  title: string
  /** Every paragraph what is on the slide rests on. */
  citations: Citation[]
  /** The markings of those paragraphs (the items' own `markings`). */
  markings: Marking[]
}

export interface IssueWithPositions {
  issue: Issue
  positions: Position[]
  /** Set when an issue with many positions goes on over several slides: this is part `continued` (2, 3, ...). */
  continued?: number
}

export interface SourceParagraph {
  cableId: string
  paragraph: number
  /** undefined when the cable text did not load, so the paragraph's marking is not known here. */
  marking: Marking | undefined
}

export type Slide = SlideBase &
  (
    | { kind: 'title'; deckMarkings: Marking[]; counts: DeckCounts; notLoaded: readonly OptionalResource[] }
    // `narrowed`: public-safe or a filter may have left a side silent, so its silence is this view's, not the cable's.
    | { kind: 'venue'; venue: Venue; part: number; parts: number; issues: IssueWithPositions[]; figures: Figure[]; notLoaded: readonly OptionalResource[]; narrowed: boolean }
    | { kind: 'not-loaded'; resource: OptionalResource }
    | { kind: 'counterfeit-share'; figure: Figure }
    | { kind: 'visitor-share'; figure: Figure }
    | { kind: 'key-figures'; figures: Figure[] }
    // `rows` is this slide's part of the table; `allRows` the whole view's, for its totals and bar scale.
    | { kind: 'issues-by-topic'; rows: TopicVenueCount[]; allRows: TopicVenueCount[] }
    | { kind: 'positions-by-voice'; rows: VenueVoiceCount[]; allRows: VenueVoiceCount[] }
    | { kind: 'timeline'; events: CableEvent[]; part: number; parts: number }
    | { kind: 'sources'; paragraphs: SourceParagraph[] }
  )

export type SlideKind = Slide['kind']

export interface DeckCounts {
  venues: number
  issues: number
  positions: number
  figures: number
  events: number
}

export interface DeckInput {
  filtered: FilteredDashboard
  topics: readonly Topic[]
  /** The paragraphs left after public-safe, for the sources slide's markings. */
  paragraphs: readonly CorpusParagraph[]
  /** The title slide's heading, e.g. the cable's subject. */
  deckTitle: string
  /**
   * Resources that failed to load and that the presenter chose to go on without: their slides
   * say "not loaded" where the data would be, never "no position recorded" or a count of 0.
   */
  notLoaded?: readonly OptionalResource[]
  /** Public-safe or a filter is on: a side with nothing to say is silent in this view, perhaps not in the cable. */
  narrowed?: boolean
}

/**
 * How much a venue slide holds below its title and dateline, in lines of the deck's type: its issues
 * and figures (the footer has its own room). The same at every 16:9 size, as the type scales with it.
 */
export const VENUE_SLIDE_LINES = 21
/** Characters a full-width line holds at the deck's type, on average (narrow letters and spaces balance the wide). */
const SLIDE_LINE_CHARS = 110
/** A column with no position is 8em wide (slides.css): this share of the line; the voices that spoke share the rest. */
const SILENT_COLUMN_SHARE = 0.15
/** A position's bold lead-in and kind, "Xu Yongji (MOE) said (claim): ", in characters: a typical one; longer ones the frame's fit absorbs. */
const LEAD_IN_CHARS = 28
/** A position's bullet and indent, in characters of its column's line. */
const BULLET_CHARS = 3
/** An issue's heading and its columns' headings. */
const ISSUE_HEADING_LINES = 2.5
/**
 * How much a timeline slide holds, in lines of the deck's type. Counted as events (7, an inferred date's
 * basis as one more) it held three two-line events and left 60% of the screen empty: 17 slides of
 * timeline for the five cables.
 */
export const TIMELINE_SLIDE_LINES = 18
/** Characters a line of an event's text holds: the slide's line less its date column (8em and a gap). */
const TIMELINE_TEXT_CHARS = 88
/** An event's speaker ("USTR pointed out: ") and its venue in brackets, in characters: typical ones. */
const EVENT_EXTRA_CHARS = 45
/** An event whose date is inferred carries a line saying from what. */
const inferredLine = (event: CableEvent) => (inferredBases(event.start, event.end).length > 0 ? 1 : 0)
/** Lines an event takes on a timeline slide: its words wrapped, the basis of an inferred date, and the rule under it. */
export const eventLines = (event: CableEvent) => Math.ceil((event.label.length + EVENT_EXTRA_CHARS) / TIMELINE_TEXT_CHARS) + inferredLine(event) + 0.3
/** Key figures per slide: each tile is its value, its label and who gives it (the five cables hold 40). */
export const FIGURES_PER_SLIDE = 6
/** Topic rows per slide of the issues-by-topic table (the five cables touch 34 topics). */
export const TOPICS_PER_SLIDE = 10
/** Venue rows per slide of the positions-by-voice table (the five cables hold 19 venues). */
export const VENUES_PER_SLIDE = 10
/** "Title (2 of 3)" when a slide's content runs to several. */
const partTitle = (title: string, i: number, parts: number) => (parts > 1 ? `${title} (${i + 1} of ${parts})` : title)

/** `items` over as many slides as they need, `perSlide` each, titled "Title (2 of 3)"; `slide` makes one from its part. */
function inParts<T>(items: readonly T[], perSlide: number, title: string, slide: (part: T[], title: string, number: number) => Slide): Slide[] {
  const parts = chunkByWeight(items, () => 1, perSlide)
  return parts.map((part, i) => slide(part, partTitle(title, i, parts.length), i + 1))
}
/** A "not loaded" notice is about two lines. */
const NOTICE_LINES = 2

const markingsOf = (items: readonly { markings: Marking[] }[]) => items.flatMap((item) => item.markings)
const citationsOf = (items: readonly { citations: Citation[] }[]) => items.flatMap((item) => item.citations)

/**
 * Splits `items` into runs whose summed weight stays within `budget` (an item heavier than it gets a slide
 * alone), and a new run at each item that `startsAnew`. Items of no weight go with what follows: a venue
 * without figures opened an empty slide when its first issue was heavier than a slide.
 */
export function chunkByWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number, startsAnew: (item: T) => boolean = () => false): T[][] {
  const chunks: T[][] = []
  let current: T[] = []
  let used = 0
  for (const item of items) {
    const w = weight(item)
    if (used > 0 && (used + w > budget || startsAnew(item))) {
      chunks.push(current)
      current = []
      used = 0
    }
    current.push(item)
    used += w
  }
  if (current.length) chunks.push(current)
  return chunks
}

/** Characters a line of each of an issue's columns holds: the voices that spoke share what the silent ones leave. */
function columnChars(columns: readonly VoiceColumn<Position>[]): number {
  const spoke = columns.filter((c) => c.positions.length > 0).length
  const silent = columns.length - spoke
  return Math.max(1, Math.floor((SLIDE_LINE_CHARS * (1 - SILENT_COLUMN_SHARE * silent)) / Math.max(spoke, 1)) - BULLET_CHARS)
}

const positionLines = (position: Position, chars: number) => Math.ceil((LEAD_IN_CHARS + position.paraphrase.length) / chars)

/**
 * Lines an issue takes on a slide: its headings, then its longest column, each position wrapped at its
 * column's width. Counting positions alone let a fourth column (the cable's own account) narrow the
 * others until their words ran past the frame.
 */
export function issueLines(entry: IssueWithPositions, venueKind: Venue['kind'], positionsLoaded = true): number {
  const columns = columnsByVoice(entry.positions, venueKind)
  const chars = columnChars(columns)
  const summary = showsSummary(entry, positionsLoaded) ? Math.ceil((SUMMARY_LEAD_IN_CHARS + entry.issue.summary.length) / SLIDE_LINE_CHARS) : 0
  return ISSUE_HEADING_LINES + summary + Math.max(0, ...columns.map((c) => c.positions.reduce((n, p) => n + positionLines(p, chars), 0)))
}

/** "The cable states: ", in characters. */
const SUMMARY_LEAD_IN_CHARS = 18

/**
 * Whether a slide gives the issue's summary: only where no side's position is shown, as a slide reads
 * out what each side said. Without it, an issue such as "Meeting participants" (the cable's list of who
 * attended) was a heading over "No position recorded" twice. Not where the positions did not load: every
 * issue then shows its heading alone, under the slide's one notice.
 */
export const showsSummary = (entry: IssueWithPositions, positionsLoaded = true): boolean => positionsLoaded && entry.positions.length === 0 && !entry.continued

/** A key figure: its value, label and source on one line, or more where they are long. */
const figureLines = (figure: Figure) => Math.ceil((figure.display.length + figure.label.length + 30) / SLIDE_LINE_CHARS)

/** An issue whose longest column runs past a slide is split, each column in order, so nothing is cut off the screen. */
function splitLongIssue(entry: IssueWithPositions, venueKind: Venue['kind']): IssueWithPositions[] {
  const room = VENUE_SLIDE_LINES - ISSUE_HEADING_LINES
  const columns = columnsByVoice(entry.positions, venueKind)
  const chars = columnChars(columns)
  // Each column's positions in runs that fit the room; a run of one longer than the room stands alone.
  const runs = columns.map((c) => chunkByWeight(c.positions, (p) => positionLines(p, chars), room))
  const pieces = Math.max(1, ...runs.map((r) => r.length))
  if (pieces === 1) return [entry]
  return Array.from({ length: pieces }, (_, i) => {
    const piece = { issue: entry.issue, positions: runs.flatMap((r) => r[i] ?? []) }
    return i === 0 ? piece : { ...piece, continued: i + 1 }
  })
}

/**
 * The first part of an issue that fits `room` lines below its headings (each side's first positions, in
 * order), then the rest, "(continued)", split again wherever it runs past a slide. Null where a side's
 * first position alone would not fit: that side would read as silent on the first part.
 */
function splitToFit(entry: IssueWithPositions, venueKind: Venue['kind'], room: number): IssueWithPositions[] | null {
  const allColumns = columnsByVoice(entry.positions, venueKind)
  const chars = columnChars(allColumns)
  const columns = allColumns.filter((c) => c.positions.length > 0)
  const first: Position[] = []
  const rest: Position[] = []
  for (const column of columns) {
    let used = 0
    let spilled = false
    for (const position of column.positions) {
      used += positionLines(position, chars)
      spilled ||= used > room
      ;(spilled ? rest : first).push(position)
    }
  }
  const everySideStarts = columns.every((c) => first.includes(c.positions[0]!))
  if (columns.length === 0 || !everySideStarts || rest.length === 0) return null
  const restParts = splitLongIssue({ issue: entry.issue, positions: rest }, venueKind)
  return [{ issue: entry.issue, positions: first }, ...restParts.map((part, i) => ({ ...part, continued: i + 2 }))]
}

function venueSlides(venue: Venue, filtered: FilteredDashboard, notLoaded: readonly OptionalResource[], narrowed: boolean): Slide[] {
  const figures = filtered.figures.filter((f) => f.venueId === venue.id)
  // The figures open the venue's first slide; they are counted as issues-to-be-shown so the first slide is not overfilled.
  // A "not loaded" notice takes two lines: the figures' in their place, the positions' atop every part of the venue.
  const figureRows = notLoaded.includes('figures') ? NOTICE_LINES : figures.reduce((n, f) => n + figureLines(f), 0)
  const budget = notLoaded.includes('positions') ? VENUE_SLIDE_LINES - NOTICE_LINES : VENUE_SLIDE_LINES
  const positionsLoaded = !notLoaded.includes('positions')
  const raw = filtered.issues.filter((issue) => issue.venueId === venue.id).map((issue) => ({ issue, positions: filtered.positions.filter((p) => p.issueId === issue.id) }))
  // A figure or two alone on a slide, the first issue too long to join them, left a slide one line full
  // (Xiamen Customs): the first issue's first positions join them, and it goes on over the next slide.
  // (Not six figures: the estimate runs short for them, and they hold a slide of their own well.)
  const opensAlone = raw[0] !== undefined && figureRows > 0 && figureRows <= budget / 3 && figureRows + issueLines(raw[0], venue.kind, positionsLoaded) > budget
  const fitted = opensAlone ? splitToFit(raw[0]!, venue.kind, budget - figureRows - ISSUE_HEADING_LINES) : null
  const issues = fitted ? [...fitted, ...raw.slice(1).flatMap((entry) => splitLongIssue(entry, venue.kind))] : raw.flatMap((entry) => splitLongIssue(entry, venue.kind))
  const weighed = [{ figures: true as const }, ...issues.map((entry) => ({ entry }))]
  // A part of an issue split for length goes on the next slide: "(continued)" on the same slide read as a second issue.
  const parts = chunkByWeight(
    weighed,
    (item) => ('figures' in item ? figureRows : issueLines(item.entry, venue.kind, positionsLoaded)),
    budget,
    (item) => 'entry' in item && item.entry.continued !== undefined,
  ).map((chunk) =>
    chunk.flatMap((item) => ('entry' in item ? [item.entry] : [])),
  )
  return parts.map((chunk, i) => {
    const shownFigures = i === 0 ? figures : []
    const items = [venue, ...new Set(chunk.map((e) => e.issue)), ...chunk.flatMap((e) => e.positions), ...shownFigures]
    return {
      kind: 'venue',
      id: `venue-${venue.id}-${i + 1}`,
      title: parts.length > 1 ? `${venue.title} (${i + 1} of ${parts.length})` : venue.title,
      venue,
      part: i + 1,
      parts: parts.length,
      issues: chunk,
      figures: shownFigures,
      notLoaded,
      narrowed,
      citations: [...citationsOf(items), ...shownFigures.flatMap(figureCitations)],
      markings: markingsOf(items),
    }
  })
}

/** Where a chart or list of a resource that did not load would be: a slide that says so. */
function notLoadedSlide(resource: 'figures' | 'positions' | 'events', title: string): Slide {
  return { kind: 'not-loaded', id: `not-loaded-${resource}`, title: `${title}: not loaded`, resource, citations: [], markings: [] }
}

function chartSlides(filtered: FilteredDashboard, topics: readonly Topic[], notLoaded: readonly OptionalResource[]): Slide[] {
  const slides: Slide[] = []
  if (notLoaded.includes('figures')) slides.push(notLoadedSlide('figures', 'The cable’s figures'))
  const counterfeit = filtered.figures.find(isCounterfeitShareFigure)
  if (counterfeit) {
    const title = 'Counterfeit share of goods at Silk Street'
    slides.push({ kind: 'counterfeit-share', id: 'chart-counterfeit-share', title, figure: counterfeit, citations: figureCitations(counterfeit), markings: counterfeit.markings })
  }
  const visitors = filtered.figures.find(isUsVisitorShareFigure)
  if (visitors) {
    const title = 'CIECC website visitors from the United States'
    slides.push({ kind: 'visitor-share', id: 'chart-visitor-share', title, figure: visitors, citations: figureCitations(visitors), markings: visitors.markings })
  }
  const others = filtered.figures.filter((f) => f !== counterfeit && f !== visitors)
  if (others.length) {
    const several = new Set(others.map((f) => f.citations[0]?.cableId)).size > 1
    const title = `Key figures, as the ${several ? 'cables state' : 'cable states'} them`
    slides.push(...inParts(others, FIGURES_PER_SLIDE, title, (figures, partTitled, n) => ({ kind: 'key-figures', id: `chart-key-figures-${n}`, title: partTitled, figures, citations: figures.flatMap(figureCitations), markings: markingsOf(figures) })))
  }
  const topicRows = countIssuesByTopicAndVenue(filtered.issues, topics, filtered.venues)
  if (topicRows.length) {
    // Every part shows the whole view's takeaway and bar scale, so each cites and is marked as the whole view.
    const citations = citationsOf(filtered.issues)
    const markings = markingsOf(filtered.issues)
    slides.push(...inParts(topicRows, TOPICS_PER_SLIDE, 'Issues by topic and venue', (rows, title, n) => ({ kind: 'issues-by-topic', id: `chart-issues-by-topic-${n}`, title, rows, allRows: topicRows, citations, markings })))
  }
  const voiceRows = countPositionsByVoiceAndVenue(filtered.positions, filtered.issues, filtered.venues).rows
  if (notLoaded.includes('positions')) slides.push(notLoadedSlide('positions', POSITIONS_BY_VOICE_TITLE))
  else if (voiceRows.length) {
    // As for the topics: every part's totals are the whole view's.
    const citations = citationsOf(filtered.positions)
    const markings = markingsOf(filtered.positions)
    slides.push(...inParts(voiceRows, VENUES_PER_SLIDE, POSITIONS_BY_VOICE_TITLE, (rows, title, n) => ({ kind: 'positions-by-voice', id: `chart-positions-by-voice-${n}`, title, rows, allRows: voiceRows, citations, markings })))
  }
  return slides
}

function timelineSlides(events: readonly CableEvent[]): Slide[] {
  const sorted = chronological(events)
  const parts = chunkByWeight(sorted, eventLines, TIMELINE_SLIDE_LINES)
  return parts.map((chunk, i) => ({
    kind: 'timeline',
    id: `timeline-${i + 1}`,
    title: partTitle('Timeline of events', i, parts.length),
    events: chunk,
    part: i + 1,
    parts: parts.length,
    citations: citationsOf(chunk),
    markings: markingsOf(chunk),
  }))
}

function sourcesSlide(body: readonly Slide[], paragraphs: readonly CorpusParagraph[]): Slide {
  const markingOf = new Map(paragraphs.map((p) => [paragraphKey(p.cableId, p.number), p.marking]))
  const cited = new Map<string, SourceParagraph>()
  for (const c of body.flatMap((s) => s.citations)) {
    const key = paragraphKey(c.cableId, c.paragraph)
    cited.set(key, { cableId: c.cableId, paragraph: c.paragraph, marking: markingOf.has(key) ? markingOf.get(key) : undefined })
  }
  const sorted = [...cited.values()].sort((a, b) => compareText(a.cableId, b.cableId) || a.paragraph - b.paragraph)
  return {
    kind: 'sources',
    id: 'sources',
    title: 'Sources cited in this deck',
    paragraphs: sorted,
    citations: body.flatMap((s) => s.citations),
    markings: body.flatMap((s) => s.markings),
  }
}

/** Title, one slide per venue (more when it has many issues), one per chart, the timeline, then the sources. */
export function buildSlides({ filtered, topics, paragraphs, deckTitle, notLoaded = [], narrowed = false }: DeckInput): Slide[] {
  const timeline = notLoaded.includes('events') ? [notLoadedSlide('events', 'Timeline of events')] : timelineSlides(filtered.events)
  const body = [...filtered.venues.flatMap((venue) => venueSlides(venue, filtered, notLoaded, narrowed)), ...chartSlides(filtered, topics, notLoaded), ...timeline]
  const counts: DeckCounts = {
    venues: filtered.venues.length,
    issues: filtered.issues.length,
    positions: filtered.positions.length,
    figures: filtered.figures.length,
    events: filtered.events.length,
  }
  // The title slide rests on no paragraph; it reports the deck's highest marking instead.
  const title: Slide = { kind: 'title', id: 'title', title: deckTitle, deckMarkings: body.flatMap((s) => s.markings), counts, notLoaded, citations: [], markings: [] }
  return [title, ...body, sourcesSlide(body, paragraphs)]
}
