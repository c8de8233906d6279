import type { Side } from '@/contract/schemas'

const LABELS: Record<Side, string> = { US: 'US', China: 'China', other: 'Other' }

/** The side in words and colour together: colour is never the only cue. */
export function SideBadge({ side }: { side: Side }) {
  return <span className={`side-badge side-badge--${side}`}>{LABELS[side]}</span>
}
