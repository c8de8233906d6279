import { useId } from 'react'
import type { Issue, Position, Side, Venue } from '@/contract/schemas'
import { pluralize, joinNames } from '@/lib/format'
import { countPositionsBySideAndVenue, type VenueSideCount } from '@/domain/selectors/venue-counts'
import { SIDE_LABELS, SIDES, venueNamer } from '@/domain/selectors/describe-view'
import type { TableData } from '@/lib/csv'
import { foldNote, foldVenues, otherVenuesLabel } from '../lib/fold-venues'
import { SIDE_STYLES } from '../lib/venue-styles'
import { ChartFrame } from './chart-frame'
import { describeStyle, LegendList } from './pattern-fill'
import { StackedBars } from './stacked-bars'

const TITLE = 'Positions by side at each venue'
const SIDE_ADJECTIVES: Record<Side, string> = { US: 'US', China: 'Chinese', other: 'other' }

function positionsTakeaway(rows: readonly VenueSideCount[], label: (id: string) => string, unplaced: number, foldedVenues: number): string {
  const total = rows.reduce((sum, r) => sum + r.total, 0)
  // Only the sides this view holds: a side filtered out must not read as a side that said nothing.
  const bySide = SIDES.map((side) => [side, rows.reduce((sum, r) => sum + r.counts[side], 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([side, n]) => `${n} ${SIDE_ADJECTIVES[side]}`)
  const most = Math.max(...rows.map((r) => r.total))
  const busiest = rows.filter((r) => r.total === most).map((r) => label(r.venueId))
  const tail = unplaced ? ` ${pluralize(unplaced, 'position')} ${unplaced === 1 ? 'belongs to an issue' : 'belong to issues'} not shown and ${unplaced === 1 ? 'is' : 'are'} left out.` : ''
  const fold = foldedVenues ? `; ${foldNote(foldedVenues)}` : ''
  const lead = rows.length > 1 ? `; ${joinNames(busiest)} ${busiest.length === 1 ? 'has' : 'have'} the most (${most}${busiest.length > 1 ? ' each' : ''})` : ''
  return `Of ${pluralize(total, 'position')} recorded in this view, ${joinNames(bySide)}${lead}${fold}.${tail}`
}

/** Who argued what where: US, Chinese and other positions stacked per venue. */
export function PositionsBySideChart({ positions, issues, allVenues }: { positions: readonly Position[]; issues: readonly Issue[]; allVenues: readonly Venue[] }) {
  const patternPrefix = useId().replaceAll(':', '')
  const { rows, unplaced } = countPositionsBySideAndVenue(positions, issues, allVenues)
  const label = venueNamer(allVenues)
  // Every venue goes in the table; the chart draws the busiest few and one "Other venues" row.
  const { folded } = foldVenues(new Map(rows.map((r) => [r.venueId, r.total])), allVenues.map((v) => v.id))
  const isFolded = new Set(folded)
  const chartRows = rows.filter((r) => !isFolded.has(r.venueId)).map((r) => ({ venue: label(r.venueId), ...r.counts }))
  if (folded.length) {
    const counts: Record<Side, number> = { US: 0, China: 0, other: 0 }
    for (const r of rows) if (isFolded.has(r.venueId)) for (const side of SIDES) counts[side] += r.counts[side]
    chartRows.push({ venue: otherVenuesLabel(folded.length), ...counts })
  }
  const series = SIDES.map((side) => ({ id: `${patternPrefix}-${side}`, key: side, name: SIDE_LABELS[side], ...SIDE_STYLES[side] }))
  const table: TableData = {
    caption: `${TITLE}: number of positions per side`,
    columns: ['Venue', ...SIDES.map((s) => SIDE_LABELS[s]), 'Total'],
    rows: rows.map((r) => [label(r.venueId), ...SIDES.map((s) => r.counts[s]), r.total]),
  }
  const height = 56 + chartRows.length * 56
  return (
    <ChartFrame
      slug="positions-by-side"
      title={TITLE}
      takeaway={rows.length ? positionsTakeaway(rows, label, unplaced, folded.length) : ''}
      citations={positions.flatMap((p) => p.citations)}
      table={table}
      exportNotes={[`Sides: ${series.map((s) => `${s.name} (${describeStyle(s)})`).join('; ')}`]}
      emptyNote={rows.length === 0 ? 'No positions match the current filters.' : null}
      footer={<LegendList items={series} label="Sides" />}
    >
      <StackedBars rows={chartRows} category="venue" series={series} widestAxis={270} height={height} />
    </ChartFrame>
  )
}
