/**
 * Where a phrase falls in a paragraph, and how marks and restored words cut it into pieces: plain text
 * work, shared by the citation previews, the reader's paragraphs and its "Cited by" order.
 */
export interface TextRange {
  start: number
  end: number
}

/** Why a word is marked; one segment shows the strongest reason only. */
export type MarkKind = 'quote' | 'search' | 'name'
export interface MarkRange extends TextRange {
  kind: MarkKind
}

export interface TextSegment {
  text: string
  restored: boolean
  mark: MarkKind | null
}

const MAX_PHRASE = 500
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every case-insensitive occurrence of `phrase` in `text`, any run of whitespace matching any other. */
export function findPhrase(text: string, phrase: string, { wholeWords = false } = {}): TextRange[] {
  const words = phrase.slice(0, MAX_PHRASE).trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const body = words.map(escapeRegExp).join('\\s+')
  const pattern = new RegExp(wholeWords ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'giu')
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

const RANK: Record<MarkKind, number> = { quote: 3, search: 2, name: 1 }

/** Cuts `text` where a restored range or a mark begins or ends, so each piece renders with one set of flags. */
export function segmentText(text: string, restored: readonly TextRange[], marks: readonly MarkRange[]): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n))
  const valid = <R extends TextRange>(ranges: readonly R[]) =>
    ranges.map((r) => ({ ...r, start: clamp(r.start), end: clamp(r.end) })).filter((r) => r.start < r.end)
  const restoredRanges = valid(restored)
  const markRanges = valid(marks)
  const cuts = new Set([0, text.length])
  for (const r of [...restoredRanges, ...markRanges]) cuts.add(r.start).add(r.end)
  const points = [...cuts].sort((a, b) => a - b)
  const segments: TextSegment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const covers = (r: TextRange) => r.start <= start && r.end >= end
    const isRestored = restoredRanges.some(covers)
    const mark = markRanges.filter(covers).reduce<MarkKind | null>((best, r) => (!best || RANK[r.kind] > RANK[best] ? r.kind : best), null)
    const last = segments.at(-1)
    if (last && last.restored === isRestored && last.mark === mark) last.text += text.slice(start, end)
    else segments.push({ text: text.slice(start, end), restored: isRestored, mark })
  }
  return segments
}

export interface Excerpt {
  text: string
  /** Where `text` starts in the whole paragraph. */
  offset: number
  clippedStart: boolean
  clippedEnd: boolean
}

/** Up to `radius` characters either side of `around`, cut at word breaks: a preview that needs no scrolling. */
export function excerptAround(text: string, around: TextRange | null, radius = 300): Excerpt {
  const focus = around ?? { start: 0, end: 0 }
  if (text.length <= focus.end - focus.start + 2 * radius) return { text, offset: 0, clippedStart: false, clippedEnd: false }
  let start = Math.max(0, focus.start - radius)
  let end = Math.min(text.length, Math.max(focus.end + radius, start + 2 * radius))
  if (start > 0) {
    const firstBreak = text.slice(start, focus.start).search(/\s/)
    if (firstBreak !== -1) start += firstBreak + 1
  }
  if (end < text.length) {
    const lastBreak = text.slice(focus.end, end).search(/\s\S*$/)
    if (lastBreak > 0) end = focus.end + lastBreak
  }
  return { text: text.slice(start, end), offset: start, clippedStart: start > 0, clippedEnd: end < text.length }
}
