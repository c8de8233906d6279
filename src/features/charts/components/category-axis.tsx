import { Text } from 'recharts'

/** Below this, a label wraps past three lines; the bars still get the rest. */
const NARROWEST_AXIS = 110

/**
 * A horizontal bar chart's category axis: `widest` px where there is room, and never more than 40% of
 * the chart, so that on a phone the bars keep the rest (a fixed 330 px axis left a 310 px card none).
 */
export function categoryAxisWidth(chartWidth: number, widest: number): number {
  return Math.min(widest, Math.max(NARROWEST_AXIS, Math.round(chartWidth * 0.4)))
}

/** A category's name wrapped to the axis's width (at most three lines), right-aligned against the axis; classed as recharts classes its own ticks. */
export function WrappedTick({ x, y, payload, width }: { x?: number; y?: number; payload?: { value?: unknown }; width: number }) {
  return (
    <Text className="recharts-cartesian-axis-tick-value" x={x} y={y} width={width} maxLines={3} textAnchor="end" verticalAnchor="middle" fontSize={16} fill="#1a1d21">
      {String(payload?.value ?? '')}
    </Text>
  )
}
