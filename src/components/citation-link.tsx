import type { Citation } from '@/contract/schemas'
import { paragraphHref } from '@/lib/citations'
import { Link } from './link'

/** "¶11": opens the paragraph in the reader. The quote rides along as the accessible description. */
export function CitationLink({ citation }: { citation: Citation }) {
  return (
    <Link
      className="citation"
      href={paragraphHref(citation.cableId, citation.paragraph)}
      aria-label={`Paragraph ${citation.paragraph} of ${citation.cableId}`}
      title={`“${citation.quote}”`}
    >
      ¶{citation.paragraph}
    </Link>
  )
}

/** Every distinct paragraph a list of citations rests on, each a link. */
export function CitationList({ citations }: { citations: readonly Citation[] }) {
  const seen = new Set<number>()
  const distinct = citations.filter((c) => !seen.has(c.paragraph) && seen.add(c.paragraph))
  return (
    <span className="citation-list">
      {distinct.map((citation) => (
        <CitationLink key={citation.paragraph} citation={citation} />
      ))}
    </span>
  )
}
