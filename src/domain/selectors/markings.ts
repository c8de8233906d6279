import type { Marking } from '@/contract/schemas'

/**
 * Handling markings from least to most restrictive. An unmarked paragraph ranks above U: it is not cleared
 * as public, and the public-safe view hides it. Ranked below U, a slide of 07BEIJING2463's unmarked ¶6–7
 * said "Highest marking on this slide: U".
 */
const RANK: Record<string, number> = { U: 1, SBU: 3, C: 5, S: 6, TS: 7 }
const UNMARKED_RANK = 2
/** A marking this table does not know ranks above SBU, so an unfamiliar caveat is never understated. */
const UNKNOWN_RANK = 4

/** What a page or slide resting on no paragraph at all is marked. */
export const NO_MARKING_LABEL = 'none'
/** What an unmarked paragraph is, in the handling line. */
export const UNMARKED_LABEL = 'unmarked (not cleared as U)'

/** "S//NF" ranks as S, "TS/SCI" as TS: the level comes before any caveat. */
export function markingRank(marking: Marking): number {
  if (marking === null || marking.trim() === '') return UNMARKED_RANK
  const level = marking.trim().toUpperCase().split('/')[0] ?? ''
  return RANK[level] ?? UNKNOWN_RANK
}

/** The most restrictive marking among `markings`, as printed ("SBU"); "none" when there are none. */
export function highestMarking(markings: Iterable<Marking>): string {
  let highest: Marking | undefined
  let highestRank = 0
  for (const marking of markings) {
    const rank = markingRank(marking)
    if (rank > highestRank) {
      highest = marking
      highestRank = rank
    }
  }
  if (highest === undefined) return NO_MARKING_LABEL
  return highest?.trim() || UNMARKED_LABEL
}
