import type { Citation } from '@/contract/schemas'
import { formatNumbers as formatParagraphs } from '@/domain/selectors/describe-view'
import { readerFragment, routeHref } from './routes'

/**
 * Where the reader shows a paragraph: one address per paragraph, shareable. A quote rides
 * in the fragment (`#p11&hl=...`), so the reader marks it and the filters' query string (`search`,
 * carried along as it is) stays untouched.
 */
export function paragraphHref(cableId: string, paragraph: number, quote?: string, search = ''): string {
  const highlight = quote?.trim() ? `&${readerFragment.quote}=${encodeURIComponent(quote.trim())}` : ''
  return routeHref('reader', { cableId }, search, `#${readerFragment.paragraphPrefix}${paragraph}${highlight}`)
}

/** "¶11" or "¶9–12" style labels (one implementation, in the domain vocabulary). */
export { formatParagraphs }

/** The distinct paragraphs a set of citations rests on. */
export function citedParagraphs(citations: readonly Citation[]): number[] {
  return [...new Set(citations.map((c) => c.paragraph))].sort((a, b) => a - b)
}

/** "07BEIJING2566 ¶11; 07GUANGZHOU376 ¶3, 5": each cable, in the order first cited, with its own paragraphs. */
export function formatCitations(citations: readonly Citation[]): string {
  const cableIds = [...new Set(citations.map((c) => c.cableId))]
  return cableIds.map((id) => `${id} ${formatParagraphs(citedParagraphs(citations.filter((c) => c.cableId === id)))}`).join('; ')
}

/** A plain citation for pasting into a brief: "07BEIJING2566 ¶11". */
export function plainCitation(cableId: string, paragraph: number): string {
  return `${cableId} ¶${paragraph}`
}
