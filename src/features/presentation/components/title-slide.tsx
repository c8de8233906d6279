import { pluralize } from '@/lib/format'
import type { Slide } from '../lib/build-slides'
import { highestMarking } from '../lib/markings'

type TitleSlideData = Extract<Slide, { kind: 'title' }>

/** The cable, the filters in force and what the deck holds, before anything else is shown. */
export function TitleSlide({ slide, filtersLine, cableLine }: { slide: TitleSlideData; filtersLine: string; cableLine: string }) {
  const { counts } = slide
  return (
    <div className="title-slide">
      <p className="title-slide__cable">{cableLine}</p>
      <p className="title-slide__filters">
        <span className="slide__meta-label">Showing:</span> {filtersLine}
      </p>
      <p>
        {[pluralize(counts.venues, 'venue'), pluralize(counts.issues, 'issue'), pluralize(counts.positions, 'position'), pluralize(counts.figures, 'figure'), pluralize(counts.events, 'event')].join(' · ')}
      </p>
      <p>
        Highest marking in this deck: <strong>{highestMarking(slide.deckMarkings)}</strong>
      </p>
      <p className="title-slide__keys">→ or Page Down: next · ← or Page Up: previous · B: blank · number then Enter: go to slide · Esc: leave</p>
    </div>
  )
}
