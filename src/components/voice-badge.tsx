import type { Voice } from '@/domain/selectors/voices'

const LABELS: Record<Voice, string> = { US: 'US', China: 'China', other: 'Other', cable: 'Cable' }

/**
 * A side (or, over positions, the cable's own account) in words and colour together: colour is never
 * the only cue. The cable's badge is outlined, not filled: it is the reporting post, not a party.
 */
export function VoiceBadge({ voice }: { voice: Voice }) {
  return <span className={`voice-badge voice-badge--${voice}`}>{LABELS[voice]}</span>
}
