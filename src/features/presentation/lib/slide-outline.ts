import type { CableEvent } from '@/contract/schemas'
import { formatDateRange, formatPartialDate, joinNames } from '@/lib/format'
import type { Slide, SlideKind } from './build-slides'
import type { DeckNames } from './deck-names'

export interface OutlineGroup {
  /** "Venues", "Charts", …: a run of slides of one part of the deck. */
  label: string
  slides: { number: number; label: string }[]
}

const GROUP: Record<SlideKind, string> = {
  title: 'Opening',
  venue: 'Venues',
  'not-loaded': 'Charts',
  'counterfeit-share': 'Charts',
  'visitor-share': 'Charts',
  'key-figures': 'Charts',
  'issues-by-topic': 'Charts',
  'positions-by-voice': 'Charts',
  timeline: 'Timeline',
  sources: 'Sources',
}

/**
 * The deck's slides by part, for the presenter's "Go to slide" list: in a meeting of 100 slides the
 * room asks for a venue, not a number. Venues are named as the dashboard names them, so the three
 * "Embassy comment" venues say whose cable they comment on.
 */
export function slideOutline(slides: readonly Slide[], names: Pick<DeckNames, 'venue'>): OutlineGroup[] {
  const groups: OutlineGroup[] = []
  slides.forEach((slide, index) => {
    const group = slide.kind === 'not-loaded' && slide.resource === 'events' ? 'Timeline' : GROUP[slide.kind]
    const label = entryLabel(slide, index, slides, names)
    const last = groups.at(-1)
    const entry = { number: index + 1, label: `${index + 1}. ${label}` }
    if (last?.label === group) last.slides.push(entry)
    else groups.push({ label: group, slides: [entry] })
  })
  return groups
}

/** Where a slide sits in the run of slides of its kind: ", 2 of 3", or nothing for a slide alone. */
function partOf(slides: readonly Slide[], index: number): string {
  const kind = slides[index]!.kind
  let first = index
  while (first > 0 && slides[first - 1]!.kind === kind) first--
  let end = index + 1
  while (end < slides.length && slides[end]!.kind === kind) end++
  return end - first > 1 ? `, ${index - first + 1} of ${end - first}` : ''
}

/**
 * When a run of events (in date order) starts: "1998 – 2005", "March–August 2006". A date within the
 * other ("2007" and "January 2007") gives the wider one alone: every start is within it.
 */
function startSpan(events: readonly CableEvent[]): string {
  const first = events[0]?.start
  const last = events.at(-1)?.start
  if (!first || !last) return ''
  if (last.value.startsWith(first.value)) return formatPartialDate(first)
  if (first.value.startsWith(last.value)) return formatPartialDate(last)
  return formatDateRange(first, last)
}

/**
 * What a slide holds, for the list. A part of a run says what sets it apart, not only "(3 of 17)": a
 * venue's name, a timeline part's dates (when its events start), a key-figure part's cables. ", 2 of 3" rather than the slide
 * title's "(2 of 3)": "Embassy comment (07BEIJING2463) (1 of 2)" read as two asides.
 */
function entryLabel(slide: Slide, index: number, slides: readonly Slide[], names: Pick<DeckNames, 'venue'>): string {
  switch (slide.kind) {
    case 'venue':
      return names.venue(slide.venue.id) + (slide.parts > 1 ? `, ${slide.part} of ${slide.parts}` : '')
    case 'timeline':
      return `Timeline, ${startSpan(slide.events)}${partOf(slides, index)}`
    case 'key-figures': {
      const cables = [...new Set(slide.figures.flatMap((f) => f.citations.map((c) => c.cableId)))]
      return `Key figures from ${joinNames(cables)}${partOf(slides, index)}`
    }
    default:
      return slide.title
  }
}
