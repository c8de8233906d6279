import { Text } from 'recharts'

/** Below this, a label wraps past three lines; the bars still get the rest. */
const NARROWEST_AXIS = 110

/**
 * A horizontal bar chart's category axis: `widest` px where there is room, and never more than 45% of
 * the chart, so that on a phone the bars keep the rest (a fixed 330 px axis left a 310 px card none).
 */
export function categoryAxisWidth(chartWidth: number, widest: number): number {
  return Math.min(widest, Math.max(NARROWEST_AXIS, Math.round(chartWidth * 0.45)))
}

/**
 * A category's name wrapped to the axis's width (at most three lines, four on a phone), right-aligned against the axis;
 * classed as recharts classes its own ticks. A phone's narrow axis takes a smaller size, so that names
 * such as "Supreme People's Court (07BEIJING2566)" fit whole. The size goes in `style` too: recharts
 * measures the words with it.
 */
export function WrappedTick({ x, y, payload, width }: { x?: number; y?: number; payload?: { value?: unknown }; width: number }) {
  const narrow = width < 190
  const fontSize = narrow ? 13 : 16
  return (
    <Text className="recharts-cartesian-axis-tick-value" x={x} y={y} width={width} maxLines={narrow ? 4 : 3} textAnchor="end" verticalAnchor="middle" fontSize={fontSize} style={{ fontSize }} fill="#1a1d21">
      {String(payload?.value ?? '')}
    </Text>
  )
}
