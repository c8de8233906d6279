import { Bar, BarChart, LabelList, ResponsiveContainer, Text, XAxis, YAxis, type LabelProps } from 'recharts'
import { useWidth } from '../lib/use-width'
import { charsPerLine, wrapText } from '../lib/wrap-text'
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
  /** Each bar's share of the chart's height where the names sit beside the bars. */
  rowHeight: number
}

/**
 * Narrower than this (a phone's card), each name goes above its bar and the bars take the chart's
 * whole width: beside them, the names took half of a 336 px chart and left the bars about 75 px.
 */
const NAMES_ABOVE_BARS_BELOW = 560
const MARGIN = { top: 8, right: 32, bottom: 8, left: 8 }
/** The room the number axis takes under the bars. */
const X_AXIS_HEIGHT = 30
const BAR_SIZE = 24
const NAME_FONT_SIZE = 15
const NAME_LINE_HEIGHT = 19
/** Between a name and its bar, and between a bar and the next name. */
const NAME_GAP = 6
const ROW_GAP = 16
/** The most lines a name above its bar may take; the longest (an agency's name in full) takes two on a phone. */
const MAX_NAME_LINES = 3

/**
 * The lines a name needs at `width` px, wrapped at spaces as the charts' own drawn text is (wrapText), at a
 * bold character's width so that the room kept above each bar is never too little for the name.
 */
export const estimatedLines = (name: string, width: number, fontSize = NAME_FONT_SIZE): number => wrapText(name, charsPerLine(width, fontSize, true)).length

/** The chart's height and each row's, with every name above its bar. */
export function namesAboveLayout(names: readonly string[], chartWidth: number) {
  // Up to the chart's edge: only the bars keep a right margin, for a count drawn past a bar's end.
  const nameWidth = chartWidth - MARGIN.left
  const lines = Math.min(MAX_NAME_LINES, Math.max(1, ...names.map((name) => estimatedLines(name, nameWidth))))
  const nameHeight = lines * NAME_LINE_HEIGHT
  const band = nameHeight + NAME_GAP + BAR_SIZE + ROW_GAP
  // A bar sits in the middle of its band, so the first name reaches above the first band by this much.
  const top = MARGIN.top + Math.max(0, nameHeight + NAME_GAP - (band - BAR_SIZE) / 2)
  return { lines, nameWidth, top, height: top + names.length * band + MARGIN.bottom + X_AXIS_HEIGHT }
}

/** A bar's name, left-aligned above it across the chart's width: a phone's layout. */
function NameAbove({ y, payload, width, lines }: { y?: number; payload?: { value?: unknown }; width: number; lines: number }) {
  return (
    <Text
      className="recharts-cartesian-axis-tick-value"
      x={MARGIN.left}
      y={(y ?? 0) - BAR_SIZE / 2 - NAME_GAP}
      width={width}
      maxLines={lines}
      textAnchor="start"
      verticalAnchor="end"
      lineHeight={NAME_LINE_HEIGHT}
      fontSize={NAME_FONT_SIZE}
      style={{ fontSize: NAME_FONT_SIZE }}
      fill="#1a1d21"
    >
      {String(payload?.value ?? '')}
    </Text>
  )
}

/**
 * Horizontal bars, one per row, stacked by series, each segment patterned and labelled with its count:
 * the issues-by-topic and positions-by-voice charts. Measured: where the chart is wide, each name sits on
 * an axis beside its bar; on a phone, above it, so that the bars keep the width.
 */
export function StackedBars({ rows, category, series, widestAxis, rowHeight }: StackedBarsProps) {
  const [measureRef, chartWidth] = useWidth(800)
  const names = rows.map((row) => String(row[category]))
  const namesAbove = chartWidth < NAMES_ABOVE_BARS_BELOW
  const longestWord = longestWordLength(names)
  const axisWidth = categoryAxisWidth(chartWidth, widestAxis, longestWord)
  const tickWidth = axisWidth - TICK_GAP
  const above = namesAboveLayout(names, chartWidth)
  const height = namesAbove ? above.height : MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT + 10 + rows.length * rowHeight
  return (
    <div ref={measureRef}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart layout="vertical" data={[...rows]} margin={namesAbove ? { ...MARGIN, top: above.top, left: 0 } : MARGIN} accessibilityLayer={false}>
          <PatternDefs patterns={series} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 16, fill: '#1a1d21' }} stroke="#4a5260" />
          {namesAbove ? (
            <YAxis type="category" dataKey={category} width={MARGIN.left} tickLine={false} axisLine={false} tick={<NameAbove width={above.nameWidth} lines={above.lines} />} stroke="#4a5260" />
          ) : (
            <YAxis type="category" dataKey={category} width={axisWidth} tick={<WrappedTick width={tickWidth} fontSize={tickFontSize(tickWidth, longestWord)} />} stroke="#4a5260" />
          )}
          {series.map((s) => (
            <Bar key={s.id} dataKey={s.key} name={s.name} stackId="stack" fill={`url(#${s.id})`} stroke="#1a1d21" isAnimationActive={false} {...(namesAbove ? { barSize: BAR_SIZE } : {})}>
              <LabelList dataKey={s.key} content={CountLabel} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
