import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis, usePlotArea, useXAxisScale } from 'recharts'
import type { Figure, Organization } from '@/contract/schemas'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import type { TableData } from '../lib/csv'
import { formatFigureValue, qualifiersMissingFromDisplay } from '@/domain/selectors/figures'
import { joinNames, organizationFullName, organizationLabel } from '../lib/names'
import { wrapText } from '../lib/wrap-text'
import { ChartFrame } from './chart-frame'

const TITLE = 'Counterfeit share of goods at Silk Street'

/** The words that must travel with the number: the cable's hedges, who sourced it, who disputes it. */
function describeCounterfeitShare(figure: Figure, organizations: readonly Organization[]) {
  const asserters = joinNames(figure.assertedBy.map((id) => organizationLabel(id, organizations)))
  const disputers = joinNames(figure.disputes.map((d) => organizationFullName(d.organizationId, organizations)))
  const sourcedBy = [figure.source, asserters && `cited by ${asserters}`].filter(Boolean).join(' ')
  const qualifiers = figure.qualifiers.map((q) => `“${q}”`).join(', ')
  const missing = qualifiersMissingFromDisplay(figure)
  const takeaway =
    `${figure.label}: ${figure.display}${missing.length ? ` (${missing.join(', ')})` : ''}` +
    `${sourcedBy ? `, from ${sourcedBy}` : ''}; ${disputers ? `challenged by ${disputers}` : 'no dispute recorded in the cable'}.`
  const notes = [
    qualifiers && `The cable's qualifiers: ${qualifiers}`,
    sourcedBy && `Source of the figure: ${sourcedBy}`,
    ...figure.disputes.map((d) => `⚠ Challenged by ${organizationFullName(d.organizationId, organizations)}: ${d.summary}`),
  ].filter((n): n is string => Boolean(n))
  return { takeaway, notes, asserters, disputers }
}

/** Text drawn on the chart itself: the range over the bar, the notes under the axis. */
function RangeAnnotations({ figure, noteLines }: { figure: Figure; noteLines: string[] }) {
  const scale = useXAxisScale()
  const plot = usePlotArea()
  if (!scale || !plot || figure.value.kind !== 'range') return null
  const right = Number(scale(figure.value.max))
  if (!Number.isFinite(right)) return null
  return (
    <g className="chart-annotation">
      <text x={right} y={plot.y - 34} textAnchor="end" fontSize={22} fontWeight={700} fill="#1a1d21">
        {formatFigureValue(figure)}
      </text>
      <text x={right} y={plot.y - 10} textAnchor="end" fontSize={16} fill="#1a1d21">
        {figure.display}
      </text>
      {noteLines.map((line, i) => (
        <text key={i} x={plot.x} y={plot.y + plot.height + 56 + i * 24} fontSize={16} fill={line.startsWith('⚠') || line.startsWith('  ') ? '#a3171b' : '#1a1d21'} fontWeight={line.startsWith('⚠') ? 700 : 400}>
          {line}
        </text>
      ))}
    </g>
  )
}

/** The disputed 80–90% figure drawn as the range it is, with its hedges and the dispute on the chart. */
export function SilkStreetChart({ figure, organizations }: { figure: Figure | undefined; organizations: readonly Organization[] }) {
  if (!figure || figure.value.kind !== 'range') {
    return <ChartFrame slug="silk-street-counterfeit-share" title={TITLE} takeaway="" citations={[]} table={{ caption: TITLE, columns: [], rows: [] }} emptyNote="The Silk Street counterfeit figure is not among the figures the current filters show.">{null}</ChartFrame>
  }
  const { takeaway, notes, asserters, disputers } = describeCounterfeitShare(figure, organizations)
  // Continuation lines of a dispute keep its colour: they are indented with two spaces.
  const noteLines = notes.flatMap((note) => wrapText(note, 78).map((line, i) => (i > 0 && note.startsWith('⚠') ? `  ${line}` : line)))
  const height = 64 + 70 + 48 + noteLines.length * 24 + 8
  const table: TableData = {
    caption: `${TITLE}: the range the cable gives, with its qualifiers and the dispute`,
    columns: ['Figure', 'Low (%)', 'High (%)', 'As the cable puts it', 'Qualifiers', 'Source', 'Asserted by', 'Disputed by', 'Paragraphs'],
    rows: [[figure.label, figure.value.min, figure.value.max, figure.display, figure.qualifiers.join('; '), figure.source, asserters, disputers || 'none', formatParagraphs(citedParagraphs(figure.citations))]],
  }
  return (
    <ChartFrame anchorId={`figure-${figure.id}`} slug="silk-street-counterfeit-share" title={TITLE} takeaway={takeaway} citations={[...figure.citations, ...figure.disputes.map((d) => d.citation)]} table={table} exportNotes={[]}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart layout="vertical" data={[{ name: figure.label, range: [figure.value.min, figure.value.max] }]} margin={{ top: 64, right: 44, bottom: height - 64 - 70, left: 16 }} accessibilityLayer={false}>
          <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 16, fill: '#1a1d21' }} stroke="#4a5260" />
          <YAxis type="category" dataKey="name" hide />
          <Bar dataKey="range" fill="#0b5cad" stroke="#1a1d21" barSize={40} background={{ fill: '#e8ebf0' }} isAnimationActive={false} />
          <RangeAnnotations figure={figure} noteLines={noteLines} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
