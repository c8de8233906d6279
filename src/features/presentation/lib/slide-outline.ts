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
    // ", 2 of 3" rather than the slide title's "(2 of 3)": "Embassy comment (07BEIJING2463) (1 of 2)" read as two asides.
    const label = slide.kind === 'venue' ? names.venue(slide.venue.id) + (slide.parts > 1 ? `, ${slide.part} of ${slide.parts}` : '') : slide.title
    const last = groups.at(-1)
    const entry = { number: index + 1, label: `${index + 1}. ${label}` }
    if (last?.label === group) last.slides.push(entry)
    else groups.push({ label: group, slides: [entry] })
  })
  return groups
}
