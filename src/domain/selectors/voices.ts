/**
 * Whose voice a position is in. A position the cable attributes to a speaker ("USTR pointed out",
 * "Wang Yefei said") is in its speaker's side's voice; one the cable states itself, with no reporting
 * verb (a note or comment of the post: "The increasing trend towards basic level civil IPR courts is
 * of little help to foreigners", 07BEIJING2566 ¶7), is the cable's own account. The two are counted
 * apart: the reporting post's view is not the US side raising a point in a meeting, and counting them
 * together had a card read "2 US" where the US said nothing.
 */
import type { Position, Side } from '@/contract/schemas'

export type Voice = Side | 'cable'

/** Every side, with the name people read. A Record over the contract's Side type: a new side fails to compile until it is named here. */
export const SIDE_LABELS: Record<Side, string> = { US: 'United States', China: 'China', other: 'Other' }
/** In the contract's order. Not read from sideSchema, which would pull the validators into the first download. */
export const SIDES = Object.keys(SIDE_LABELS) as Side[]

/** The sides, then the cable's own account. */
export const VOICE_LABELS: Record<Voice, string> = { ...SIDE_LABELS, cable: "The cable's own account" }
export const VOICES = Object.keys(VOICE_LABELS) as Voice[]

/** The voice of a position: the cable's own where it names no reporting verb, else its speaker's side. */
export const voiceOf = (position: Pick<Position, 'side' | 'reportingVerb'>): Voice => (position.reportingVerb === null ? 'cable' : position.side)

export type VoiceCounts = Record<Voice, number>

export const noVoices = (): VoiceCounts => ({ US: 0, China: 0, other: 0, cable: 0 })

/** How many of `positions` are in each voice (every voice, 0 where none). */
export function countPositionsByVoice(positions: readonly Pick<Position, 'side' | 'reportingVerb'>[]): VoiceCounts {
  const counts = noVoices()
  for (const p of positions) counts[voiceOf(p)]++
  return counts
}

/**
 * ["3 US", "18 Chinese", "2 in the cable's own account"]: only the voices a count holds, so a voice
 * filtered out never reads as silence.
 */
export function voiceCountPhrases(counts: VoiceCounts): string[] {
  const phrases: Record<Voice, string> = { US: 'US', China: 'Chinese', other: 'other', cable: "in the cable's own account" }
  return VOICES.filter((voice) => counts[voice] > 0).map((voice) => `${counts[voice]} ${phrases[voice]}`)
}

/** "3 US · 18 Chinese · 2 in the cable's own account", or "none". */
export const describeVoiceCounts = (counts: VoiceCounts): string => voiceCountPhrases(counts).join(' · ') || 'none'
