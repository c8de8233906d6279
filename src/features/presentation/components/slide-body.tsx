import type { Slide } from '../lib/build-slides'
import type { DeckNames } from '../lib/deck-names'
import { IssuesByTopicSlide, PositionsByVoiceSlide } from './count-slides'
import { KeyFiguresSlide } from './key-figures-slide'
import { NotLoadedSlide } from './not-loaded'
import { SourcesSlide, TimelineSlide } from './list-slides'
import { CounterfeitShareSlide, VisitorShareSlide } from './share-slides'
import { TitleSlide } from './title-slide'
import { VenueSlide } from './venue-slide'

interface SlideBodyProps {
  slide: Slide
  names: DeckNames
  filtersLine: string
  cableLine: string
}

/** What each kind of slide shows under its heading. */
export function SlideBody({ slide, names, filtersLine, cableLine }: SlideBodyProps) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} filtersLine={filtersLine} cableLine={cableLine} />
    case 'venue':
      return <VenueSlide slide={slide} names={names} />
    case 'counterfeit-share':
      return <CounterfeitShareSlide figure={slide.figure} names={names} />
    case 'visitor-share':
      return <VisitorShareSlide figure={slide.figure} names={names} />
    case 'key-figures':
      return <KeyFiguresSlide figures={slide.figures} names={names} />
    case 'issues-by-topic':
      return <IssuesByTopicSlide rows={slide.rows} allRows={slide.allRows} names={names} />
    case 'positions-by-voice':
      return <PositionsByVoiceSlide rows={slide.rows} allRows={slide.allRows} names={names} />
    case 'timeline':
      return <TimelineSlide events={slide.events} names={names} />
    case 'sources':
      return <SourcesSlide paragraphs={slide.paragraphs} />
    case 'not-loaded':
      return <NotLoadedSlide resource={slide.resource} />
  }
}
