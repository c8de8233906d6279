import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis, type LabelProps } from 'recharts'
import { useWidth } from '../lib/use-width'
import { categoryAxisWidth, longestWordLength, TICK_GAP, tickFontSize, WrappedTick } from './category-axis'
import { PatternDefs, type PatternSpec } from './pattern-fill'

const COUNT_LABEL = { fontSize: 16, fontWeight: 700, fill: '#1a1d21', stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const
/** A bold 16 px digit's width, and the room a count needs either side so neighbours' haloes do not touch. */
const DIGIT_WIDTH = 10
const LABEL_PADDING = 4

/**
 * A segment's count, in its middle, where the segment is wide enough to hold it: on a narrow segment
 * two neighbouring counts ran together ("1" and "6" read as "16"). The takeaway and the data table
 * give every count.
 */
export function countFits(value: unknown, segmentWidth: number): boolean {
  const count = Number(value)
  return count > 0 && segmentWidth >= String(count).length * DIGIT_WIDTH + 2 * LABEL_PADDING
}

function CountLabel({ viewBox, value }: LabelProps) {
  if (!viewBox || !('width' in viewBox) || !countFits(value, viewBox.width)) return null
  const { x, y, width, height } = viewBox
  return (
    <text className="chart-count" x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" style={COUNT_LABEL}>
      {String(value)}
    </text>
  )
}

export interface StackedSeries extends PatternSpec {
  /** The series' field in each row. */
  key: string
  name: string
}

interface StackedBarsProps {
  rows: readonly Record<string, string | number>[]
  /** The rows' field that names each bar (the category axis). */
  category: string
  series: readonly StackedSeries[]
  /** The category axis's width where there is room (categoryAxisWidth narrows it on a phone). */
  widestAxis: number
  height: number
}

/**
 * Horizontal bars, one per row, stacked by series, each segment patterned and labelled with its count:
 * the issues-by-topic and positions-by-voice charts. Measured, so that the category axis leaves the bars
 * room on a phone.
 */
export function StackedBars({ rows, category, series, widestAxis, height }: StackedBarsProps) {
  const [measureRef, chartWidth] = useWidth(800)
  const longestWord = longestWordLength(rows.map((row) => String(row[category])))
  const axisWidth = categoryAxisWidth(chartWidth, widestAxis, longestWord)
  const tickWidth = axisWidth - TICK_GAP
  return (
    <div ref={measureRef}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart layout="vertical" data={[...rows]} margin={{ top: 8, right: 32, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <PatternDefs patterns={series} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 16, fill: '#1a1d21' }} stroke="#4a5260" />
          <YAxis type="category" dataKey={category} width={axisWidth} tick={<WrappedTick width={tickWidth} fontSize={tickFontSize(tickWidth, longestWord)} />} stroke="#4a5260" />
          {series.map((s) => (
            <Bar key={s.id} dataKey={s.key} name={s.name} stackId="stack" fill={`url(#${s.id})`} stroke="#1a1d21" isAnimationActive={false}>
              <LabelList dataKey={s.key} content={CountLabel} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
