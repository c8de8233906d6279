import { Suspense, lazy, useId } from 'react'
import type { Citation } from '@/contract/schemas'
import { paragraphHref } from '@/lib/citations'
import { useViewSearch } from '@/lib/view-search'
import { Link } from './link'
import { useCitationPreview } from './use-citation-preview'

// The preview's code arrives on the first hover or focus, not with the page.
const CitationPreview = lazy(() => import('./citation-preview').then((m) => ({ default: m.CitationPreview })))

/**
 * "¶11": opens the paragraph in the reader with the quote marked, keeping the current
 * filters (public-safe above all). Hover or focus shows the paragraph in a preview.
 */
export function CitationLink({ citation }: { citation: Citation }) {
  const previewId = useId()
  const { open, anchorHandlers, linkHandlers } = useCitationPreview()
  const search = useViewSearch()
  return (
    <span className="citation-anchor" {...anchorHandlers}>
      <Link
        className="citation"
        href={paragraphHref(citation.cableId, citation.paragraph, citation.quote, search)}
        aria-label={`Paragraph ${citation.paragraph} of ${citation.cableId}`}
        aria-describedby={open ? previewId : undefined}
        {...linkHandlers}
      >
        ¶{citation.paragraph}
      </Link>
      {open && (
        <Suspense fallback={null}>
          <CitationPreview id={previewId} citation={citation} />
        </Suspense>
      )}
    </span>
  )
}

/** Every distinct paragraph a list of citations rests on, each a link. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  // Paragraph numbers repeat across cables: ¶3 of two cables is two links.
  const seen = new Set<string>()
  const distinct = citations.filter((c) => {
    const key = `${c.cableId}¶${c.paragraph}`
    return !seen.has(key) && seen.add(key)
  })
  // Read in paragraph order within each cable ("¶1 ¶3 ¶4", not "¶1 ¶3 ¶6 ¶4"), cables in the order first cited.
  const cableRank = new Map<string, number>()
  for (const c of distinct) if (!cableRank.has(c.cableId)) cableRank.set(c.cableId, cableRank.size)
  const ordered = [...distinct].sort((a, b) => cableRank.get(a.cableId)! - cableRank.get(b.cableId)! || a.paragraph - b.paragraph)
  return (
    <span className="citation-list">
      {ordered.map((citation) => (
        <CitationLink key={`${citation.cableId}¶${citation.paragraph}`} citation={citation} />
      ))}
    </span>
  )
}
