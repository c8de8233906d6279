import type { Figure } from '@/contract/schemas'
import { joinNames } from '@/lib/format'
import { formatDatePointMarked } from '@/lib/format-marked'
import { type DeckNames } from '../lib/deck-names'
import { qualifiersNotShown } from '@/domain/selectors/figures'
import { capitalized, inSentence } from '@/domain/selectors/prose'
import { contextQuotes } from '@/domain/selectors/figure-context'

const TICKS = [0, 25, 50, 75, 100]

/** A 0–100% scale with one band; drawn in CSS so it takes the projector theme's colours. */
function PercentScale({ label, segments }: { label: string; segments: { from: number; to: number; text: string; tone: 'strong' | 'muted' }[] }) {
  return (
    <div className="percent-scale" role="img" aria-label={label}>
      <div className="percent-scale__track">
        {segments.map((s) => (
          <div key={s.text} className={`percent-scale__band percent-scale__band--${s.tone}`} style={{ left: `${s.from}%`, width: `${s.to - s.from}%` }}>
            <span>{s.text}</span>
          </div>
        ))}
      </div>
      <div className="percent-scale__ticks" aria-hidden="true">
        {TICKS.map((t) => (
          <span key={t} style={{ left: `${t}%` }}>
            {t}%
          </span>
        ))}
      </div>
    </div>
  )
}

/** The disputed Silk Street figure: a range, with "up to" and "in some categories", and who challenged it. */
export function CounterfeitShareSlide({ figure, names }: { figure: Figure; names: DeckNames }) {
  if (figure.value.kind !== 'range') return null
  const { min, max } = figure.value
  const asserters = joinNames(figure.assertedBy.map((id) => inSentence(names.organization(id))))
  const sourcedBy = [figure.source, asserters && `cited by ${asserters}`].filter(Boolean).join(' ')
  const missing = qualifiersNotShown(figure)
  return (
    <div className="share-slide">
      <p className="share-slide__value">
        {figure.display}
        {missing.length > 0 && ` (${missing.join(', ')})`}
      </p>
      <p>{figure.label}</p>
      {/* "Up to" is a ceiling, not a floor: the band runs from 0 to the highest figure, with no lower bound drawn. */}
      <PercentScale
        label={`${figure.display}: the highest figure the cable gives is ${min} to ${max} percent; no lower bound is stated`}
        segments={[{ from: 0, to: max, text: `${figure.display}; no lower bound stated`, tone: 'muted' }]}
      />
      <dl className="share-slide__facts">
        {figure.qualifiers.length > 0 && (<><dt>The cable's qualifiers</dt><dd>{figure.qualifiers.map((q) => `“${q}”`).join(', ')}</dd></>)}
        {sourcedBy && (<><dt>Source</dt><dd>{sourcedBy}</dd></>)}
      </dl>
      {figure.disputes.length === 0 ? (
        <p>No dispute of this figure is in this view.</p>
      ) : (
        <ul className="share-slide__disputes">
          {figure.disputes.map((d) => (
            <li key={`${d.citation.paragraph}:${d.summary}`} className="slide__dispute">
              <span aria-hidden="true">⚠ </span>Challenged by {inSentence(names.organizationFull(d.organizationId))}: {d.summary}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

const REST_LABEL = 'All other visitors, not broken down by the cable'

/** MOFCOM's 20%: the US share against one undivided remainder, because that is all the cable gives. */
export function VisitorShareSlide({ figure, names }: { figure: Figure; names: DeckNames }) {
  if (figure.value.kind !== 'exact') return null
  const us = figure.value.value
  const when = figure.asOf ? formatDatePointMarked(figure.asOf) : null
  const asserters = joinNames(figure.assertedBy.map((id) => inSentence(names.organization(id))))
  const context = contextQuotes(figure)
  return (
    <div className="share-slide">
      <p className="share-slide__value">{figure.display}</p>
      <p>
        {asserters ? `${capitalized(asserters)} said ` : ''}
        {us}% of visitors to the CIECC website{when ? ` in ${when}` : ''} were from the United States; the cable does not break down the rest.
      </p>
      {context.map((c) => (
        <p key={c.quote}>
          Also in ¶{c.paragraph}: “{c.quote}”
        </p>
      ))}
      <PercentScale
        label={`United States ${us}%; the rest not broken down by the cable`}
        segments={[
          { from: 0, to: us, text: `United States ${us}%`, tone: 'strong' },
          { from: us, to: 100, text: REST_LABEL, tone: 'muted' },
        ]}
      />
    </div>
  )
}
