import { joinNames } from '@/lib/format'
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis, usePlotArea, useXAxisScale } from 'recharts'
import type { Figure, Organization } from '@/contract/schemas'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import type { TableData } from '@/lib/csv'
import { figureCitations, formatFigureValue, qualifiersNotShown } from '@/domain/selectors/figures'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { inSentence } from '@/domain/selectors/prose'
import { organizationFullName } from '../lib/names'
import { useWidth } from '../lib/use-width'
import { charsPerLine, wrapText } from '../lib/wrap-text'
import { ChartFrame } from './chart-frame'

const TITLE = 'Counterfeit share of goods at Silk Street'

/** The words that must travel with the number: the cable's hedges, who sourced it, who disputes it. */
function describeCounterfeitShare(figure: Figure, organizations: readonly Organization[]) {
  const asserters = joinNames(figure.assertedBy.map((id) => organizationLabel(id, organizations)))
  const disputers = joinNames(figure.disputes.map((d) => organizationFullName(d.organizationId, organizations)))
  // In sentences, names take their article ("challenged by the Chaoyang District government"); the table's cells stay bare.
  const citedBy = joinNames(figure.assertedBy.map((id) => inSentence(organizationLabel(id, organizations))))
  const challengedBy = joinNames(figure.disputes.map((d) => inSentence(organizationFullName(d.organizationId, organizations))))
  const sourcedBy = [figure.source, citedBy && `cited by ${citedBy}`].filter(Boolean).join(' ')
  const qualifiers = figure.qualifiers.map((q) => `“${q}”`).join(', ')
  const missing = qualifiersNotShown(figure)
  const takeaway =
    `${figure.label}: ${figure.display}${missing.length ? ` (${missing.join(', ')})` : ''}` +
    `${sourcedBy ? `, from ${sourcedBy}` : ''}; ${challengedBy ? `challenged by ${challengedBy}` : 'no dispute in this view'}.`
  const notes = [
    // "Up to" sets a ceiling, not a floor: the bar says so in words as well as in its drawing.
    figure.qualifiers.some((q) => /^up to$/i.test(q))
      ? `The pale bar reaches the highest figure the cable gives ("up to"), not a measured share; the bracket marks the ${formatFigureValue(figure)} range.`
      : `The bracket marks the ${formatFigureValue(figure)} range the cable gives.`,
    qualifiers && `The cable's qualifiers: ${qualifiers}`,
    sourcedBy && `Source of the figure: ${sourcedBy}`,
    ...figure.disputes.map((d) => `⚠ Challenged by ${inSentence(organizationFullName(d.organizationId, organizations))}: ${d.summary}`),
  ].filter((n): n is string => Boolean(n))
  return { takeaway, notes, asserters, disputers }
}

const MARGIN = { left: 16, right: 44 }
const DISPLAY_FONT_SIZE = 22
const DISPLAY_LINE_HEIGHT = 26

/**
 * Text drawn on the chart itself: the figure in the cable's words, the range's bracket, the notes under the axis.
 * The figure's words end at the top of the range where they fit left of it, and start at the chart's left
 * where they do not (a phone's): ending there, "up to 80–90% (in some categories)" showed only "some categories)".
 */
function RangeAnnotations({ figure, displayLines, noteLines }: { figure: Figure; displayLines: string[]; noteLines: string[] }) {
  const scale = useXAxisScale()
  const plot = usePlotArea()
  if (!scale || !plot || figure.value.kind !== 'range') return null
  const left = Number(scale(figure.value.min))
  const right = Number(scale(figure.value.max))
  if (!Number.isFinite(right) || !Number.isFinite(left)) return null
  const middle = plot.y + plot.height / 2
  return (
    <g className="chart-annotation">
      {displayLines.map((line, i) => {
        const endsAtRange = displayLines.length === 1 && line.length * DISPLAY_FONT_SIZE * 0.65 <= right - plot.x
        return (
          <text key={i} x={endsAtRange ? right : plot.x} y={plot.y - 34 - (displayLines.length - 1 - i) * DISPLAY_LINE_HEIGHT} textAnchor={endsAtRange ? 'end' : 'start'} fontSize={DISPLAY_FONT_SIZE} fontWeight={700} fill="#1a1d21">
            {line}
          </text>
        )
      })}
      <text x={plot.x} y={plot.y - 10} fontSize={16} fill="#a3171b" fontWeight={700}>
        {figure.disputes.length > 0 ? '⚠ disputed' : ''}
      </text>
      {/* The stated range as a bracket just above the bar: the bar itself claims no lower bound. */}
      <g stroke="#1a1d21" strokeWidth={3} data-range-bracket>
        <line x1={left} x2={right} y1={middle - 26} y2={middle - 26} />
        <line x1={left} x2={left} y1={middle - 26} y2={middle - 16} />
        <line x1={right} x2={right} y1={middle - 26} y2={middle - 16} />
      </g>
      {noteLines.map((line, i) => {
        // A dispute's lines, the wrapped ones too, read as one: red and bold throughout.
        const dispute = line.startsWith('⚠') || line.startsWith('  ')
        return (
          <text key={i} x={plot.x} y={plot.y + plot.height + 56 + i * 24} fontSize={16} fill={dispute ? '#a3171b' : '#1a1d21'} fontWeight={dispute ? 700 : 400}>
            {line}
          </text>
        )
      })}
    </g>
  )
}

/** The disputed 80–90% figure drawn as the range it is, with its hedges and the dispute on the chart. */
export function SilkStreetChart({ figure, organizations }: { figure: Figure | undefined; organizations: readonly Organization[] }) {
  const [measureRef, width] = useWidth(800)
  if (!figure || figure.value.kind !== 'range') {
    return <ChartFrame slug="silk-street-counterfeit-share" title={TITLE} takeaway="" citations={[]} markings={[]} table={{ caption: TITLE, columns: [], rows: [] }} emptyNote="The Silk Street counterfeit figure is not among the figures the current filters show.">{null}</ChartFrame>
  }
  const { takeaway, notes, asserters, disputers } = describeCounterfeitShare(figure, organizations)
  // Wrapped to the chart's width: 78 characters a line at most, as many as a phone's chart holds at least.
  const plotWidth = width - MARGIN.left - MARGIN.right
  const noteChars = Math.min(78, charsPerLine(width - MARGIN.left - 8, 16))
  // Continuation lines of a dispute keep its colour: they are indented with two spaces.
  const noteLines = notes.flatMap((note) => wrapText(note, noteChars).map((line, i) => (i > 0 && note.startsWith('⚠') ? `  ${line}` : line)))
  const displayLines = wrapText(figure.display, charsPerLine(plotWidth, DISPLAY_FONT_SIZE, true))
  const top = 64 + (displayLines.length - 1) * DISPLAY_LINE_HEIGHT
  const height = top + 70 + 48 + noteLines.length * 24 + 8
  const table: TableData = {
    caption: `${TITLE}: the range the cable gives, with its qualifiers and the dispute`,
    // "Up to 80–90" is one stated ceiling, not a low and a high reading: the table keeps it whole.
    columns: ['Figure', 'As the cable puts it', 'Highest share stated (%)', 'Lower bound', 'Qualifiers', 'Source', 'Cited by', 'Disputed by', 'Paragraphs'],
    rows: [[figure.label, figure.display, formatFigureValue(figure).replace('%', ''), 'not stated', figure.qualifiers.join('; '), figure.source, asserters, disputers || 'none in this view', formatParagraphs(citedParagraphs(figureCitations(figure)))]],
  }
  return (
    <ChartFrame anchorId={`figure-${figure.id}`} slug="silk-street-counterfeit-share" title={TITLE} takeaway={takeaway} citations={figureCitations(figure)} markings={figure.markings} table={table} exportNotes={[]}>
      <div ref={measureRef}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
          <BarChart layout="vertical" data={[{ name: figure.label, upTo: figure.value.max }]} margin={{ ...MARGIN, top, bottom: height - top - 70 }} accessibilityLayer={false}>
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 16, fill: '#1a1d21' }} stroke="#4a5260" />
            <YAxis type="category" dataKey="name" hide />
            <Bar dataKey="upTo" fill="#b9d3ee" stroke="#1a1d21" strokeDasharray="6 4" barSize={40} background={{ fill: '#f3f5f8' }} isAnimationActive={false} />
            <RangeAnnotations figure={figure} displayLines={displayLines} noteLines={noteLines} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  )
}
