import type { Figure } from '@/contract/schemas'
import { joinNames } from '@/lib/format'
import { formatDatePointMarked } from '@/lib/format-marked'
import { type DeckNames } from '../lib/deck-names'
import { figureSource, qualifiersNotShown } from '@/domain/selectors/figures'
import { capitalized, inSentence } from '@/domain/selectors/prose'
import { formatCitations } from '@/lib/citations'

/** Every other figure as a tile: the cable's own wording, never a number stripped of its hedge. */
export function KeyFiguresSlide({ figures, names }: { figures: Figure[]; names: DeckNames }) {
  return (
    <ul className="key-figures">
      {figures.map((figure) => {
        const missing = qualifiersNotShown(figure)
        // Who gives it, its source first where the cable names one ("USTR's April 9 announcement, cited by the Embassy"), as on the venue slide.
        const context = [figureSource(figure, names.organization), figure.asOf && `as of ${formatDatePointMarked(figure.asOf)}`].filter(Boolean).join(', ')
        return (
          <li key={figure.id} className="key-figures__tile">
            <p className="key-figures__value">{figure.display}</p>
            <p className="key-figures__label">
              {figure.label}
              {missing.length > 0 && ` (${missing.map((q) => `“${q}”`).join(', ')})`}
            </p>
            {/* With its cable and paragraph: two cables may give the same count (the two WTO cases), and each tile says whose it is. */}
            <p className="key-figures__context">
              {capitalized(context)}; {formatCitations(figure.citations)}
            </p>
            {figure.disputes.length > 0 && <p className="slide__dispute">⚠ Disputed by {joinNames(figure.disputes.map((d) => inSentence(names.organizationFull(d.organizationId))))}</p>}
          </li>
        )
      })}
    </ul>
  )
}
