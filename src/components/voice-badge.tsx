import type { Voice } from '@/domain/selectors/voices'

const LABELS: Record<Voice, string> = { US: 'US', China: 'China', other: 'Other', cable: 'Cable' }

/**
 * A side (or, over positions, the cable's own account) in words and colour together: colour is never
 * the only cue. The cable's badge is outlined, not filled: it is the reporting post, not a party.
 * `swatch`: the colour alone, beside a heading that names the voice in words ("United States"), which
 * would otherwise read "China China" on screen and "US United States" aloud.
 */
export function VoiceBadge({ voice, swatch = false }: { voice: Voice; swatch?: boolean }) {
  if (swatch) return <span className={`voice-badge voice-badge--swatch voice-badge--${voice}`} aria-hidden="true" />
  return <span className={`voice-badge voice-badge--${voice}`}>{LABELS[voice]}</span>
}
