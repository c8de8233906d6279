import { Text } from 'recharts'

/** Below this, a label wraps past three lines; the bars still get the rest. */
const NARROWEST_AXIS = 110
/** Between a tick's text and the axis line: a tick is this much narrower than its axis. */
export const TICK_GAP = 12
/** A tick narrower than this (a phone's) takes the narrow type, so that names fit whole. */
const NARROW_TICK = 190
const NARROW_FONT_SIZE = 13
const FONT_SIZE = 16
const WIDEST_CHAR_EM = 0.7

/** Characters of a word at a type size, in px (capitals and digits, the widest, are about 0.7em). */
const wordWidth = (chars: number, fontSize: number) => Math.ceil(chars * fontSize * WIDEST_CHAR_EM)

/**
 * The type a tick draws its names in: the full size where the tick is wide and its longest word fits,
 * the narrow type otherwise (a phone's axis, or a word that would be cut at the full size).
 */
export function tickFontSize(tickWidth: number, longestWord: number): number {
  return tickWidth >= NARROW_TICK && wordWidth(longestWord, FONT_SIZE) <= tickWidth ? FONT_SIZE : NARROW_FONT_SIZE
}

/**
 * A horizontal bar chart's category axis: `widest` px where there is room, and never more than 45% of
 * the chart, so that on a phone the bars keep the rest (a fixed 330 px axis left a 310 px card none);
 * up to 55% where a name's longest word needs it at the narrow type, since a word wider than the axis
 * is cut with "…" ("Supreme People's Court (07BEIJING24…" lost the cable that tells two courts apart).
 */
export function categoryAxisWidth(chartWidth: number, widest: number, longestWord = 0): number {
  const axis = Math.min(widest, Math.max(NARROWEST_AXIS, Math.round(chartWidth * 0.45)))
  const needed = wordWidth(longestWord, NARROW_FONT_SIZE) + TICK_GAP
  return Math.max(axis, Math.min(needed, Math.round(chartWidth * 0.55)))
}

/** The length of the longest word among `names`, in characters. */
export const longestWordLength = (names: readonly string[]) => Math.max(0, ...names.flatMap((name) => name.split(/\s+/).map((word) => word.length)))

/**
 * A category's name wrapped to the axis's width (at most three lines, five on a phone, where "Shanghai Administration
 * of Industry and Commerce (SAIC)" needs five), right-aligned against the axis;
 * classed as recharts classes its own ticks, at the size tickFontSize gives. The size goes in `style`
 * too: recharts measures the words with it.
 */
export function WrappedTick({ x, y, payload, width, fontSize }: { x?: number; y?: number; payload?: { value?: unknown }; width: number; fontSize: number }) {
  const narrow = fontSize === NARROW_FONT_SIZE
  return (
    <Text className="recharts-cartesian-axis-tick-value" x={x} y={y} width={width} maxLines={narrow ? 5 : 3} textAnchor="end" verticalAnchor="middle" fontSize={fontSize} style={{ fontSize }} fill="#1a1d21">
      {String(payload?.value ?? '')}
    </Text>
  )
}
