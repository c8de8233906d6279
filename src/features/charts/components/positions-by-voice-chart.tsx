import { useId } from 'react'
import type { Issue, Position, Venue } from '@/contract/schemas'
import { pluralize, joinNames } from '@/lib/format'
import { countPositionsByVoiceAndVenue, POSITIONS_BY_VOICE_TITLE, sumVoiceCounts, type VenueVoiceCount } from '@/domain/selectors/venue-counts'
import { venueNamer } from '@/domain/selectors/describe-view'
import { voiceCountPhrases, VOICE_LABELS, VOICES } from '@/domain/selectors/voices'
import type { TableData } from '@/lib/csv'
import { foldNote, MAX_VENUE_ROWS, foldVenues, otherVenuesLabel } from '../lib/fold-venues'
import { VOICE_STYLES } from '../lib/venue-styles'
import { ChartFrame } from './chart-frame'
import { describeStyle, LegendList } from './pattern-fill'
import { StackedBars } from './stacked-bars'

const TITLE = POSITIONS_BY_VOICE_TITLE

function positionsTakeaway(rows: readonly VenueVoiceCount[], label: (id: string) => string, unplaced: number, foldedVenues: number): string {
  const total = rows.reduce((sum, r) => sum + r.total, 0)
  const byVoice = sumVoiceCounts(rows)
  const most = Math.max(...rows.map((r) => r.total))
  const busiest = rows.filter((r) => r.total === most).map((r) => label(r.venueId))
  const tail = unplaced ? ` ${pluralize(unplaced, 'position')} ${unplaced === 1 ? 'belongs to an issue' : 'belong to issues'} not shown and ${unplaced === 1 ? 'is' : 'are'} left out.` : ''
  const fold = foldedVenues ? `; ${foldNote(foldedVenues)}` : ''
  const lead = rows.length > 1 ? `; ${joinNames(busiest)} ${busiest.length === 1 ? 'has' : 'have'} the most (${most}${busiest.length > 1 ? ' each' : ''})` : ''
  return `Of ${pluralize(total, 'position')} recorded in this view, ${joinNames(voiceCountPhrases(byVoice))}${lead}${fold}.${tail}`
}

/** Who argued what where: US, Chinese and other positions, and the cable's own account, stacked per venue. */
export function PositionsByVoiceChart({ positions, issues, allVenues }: { positions: readonly Position[]; issues: readonly Issue[]; allVenues: readonly Venue[] }) {
  const patternPrefix = useId().replaceAll(':', '')
  const { rows, unplaced } = countPositionsByVoiceAndVenue(positions, issues, allVenues)
  const label = venueNamer(allVenues)
  // Every venue goes in the table; the chart draws a row for each of the busiest and, past those, one "Other venues" row.
  const { folded } = foldVenues(new Map(rows.map((r) => [r.venueId, r.total])), allVenues.map((v) => v.id), MAX_VENUE_ROWS)
  const isFolded = new Set(folded)
  const chartRows = rows.filter((r) => !isFolded.has(r.venueId)).map((r) => ({ venue: label(r.venueId), ...r.counts }))
  if (folded.length) {
    chartRows.push({ venue: otherVenuesLabel(folded.length), ...sumVoiceCounts(rows.filter((r) => isFolded.has(r.venueId))) })
  }
  const series = VOICES.map((voice) => ({ id: `${patternPrefix}-${voice}`, key: voice, name: VOICE_LABELS[voice], ...VOICE_STYLES[voice] }))
  const table: TableData = {
    caption: `${TITLE}: number of positions each side took, and in the cable's own account`,
    columns: ['Venue', ...VOICES.map((v) => VOICE_LABELS[v]), 'Total'],
    rows: rows.map((r) => [label(r.venueId), ...VOICES.map((v) => r.counts[v]), r.total]),
  }
  return (
    <ChartFrame
      slug="positions-by-voice"
      title={TITLE}
      takeaway={rows.length ? positionsTakeaway(rows, label, unplaced, folded.length) : ''}
      citations={positions.flatMap((p) => p.citations)}
      markings={positions.flatMap((p) => p.markings)}
      table={table}
      exportNotes={[`Who says it: ${series.map((s) => `${s.name} (${describeStyle(s)})`).join('; ')}`]}
      emptyNote={rows.length === 0 ? 'No positions match the current filters.' : null}
      legend={<LegendList items={series} label="Who says it" />}
    >
      <StackedBars rows={chartRows} category="venue" series={series} widestAxis={270} rowHeight={56} />
    </ChartFrame>
  )
}
