import { useMemo } from 'react'
import { MarkedText, markingLabel, markingName } from '@/components/citation-preview-text'
import { findPhrase, type MarkRange } from '@/domain/text-ranges'
import type { Paragraph } from '@/contract/schemas'
import type { Backlink } from '../lib/backlinks'
import { CopyCitationButton } from './copy-citation-button'
import { ParagraphBacklinks } from './paragraph-backlinks'

interface ParagraphCardProps {
  cableId: string
  paragraph: Paragraph
  showHeading: boolean
  hidden: boolean
  active: boolean
  quote: string | null
  query: string
  names: readonly string[]
  backlinks: readonly Backlink[]
  /** The paragraph after this one (null for the last): where a long "Cited by" list lets the keyboard skip to. */
  next: number | null
}

/** One paragraph: number, marking, text (with restored words and marks), copy button, and what cites it. */
export function ParagraphCard({ cableId, paragraph, showHeading, hidden, active, quote, query, names, backlinks, next }: ParagraphCardProps) {
  const { number, marking, text } = paragraph
  const marks = useMemo<MarkRange[]>(
    () => [
      ...(quote ? findPhrase(text, quote).map((r) => ({ ...r, kind: 'quote' as const })) : []),
      ...findPhrase(text, query).map((r) => ({ ...r, kind: 'search' as const })),
      ...names.flatMap((name) => findPhrase(text, name, { wholeWords: true }).map((r) => ({ ...r, kind: 'name' as const }))),
    ],
    [text, quote, query, names],
  )
  const common = {
    id: `p${number}`,
    'aria-label': `Paragraph ${number}`,
    tabIndex: -1,
    'aria-current': active ? ('location' as const) : undefined,
  }
  if (hidden) {
    return (
      <article {...common} className={`para para--hidden${active ? ' para--current' : ''}`}>
        <p>
          Paragraph {number} {markingLabel(marking)} is hidden in the public-safe view.
        </p>
      </article>
    )
  }
  return (
    <>
      {showHeading && <h3 className="para-heading">{paragraph.heading}</h3>}
      <article {...common} className={`para${active ? ' para--current' : ''}`}>
        <div className="para__body">
          <p className="para__meta">
            <span className="para__number">¶{number}</span>{' '}
            <abbr className={`marking marking--${marking ?? 'none'}`} title={markingName(marking)}>
              {markingLabel(marking)}
            </abbr>
            {active && <span className="para__current-note"> · linked paragraph</span>}
          </p>
          <p className="para__text">
            <MarkedText text={text} marks={marks} restored={paragraph.restored} />
          </p>
          <CopyCitationButton cableId={cableId} paragraph={number} marking={marking} />
        </div>
        <ParagraphBacklinks paragraph={number} backlinks={backlinks} next={next} />
      </article>
    </>
  )
}
