import type { Marking } from '@/contract/schemas'

/** Handling markings from least to most restrictive; unmarked paragraphs rank below U. */
const RANK: Record<string, number> = { U: 1, SBU: 2, C: 4, S: 5, TS: 6 }
/** A marking this table does not know ranks above SBU, so an unfamiliar caveat is never understated. */
const UNKNOWN_RANK = 3

export const UNMARKED_LABEL = 'none'

/** "S//NF" ranks as S, "TS/SCI" as TS: the level comes before any caveat. */
export function markingRank(marking: Marking): number {
  if (marking === null || marking.trim() === '') return 0
  const level = marking.trim().toUpperCase().split('/')[0] ?? ''
  return RANK[level] ?? UNKNOWN_RANK
}

/** The most restrictive marking among `markings`, as printed ("SBU"), or "none" when nothing is marked. */
export function highestMarking(markings: Iterable<Marking>): string {
  let highest: Marking = null
  let highestRank = 0
  for (const marking of markings) {
    const rank = markingRank(marking)
    if (rank > highestRank) {
      highest = marking
      highestRank = rank
    }
  }
  return highest?.trim() || UNMARKED_LABEL
}
