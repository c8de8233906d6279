import type { Voice } from '@/domain/selectors/voices'

/**
 * A voice's colour alone (voice-badge.tsx), beside a heading that names it in words ("United States"):
 * a badge there read "China China" on screen and "US United States" aloud.
 */
export function VoiceSwatch({ voice }: { voice: Voice }) {
  return <span className={`voice-badge voice-badge--swatch voice-badge--${voice}`} aria-hidden="true" />
}
