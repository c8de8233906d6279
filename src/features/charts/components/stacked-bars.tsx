import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { useWidth } from '../lib/use-width'
import { categoryAxisWidth, WrappedTick } from './category-axis'
import { PatternDefs, type PatternSpec } from './pattern-fill'

const COUNT_LABEL = { fontSize: 16, fontWeight: 700, fill: '#1a1d21', stroke: '#ffffff', strokeWidth: 4, paintOrder: 'stroke' } as const

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
 * the issues-by-topic and positions-by-side charts. Measured, so that the category axis leaves the bars
 * room on a phone.
 */
export function StackedBars({ rows, category, series, widestAxis, height }: StackedBarsProps) {
  const [measureRef, chartWidth] = useWidth(800)
  const axisWidth = categoryAxisWidth(chartWidth, widestAxis)
  return (
    <div ref={measureRef}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart layout="vertical" data={[...rows]} margin={{ top: 8, right: 32, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <PatternDefs patterns={series} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 16, fill: '#1a1d21' }} stroke="#4a5260" />
          <YAxis type="category" dataKey={category} width={axisWidth} tick={<WrappedTick width={axisWidth - 12} />} stroke="#4a5260" />
          {series.map((s) => (
            <Bar key={s.id} dataKey={s.key} name={s.name} stackId="stack" fill={`url(#${s.id})`} stroke="#1a1d21" isAnimationActive={false}>
              <LabelList dataKey={s.key} position="center" formatter={(v: unknown) => (Number(v) > 0 ? String(v) : '')} style={COUNT_LABEL} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
