import { pluralize } from '@/lib/format'
import type { Slide } from '../lib/build-slides'
import { highestMarking } from '@/domain/selectors/markings'
import { NotLoaded } from './not-loaded'

type TitleSlideData = Extract<Slide, { kind: 'title' }>

/** The cable, the filters in force (labelled "Filters:", as in every footer) and what the deck holds, before anything else is shown. */
export function TitleSlide({ slide, filtersLine, cableLine }: { slide: TitleSlideData; filtersLine: string; cableLine: string }) {
  const { counts, notLoaded } = slide
  // What failed to load is never counted: "0 positions" would be a claim about the cable.
  const count = (resource: 'positions' | 'figures' | 'events', n: number, word: string) => (notLoaded.includes(resource) ? `${word}s not loaded` : pluralize(n, word))
  return (
    <div className="title-slide">
      <p className="title-slide__cable">{cableLine}</p>
      <p className="title-slide__filters">
        <span className="slide__meta-label">Filters:</span> {filtersLine}
      </p>
      <p>
        {[pluralize(counts.venues, 'venue'), pluralize(counts.issues, 'issue'), count('positions', counts.positions, 'position'), count('figures', counts.figures, 'figure'), count('events', counts.events, 'event')].join(' · ')}
      </p>
      {notLoaded.map((resource) => (
        <NotLoaded key={resource} resource={resource} />
      ))}
      <p>
        Highest marking in this deck: <strong>{highestMarking(slide.deckMarkings)}</strong>
      </p>
      <p className="title-slide__keys">→ or Page Down: next · ← or Page Up: previous · B: blank · number then Enter: go to slide · Esc: leave</p>
    </div>
  )
}
