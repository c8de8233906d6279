import type { Voice } from '@/domain/selectors/voices'

/**
 * Okabe–Ito colours (safe for colour-blind viewers) paired with a fill pattern, so a venue
 * never depends on colour alone. Index by the venue's place in the unfiltered list, so a
 * venue keeps its look whatever the filters hide.
 */
const OKABE_ITO = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#E69F00', '#000000', '#F0E442'] as const
export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross' | 'vertical' | 'checks'

/**
 * The texture of each colour's first, second and third venue. Two venues of one colour (the 2nd and the
 * 10th) never share a kind of texture: fill, lines, dots or grid. Taken in turn over the six textures, the
 * Fujian officials' green diagonal lines and the BCB's green horizontal ones were hard to tell apart.
 */
const PATTERNS_BY_ROUND: readonly (readonly PatternKind[])[] = [
  ['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'vertical', 'solid', 'diagonal'],
  ['dots', 'cross', 'diagonal', 'dots', 'diagonal', 'cross', 'dots', 'cross'],
  ['horizontal', 'dots', 'solid', 'cross', 'solid', 'dots', 'horizontal', 'solid'],
]

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
  const slot = index % OKABE_ITO.length
  const round = Math.floor(index / OKABE_ITO.length) % PATTERNS_BY_ROUND.length
  return { color: OKABE_ITO[slot]!, pattern: PATTERNS_BY_ROUND[round]![slot]! }
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
