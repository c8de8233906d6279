import type { CableEvent } from '@/contract/schemas'
import { EventDateBasis } from '@/components/date-text'
import { formatEventDate } from '@/lib/format'
import type { SourceParagraph } from '../lib/build-slides'
import type { DeckNames } from '../lib/deck-names'
import { EditorialText } from '@/components/editorial-text'

/** The events in date order, each as precise as the cable dates it, and any inferred date's basis under it. */
export function TimelineSlide({ events, names }: { events: CableEvent[]; names: DeckNames }) {
  return (
    <ol className="timeline-slide">
      {events.map((event) => (
        <li key={event.id}>
          <span className="timeline-slide__date">{formatEventDate(event)}</span>
          <span>
            <EditorialText text={names.event(event)} />{' '}
            <span className="timeline-slide__venue">({names.venue(event.venueId)})</span>
            <EventDateBasis event={event} className="timeline-slide__inferred" />
          </span>
        </li>
      ))}
    </ol>
  )
}

/** Every paragraph the deck cites, with its marking, so the audience can check the sources. */
export function SourcesSlide({ paragraphs }: { paragraphs: SourceParagraph[] }) {
  if (paragraphs.length === 0) return <p>Nothing in this view cites a paragraph: no issues, figures or events match the filters.</p>
  const cableIds = [...new Set(paragraphs.map((p) => p.cableId))]
  const unknown = paragraphs.some((p) => p.marking === undefined)
  return (
    <div className="sources-slide">
      {cableIds.map((cableId) => (
        <section key={cableId} aria-label={`Cable ${cableId}`}>
          <h2>Cable {cableId}</h2>
          <ul className="sources-slide__paragraphs">
            {paragraphs
              .filter((p) => p.cableId === cableId)
              .map((p) => (
                <li key={p.paragraph}>
                  ¶{p.paragraph} <span className="sources-slide__marking">{p.marking === undefined ? '?' : (p.marking ?? 'unmarked')}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      {unknown && <p>? The cable text did not load, so those paragraphs' markings cannot be shown here.</p>}
    </div>
  )
}
