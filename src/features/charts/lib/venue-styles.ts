import type { Voice } from '@/domain/selectors/voices'

/**
 * Okabe–Ito colours (safe for colour-blind viewers) paired with a fill pattern, so a venue
 * never depends on colour alone. Index by the venue's place in the unfiltered list, so a
 * venue keeps its look whatever the filters hide.
 */
const OKABE_ITO = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#E69F00', '#000000', '#F0E442'] as const
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross' | 'vertical' | 'checks'
const PATTERNS: readonly PatternKind[] = ['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'vertical']

export interface VenueStyle {
  color: string
  pattern: PatternKind
}

export function venueStyle(venueId: string | null, allVenueIds: readonly string[]): VenueStyle {
  return styleAt(venueId === null ? -1 : allVenueIds.indexOf(venueId))
}

/** Same styles as `venueStyle`, with the index looked up once for all venues: for many lookups. */
export function venueStyler(allVenueIds: readonly string[]): (venueId: string | null) => VenueStyle {
  const index = new Map(allVenueIds.map((id, i) => [id, i]))
  return (venueId) => styleAt(venueId === null ? -1 : (index.get(venueId) ?? -1))
}

function styleAt(index: number): VenueStyle {
  if (index < 0) return { color: '#5c5c5c', pattern: 'solid' }
  return { color: OKABE_ITO[index % OKABE_ITO.length]!, pattern: PATTERNS[index % PATTERNS.length]! }
}

/** "Other venues": a neutral mid grey, and a checked texture no single venue uses. */
export const OTHER_VENUES_STYLE: VenueStyle = { color: '#858585', pattern: 'checks' }

/**
 * Voice colours from styles.css (--us, --china, --other, --cable), written out so exported images carry
 * them. The cable's own account is dark green with a line texture, unlike either side's.
 */
export const VOICE_STYLES = {
  US: { color: '#0072B2', pattern: 'solid' },
  China: { color: '#B35900', pattern: 'diagonal' },
  other: { color: '#5c5c5c', pattern: 'dots' },
  cable: { color: '#00775A', pattern: 'horizontal' },
} as const satisfies Record<Voice, VenueStyle>
