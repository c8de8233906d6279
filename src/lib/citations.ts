import type { Citation } from '@/contract/schemas'

/**
 * Where the reader shows a paragraph: one address per paragraph, shareable. A quote rides
 * in the fragment (`#p11&hl=...`), so the reader marks it and the filters' query string stays untouched.
 */
export function paragraphHref(cableId: string, paragraph: number, quote?: string): string {
  const highlight = quote?.trim() ? `&hl=${encodeURIComponent(quote.trim())}` : ''
  return `/reader/${encodeURIComponent(cableId)}#p${paragraph}${highlight}`
}

/** "¶11" or "¶9–12" style labels for a set of cited paragraphs, in order, ranges collapsed. */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!
    let end = start
    while (sorted[i + 1] === end + 1) end = sorted[++i]!
    parts.push(end > start + 1 ? `${start}–${end}` : end === start + 1 ? `${start}, ${end}` : `${start}`)
  }
  return parts.length ? `¶${parts.join(', ')}` : ''
}

/** The distinct paragraphs a set of citations rests on. */
export function citedParagraphs(citations: readonly Citation[]): number[] {
  return [...new Set(citations.map((c) => c.paragraph))].sort((a, b) => a - b)
}

/** A plain citation for pasting into a brief: "07BEIJING2566 ¶11". */
export function plainCitation(cableId: string, paragraph: number): string {
  return `${cableId} ¶${paragraph}`
}
