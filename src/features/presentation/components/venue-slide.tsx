import type { Position, Venue } from '@/contract/schemas'
import { VoiceSwatch } from '@/components/voice-swatch'
import { DateText } from '@/components/date-text'
import { figureSource } from '@/domain/selectors/figures'
import { inSentence } from '@/domain/selectors/prose'
import { VOICE_LABELS } from '@/domain/selectors/voices'
import { columnsByVoice, noPosition } from '@/domain/selectors/voice-columns'
import { joinNames } from '@/lib/format'
import { showsSummary, type IssueWithPositions, type Slide } from '../lib/build-slides'
import type { DeckNames } from '../lib/deck-names'
import { NotLoaded } from './not-loaded'
import { SummaryText } from '@/components/summary-text'
import { EditorialText } from '@/components/editorial-text'

type VenueSlideData = Extract<Slide, { kind: 'venue' }>

/** A venue's issues, each with both sides' positions side by side, and its key figures. */
export function VenueSlide({ slide, names }: { slide: VenueSlideData; names: DeckNames }) {
  const { venue } = slide
  return (
    <div className="venue-slide">
      <p className="slide__kicker">
        {venue.cableId} · {venue.theme}
        {venue.date && (
          <>
            {' · '}
            <DateText date={venue.date} />
          </>
        )}
      </p>
      {slide.part === 1 && slide.notLoaded.includes('figures') && <NotLoaded resource="figures" />}
      {slide.figures.length > 0 && (
        <ul className="venue-slide__figures" aria-label="Key figures">
          {slide.figures.map((figure) => (
            <li key={figure.id}>
              <strong>{figure.display}</strong> {figure.label} ({figureSource(figure, names.organization)})
              {figure.disputes.length > 0 && <span className="slide__dispute"> (⚠ disputed by {joinNames(figure.disputes.map((d) => inSentence(names.organizationFull(d.organizationId))))})</span>}
            </li>
          ))}
        </ul>
      )}
      {slide.notLoaded.includes('positions') && slide.issues.length > 0 && <NotLoaded resource="positions" />}
      {slide.issues.length === 0 && slide.parts === 1 && <p>No issues of this venue match the filters; it is shown for its figures.</p>}
      {slide.issues.map((entry) => (
        <IssueSides key={`${entry.issue.id}-${entry.continued ?? 1}`} entry={entry} venueKind={slide.venue.kind} names={names} positionsMissing={slide.notLoaded.includes('positions')} narrowed={slide.narrowed} />
      ))}
    </div>
  )
}

function IssueSides({ entry, venueKind, names, positionsMissing, narrowed }: { entry: IssueWithPositions; venueKind: Venue['kind']; names: DeckNames; positionsMissing: boolean; narrowed: boolean }) {
  // The slide says once, above its issues, that the positions did not load.
  if (positionsMissing) {
    return (
      <section className="venue-slide__issue">
        <h2>{entry.issue.title}</h2>
      </section>
    )
  }
  return (
    <section className="venue-slide__issue">
      <h2>
        {entry.issue.title}
        {entry.continued && <span className="slide__continued"> (continued)</span>}
      </h2>
      {showsSummary(entry) && (
        <p className="venue-slide__summary">
          <SummaryText summary={entry.issue.summary} voice={entry.issue.summaryVoice} />
        </p>
      )}
      <div className="venue-slide__voices">
        {columnsByVoice(entry.positions, venueKind).map(({ voice, positions }) => (
          // A column with nothing to say gives its width to those that have (slides.css).
          <div key={voice} className={positions.length === 0 ? 'venue-slide__silent' : undefined}>
            <h3>
              <VoiceSwatch voice={voice} /> {VOICE_LABELS[voice]}
            </h3>
            {positions.length === 0 ? <p className="slide__none">{noPosition(narrowed)}{entry.continued ? ' here' : ''}.</p> : <PositionList positions={positions} names={names} />}
          </div>
        ))}
      </div>
    </section>
  )
}

function PositionList({ positions, names }: { positions: Position[]; names: DeckNames }) {
  return (
    <ul className="venue-slide__positions">
      {positions.map((p) => {
        const { prompt, leadIn, text } = names.position(p)
        return (
          <li key={p.id}>
            {prompt && `${prompt}, `}
            <strong>{leadIn}</strong> ({p.kind}): <EditorialText text={text} />
          </li>
        )
      })}
    </ul>
  )
}
