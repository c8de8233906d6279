import { useEffect, useRef, useState } from 'react'
import { markingLabel } from '@/components/citation-preview-text'
import type { Marking } from '@/contract/schemas'
import { paragraphHref, plainCitation } from '@/lib/citations'

type CopyState = { kind: 'idle' } | { kind: 'copied'; text: string } | { kind: 'refused'; text: string }

/**
 * "07BEIJING2566 ¶11 (U) — <share link>": with the paragraph's marking, which travels with the citation into
 * an e-mail or a memo (an SBU paragraph's went without it); the share link keeps the current filters.
 */
export function citationToCopy(cableId: string, paragraph: number, marking: Marking): string {
  return `${plainCitation(cableId, paragraph)} ${markingLabel(marking)} — ${window.location.origin}${paragraphHref(cableId, paragraph, undefined, window.location.search)}`
}

export function CopyCitationButton({ cableId, paragraph, marking }: { cableId: string; paragraph: number; marking: Marking }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' })
  const fallback = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (state.kind === 'refused') fallback.current?.select()
  }, [state])

  async function copy() {
    const text = citationToCopy(cableId, paragraph, marking)
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState({ kind: 'copied', text })
    } catch {
      setState({ kind: 'refused', text })
    }
  }

  return (
    <div className="copy-citation">
      <button type="button" onClick={() => void copy()} aria-label={`Copy citation for paragraph ${paragraph}`}>
        Copy citation
      </button>
      <p role="status" className="copy-citation__status">
        {state.kind === 'copied' && `Copied: ${state.text}`}
        {state.kind === 'refused' && 'The browser did not allow copying. Select the citation below and copy it by hand.'}
      </p>
      {state.kind === 'refused' && (
        <input ref={fallback} className="copy-citation__fallback" readOnly value={state.text} aria-label={`Citation for paragraph ${paragraph}`} />
      )}
    </div>
  )
}
