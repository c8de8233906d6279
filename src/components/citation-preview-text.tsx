import { Fragment } from 'react'
import type { Marking } from '@/contract/schemas'
import { segmentText, type MarkRange, type TextRange } from '@/domain/text-ranges'

export const RESTORED_NOTE = 'Restored from the WikiLeaks rendering; missing in the news-site copy'

/** Paragraph text with marks and restored words. Always React text nodes: markup in a cable stays inert. */
export function MarkedText({ text, marks, restored = [] }: { text: string; marks: readonly MarkRange[]; restored?: readonly TextRange[] }) {
  return (
    <>
      {segmentText(text, restored, marks).map((segment, i) => {
        const inner = segment.mark ? <mark className={`mark--${segment.mark}`}>{segment.text}</mark> : segment.text
        if (segment.restored) {
          return (
            <ins key={i} className="restored" title={RESTORED_NOTE}>
              {inner}
            </ins>
          )
        }
        return <Fragment key={i}>{inner}</Fragment>
      })}
    </>
  )
}

const MARKING_NAMES: Record<string, string> = {
  U: 'Unclassified',
  SBU: 'Sensitive but unclassified',
  C: 'Confidential',
  S: 'Secret',
  TS: 'Top secret',
}

/** "(U)", "(SBU)" or "(unmarked)": the marking in words, never colour alone. */
export function markingLabel(marking: Marking): string {
  return marking ? `(${marking})` : '(unmarked)'
}

export function markingName(marking: Marking): string {
  if (!marking) return 'No marking printed'
  return MARKING_NAMES[marking.split('/')[0] ?? ''] ?? marking
}
