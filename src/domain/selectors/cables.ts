/** Cable headers in words people use, and the references between cables of the corpus. */
import type { CableSummary } from '@/contract/schemas'
import { parseCableId } from '@/domain/cable/cable-id'

const POSTS: readonly [RegExp, string][] = [
  [/^AMEMBASSY\s+/i, 'Embassy'],
  [/^AMCONSUL(ATE)?\s+/i, 'Consulate'],
  [/^USMISSION\s+/i, 'Mission'],
]

const titleCase = (text: string) => text.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())

/** "AMEMBASSY BEIJING" → "Embassy Beijing", "AMCONSUL GUANGZHOU" → "Consulate Guangzhou"; anything else as given. */
export function postName(origin: string | null): string | null {
  if (!origin) return null
  for (const [prefix, kind] of POSTS) {
    if (prefix.test(origin)) return `${kind} ${titleCase(origin.replace(prefix, '').trim())}`
  }
  return origin
}

/** A cable id with its parts apart, so it can wrap in a narrow column: "07 BEIJING 2566"; any other id as given. */
export function spacedCableId(id: string): string {
  const parts = parseCableId(id)
  return parts ? `${parts.year} ${parts.post} ${parts.serial}` : id
}

/**
 * The corpus cable a reference names, or null. A reference names a post and a serial ("A. BEIJING 02455",
 * "07 BEIJING 2455", "GUANGZHOU 376"); without a year it is the citing cable's year, since posts number
 * their cables anew each year and a reference points back, not forward.
 */
export function resolveReference(reference: string, citing: Pick<CableSummary, 'id'>, corpus: readonly Pick<CableSummary, 'id'>[]): string | null {
  const text = reference.toUpperCase().replace(/^\(?[A-Z]\)?[.)]?\s+/, '')
  const match = /(?:\b(\d{2})\s*)?\b([A-Z]{3,})\s*0*(\d{1,6})\b/.exec(text)
  if (!match) return null
  const citingParts = parseCableId(citing.id)
  const year = match[1] ?? citingParts?.year
  const post = match[2]!
  const serial = Number(match[3])
  const found = corpus.find((cable) => {
    const parts = parseCableId(cable.id)
    return parts !== null && parts.post === post && Number(parts.serial) === serial && parts.year === year && cable.id !== citing.id
  })
  return found?.id ?? null
}

/** The corpus cables whose references resolve to `cited`: the way back along a reference. */
export function citedBy<C extends Pick<CableSummary, 'id' | 'references'>>(cited: Pick<CableSummary, 'id'>, corpus: readonly C[]): C[] {
  return corpus.filter((cable) => cable.id !== cited.id && cable.references.some((reference) => resolveReference(reference, cable, corpus) === cited.id))
}
