import { Text } from 'recharts'

/** Below this, a label wraps past three lines; the bars still get the rest. */
const NARROWEST_AXIS = 110
/** A phone's axis takes the narrow type; the widest of its characters (capitals, digits) is about 0.7em. */
const NARROW_FONT_SIZE = 13
const WIDEST_CHAR_EM = 0.7
/** Between a tick's text and the axis line. */
const TICK_GAP = 12

/**
 * A horizontal bar chart's category axis: `widest` px where there is room, and never more than 45% of
 * the chart, so that on a phone the bars keep the rest (a fixed 330 px axis left a 310 px card none);
 * up to 55% where a name's longest word needs it, since a word wider than the axis is cut with "…"
 * ("Supreme People's Court (07BEIJING24…" lost the cable that tells two courts apart).
 */
export function categoryAxisWidth(chartWidth: number, widest: number, longestWord = 0): number {
  const share = (fraction: number) => Math.round(chartWidth * fraction)
  const wordFits = Math.min(share(0.55), Math.ceil(longestWord * NARROW_FONT_SIZE * WIDEST_CHAR_EM) + TICK_GAP)
  return Math.min(widest, Math.max(NARROWEST_AXIS, share(0.45), wordFits))
}

/** The length of the longest word among `names`, in characters. */
export const longestWordLength = (names: readonly string[]) => Math.max(0, ...names.flatMap((name) => name.split(/\s+/).map((word) => word.length)))

/**
 * A category's name wrapped to the axis's width (at most three lines, four on a phone), right-aligned against the axis;
 * classed as recharts classes its own ticks. A phone's narrow axis takes a smaller size, so that names
 * such as "Supreme People's Court (07BEIJING2566)" fit whole. The size goes in `style` too: recharts
 * measures the words with it.
 */
export function WrappedTick({ x, y, payload, width }: { x?: number; y?: number; payload?: { value?: unknown }; width: number }) {
  const narrow = width < 190
  const fontSize = narrow ? NARROW_FONT_SIZE : 16
  return (
    <Text className="recharts-cartesian-axis-tick-value" x={x} y={y} width={width} maxLines={narrow ? 4 : 3} textAnchor="end" verticalAnchor="middle" fontSize={fontSize} style={{ fontSize }} fill="#1a1d21">
      {String(payload?.value ?? '')}
    </Text>
  )
}
