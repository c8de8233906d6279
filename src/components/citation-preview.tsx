import { useQuery } from '@tanstack/react-query'
import { useLayoutEffect, useRef } from 'react'
import { cableQuery } from '@/api/cables'
import type { Citation } from '@/contract/schemas'
import { isPublicMarking } from '@/domain/selectors/filter-dashboard'
import { plainCitation } from '@/lib/citations'
import { useFilterStore } from '@/lib/filter-store'
import { excerptAround, findPhrase } from '@/domain/text-ranges'
import { MarkedText, markingLabel } from './citation-preview-text'
import './citation-preview.css'

/** "07BEIJING2566 ¶11 (U)" and the paragraph, with the quoted words marked. */
export function CitationPreview({ id, citation }: { id: string; citation: Citation }) {
  const ref = useKeepOnScreen<HTMLSpanElement>()
  const query = useQuery(cableQuery(citation.cableId))
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const paragraph = query.data?.paragraphs.find((p) => p.number === citation.paragraph)
  const title = plainCitation(citation.cableId, citation.paragraph) + (paragraph ? ` ${markingLabel(paragraph.marking)}` : '')

  let body
  if (query.isPending) body = 'Loading…'
  else if (query.isError) body = 'Could not load the paragraph. Open the reader to try again.'
  else if (!paragraph) body = `Paragraph ${citation.paragraph} is not in this cable.`
  else if (publicSafe && !isPublicMarking(paragraph.marking)) body = 'This paragraph is hidden in the public-safe view.'
  else body = <QuoteExcerpt text={paragraph.text} quote={citation.quote} />

  return (
    <span ref={ref} role="tooltip" id={id} className="citation-preview">
      <span className="citation-preview__title">{title}</span>
      {/* Out of the Tab order: Chromium makes a scrolling box a Tab stop, and Tab from the link landed in
          this box as the link's blur closed the preview, dropping the focus to the page. Enter reads it whole. */}
      <span className="citation-preview__text" tabIndex={-1}>
        {body}
      </span>
      <span className="citation-preview__hint">Click or press Enter to read the whole paragraph · Esc closes</span>
    </span>
  )
}

/** The quote in its context: the paragraph, or the part of a long one around the quote. */
function QuoteExcerpt({ text, quote }: { text: string; quote: string }) {
  const found = findPhrase(text, quote)
  const excerpt = excerptAround(text, found[0] ?? null, 160)
  const marks = found.map((r) => ({ start: r.start - excerpt.offset, end: r.end - excerpt.offset, kind: 'quote' as const }))
  return (
    <>
      {excerpt.clippedStart && '… '}
      <MarkedText text={excerpt.text} marks={marks} />
      {excerpt.clippedEnd && ' …'}
    </>
  )
}

/**
 * Keeps the whole preview on screen: shifts it sideways, opens it on the side of the link
 * with more room, and shortens its scrolling text to fit that room.
 */
function useKeepOnScreen<E extends HTMLElement>() {
  const ref = useRef<E>(null)
  useLayoutEffect(() => {
    const el = ref.current
    const anchor = el?.parentElement
    const text = el?.querySelector<HTMLElement>('.citation-preview__text')
    if (!el || !anchor || !text) return
    const margin = 8
    const width = document.documentElement.clientWidth || window.innerWidth
    const rect = el.getBoundingClientRect()
    if (rect.right > width - margin) el.style.translate = `${Math.max(margin - rect.left, width - margin - rect.right)}px 0`
    else if (rect.left < margin) el.style.translate = `${margin - rect.left}px 0`

    const around = anchor.getBoundingClientRect()
    const below = window.innerHeight - around.bottom - margin
    const above = around.top - margin
    const flip = rect.height > below && above > below
    el.classList.toggle('citation-preview--above', flip)
    const chrome = rect.height - text.clientHeight
    const room = (flip ? above : below) - chrome
    if (rect.height > (flip ? above : below)) text.style.maxHeight = `${Math.max(72, room)}px`

    // Bring the quote into the preview's own scroll box, never scrolling the page.
    const mark = text.querySelector('mark')
    if (mark) text.scrollTop = Math.max(0, mark.offsetTop - text.offsetTop - 24)
  })
  return ref
}
