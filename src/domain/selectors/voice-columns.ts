/**
 * An issue's positions by voice, in columns read across: what the venue page and the venue slides show.
 * Apart from voices.ts, which the first screen loads, so this code loads with the pages that use it.
 */
import type { Position, Venue } from '@/contract/schemas'
import { VOICES, voiceOf, type Voice } from './voices'

export interface VoiceColumn<P> {
  voice: Voice
  positions: P[]
}

/**
 * An issue's positions in a column per voice, read across. At a meeting, the United States and China
 * always, so a side that said nothing reads as silence; the others only where they have positions. In
 * the post's own assessment no side met anyone: only the voices it holds (two empty columns beside
 * the post's comment said nothing a reader needs).
 */
export function columnsByVoice<P extends Pick<Position, 'side' | 'reportingVerb'>>(positions: readonly P[], venueKind: Venue['kind']): VoiceColumn<P>[] {
  const sidesAlways = venueKind === 'meeting'
  return VOICES.map((voice) => ({ voice, positions: positions.filter((p) => voiceOf(p) === voice) })).filter(
    (column) => (sidesAlways && (column.voice === 'US' || column.voice === 'China')) || column.positions.length > 0,
  )
}

/**
 * What a voice's empty column says: silent in this view where public-safe or a filter may have hidden
 * what it said, or silent in the data, which records every position the cable reports.
 */
export const noPosition = (narrowed: boolean): string => (narrowed ? 'No position in this view' : 'No position recorded')
