import type { Issue, Position, Venue } from '@/contract/schemas'
import type { Lookups } from '@/domain/selectors/lookups'
import { CitationLink } from '@/components/citation-link'
import { VoiceSwatch } from '@/components/voice-swatch'
import { SummaryText } from '@/components/summary-text'
import { positionSentence } from '@/domain/selectors/attribution'
import { VOICE_LABELS } from '@/domain/selectors/voices'
import { columnsByVoice, noPosition } from '@/domain/selectors/voice-columns'
import { EditorialText } from '@/components/editorial-text'

/**
 * One issue with each side's positions in its own column, so a disagreement reads across, and the
 * cable's own account in a column of its own where it has one, apart from what the US side said.
 * `positions` null: they did not load (the page says so), so no column claims "No position recorded".
 */
export function IssuePositions({ issue, positions, venueKind, lookups, publicSafe }: { issue: Issue; positions: Position[] | null; venueKind: Venue['kind']; lookups: Lookups; publicSafe: boolean }) {
  if (positions === null) {
    return (
      <section className="issue" aria-labelledby={`issue-${issue.id}`}>
        <h3 id={`issue-${issue.id}`}>{issue.title}</h3>
        {/* With its voice, as below: the post's own assessment must not read as the dashboard's statement. */}
        <p>
          <SummaryText summary={issue.summary} voice={issue.summaryVoice} />
        </p>
      </section>
    )
  }
  const columns = columnsByVoice(positions, venueKind)
  return (
    <section className="issue" aria-labelledby={`issue-${issue.id}`}>
      <h3 id={`issue-${issue.id}`}>{issue.title}</h3>
      <p>
        <SummaryText summary={issue.summary} voice={issue.summaryVoice} />
      </p>
      <div className="issue__columns">
        {columns.map(({ voice, positions: list }) => (
          <div key={voice} className="issue__column">
            <h4>
              <VoiceSwatch voice={voice} /> {VOICE_LABELS[voice]}
            </h4>
            {list.length === 0 ? (
              <p className="issue__none">{noPosition(publicSafe)}.</p>
            ) : (
              <ul>
                {list.map((p) => (
                  <PositionItem key={p.id} position={p} lookups={lookups} />
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  )
}

function PositionItem({ position, lookups }: { position: Position; lookups: Lookups }) {
  const { prompt, leadIn, text } = positionSentence(position, lookups)
  return (
    <li className="position">
      <p>
        {prompt && `${prompt}, `}
        <strong>{leadIn}</strong>: <EditorialText text={text} /> <span className="position__kind">{position.kind}</span>
      </p>
      {position.citations.map((c) => (
        <blockquote key={`${c.paragraph}:${c.quote}`}>
          “{c.quote}” <CitationLink citation={c} />
        </blockquote>
      ))}
    </li>
  )
}
