import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis, usePlotArea, useXAxisScale } from 'recharts'
import type { Figure, Organization } from '@/contract/schemas'
import { joinNames } from '@/lib/format'
import { formatDatePointMarked } from '@/lib/format-marked'
import { contextQuotes } from '@/domain/selectors/figure-context'
import type { TableData } from '@/lib/csv'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { capitalized, inSentence } from '@/domain/selectors/prose'
import { VOICE_STYLES } from '../lib/venue-styles'
import { ChartFrame } from './chart-frame'
import { PatternDefs } from './pattern-fill'
import { useWidth } from '../lib/use-width'
import { charsPerLine, wrapText } from '../lib/wrap-text'

const TITLE = 'CIECC website visitors from the United States'
const REST_LABEL = 'All other visitors, not broken down by the cable'

const MARGIN = { top: 36, right: 44, bottom: 56, left: 16 }
const LINE_HEIGHT = 22

/** The remainder's label, wrapped to the room right of the split (a phone's chart cut it at "All other visitors, not br"). */
function restLabelLines(chartWidth: number, usShare: number): string[] {
  const split = MARGIN.left + ((chartWidth - MARGIN.left - MARGIN.right) * usShare) / 100
  return wrapText(REST_LABEL, charsPerLine(chartWidth - split - 8, 16))
}

function SegmentLabels({ usShare, restLines }: { usShare: number; restLines: string[] }) {
  const scale = useXAxisScale()
  const plot = usePlotArea()
  if (!scale || !plot) return null
  const start = Number(scale(0))
  const split = Number(scale(usShare))
  if (!Number.isFinite(start) || !Number.isFinite(split)) return null
  return (
    <g className="chart-annotation" fontSize={16} fill="#1a1d21">
      <text x={start} y={plot.y - 12} fontWeight={700}>{`United States: ${usShare}%`}</text>
      {restLines.map((line, i) => (
        <text key={i} x={split + 8} y={plot.y + plot.height + 52 + i * LINE_HEIGHT}>
          {line}
        </text>
      ))}
    </g>
  )
}

/** MOFCOM's 20%: the US share against one undivided remainder, because that is all the cable gives. */
export function UsVisitorShareChart({ figure, organizations }: { figure: Figure | undefined; organizations: readonly Organization[] }) {
  const [measureRef, width] = useWidth(800)
  if (!figure || figure.value.kind !== 'exact') {
    return <ChartFrame slug="ciecc-us-visitors" title={TITLE} takeaway="" citations={[]} markings={[]} table={{ caption: TITLE, columns: [], rows: [] }} emptyNote="The CIECC visitor figure is not among the figures the current filters show.">{null}</ChartFrame>
  }
  const usShare = figure.value.value
  const when = figure.asOf ? formatDatePointMarked(figure.asOf) : null
  const asserters = joinNames(figure.assertedBy.map((id) => organizationLabel(id, organizations)))
  const saidBy = joinNames(figure.assertedBy.map((id) => inSentence(organizationLabel(id, organizations))))
  const takeaway =
    `${saidBy ? `${capitalized(saidBy)} said ` : ''}${usShare}% of visitors to the CIECC website${when ? ` in ${when}` : ''} were from the United States; ` +
    'the cable does not break down the rest.'
  // Whatever else the figure rests on is quoted with its paragraph, never put in the asserter's mouth.
  const ownWords = contextQuotes(figure).map((c) => `Also in ¶${c.paragraph}: “${c.quote}”`)
  const table: TableData = {
    caption: `${TITLE}${when ? `, ${when}` : ''}: share of visitors (%)`,
    columns: ['Visitors', 'Share (%)', 'As the cable puts it', 'Said by'],
    rows: [
      ['United States', usShare, figure.display, asserters],
      [REST_LABEL, 'not stated', 'not broken down by the cable', ''],
    ],
  }
  const ids = { us: 'ciecc-us-fill', rest: 'ciecc-rest-fill' }
  const restLines = restLabelLines(width, usShare)
  const bottom = MARGIN.bottom + (restLines.length - 1) * LINE_HEIGHT
  const height = 170 + bottom - MARGIN.bottom
  return (
    <ChartFrame
      anchorId={`figure-${figure.id}`}
      slug="ciecc-us-visitors"
      title={TITLE}
      takeaway={takeaway}
      citations={figure.citations}
      markings={figure.markings}
      table={table}
      exportNotes={ownWords}
      footer={ownWords.length > 0 && ownWords.map((note) => <p key={note} className="chart-card__note">{note}</p>)}
    >
      <div ref={measureRef}>
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
          <BarChart layout="vertical" data={[{ name: when ?? 'Visitors', us: usShare, rest: 100 - usShare }]} margin={{ ...MARGIN, bottom }} accessibilityLayer={false}>
            <PatternDefs patterns={[{ id: ids.us, ...VOICE_STYLES.US }, { id: ids.rest, color: '#d4d8de', pattern: 'solid' }]} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 16, fill: '#1a1d21' }} stroke="#4a5260" />
            <YAxis type="category" dataKey="name" hide />
            <Bar dataKey="us" stackId="share" fill={`url(#${ids.us})`} stroke="#1a1d21" barSize={44} isAnimationActive={false} />
            <Bar dataKey="rest" stackId="share" fill={`url(#${ids.rest})`} stroke="#1a1d21" barSize={44} isAnimationActive={false} />
            <SegmentLabels usShare={usShare} restLines={restLines} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  )
}
