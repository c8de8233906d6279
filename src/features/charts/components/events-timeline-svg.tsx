import type { Venue } from '@/contract/schemas'
import { otherVenuesLabel } from '../lib/fold-venues'
import { venueLabeller } from '../lib/names'
import { TIMELINE_WINDOW, type TimelineLane } from '../lib/timeline'
import { OTHER_VENUES_STYLE, venueStyler } from '../lib/venue-styles'
import { PatternDefs } from './pattern-fill'

const WIDTH = 960
const LABEL_COLUMN = 250
const AXIS_HEIGHT = 44
const ROW_HEIGHT = 32
const LANE_PADDING = 14
const QUARTER_LABELS = ['Jan', 'Apr', 'Jul', 'Oct']

const x = (time: number) => LABEL_COLUMN + ((time - TIMELINE_WINDOW.start) / (TIMELINE_WINDOW.end - TIMELINE_WINDOW.start)) * (WIDTH - LABEL_COLUMN - 24)

function monthStarts(): Date[] {
  const months: Date[] = []
  for (let d = new Date(TIMELINE_WINDOW.start); d.getTime() <= TIMELINE_WINDOW.end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) months.push(d)
  return months
}

function MonthAxis({ height }: { height: number }) {
  return (
    <g fontSize={16} fill="#1a1d21">
      {monthStarts().map((month) => {
        const quarter = month.getUTCMonth() % 3 === 0
        return (
          <g key={month.getTime()}>
            <line x1={x(month.getTime())} x2={x(month.getTime())} y1={AXIS_HEIGHT - 8} y2={height} stroke={quarter ? '#8a929e' : '#dde1e7'} />
            {quarter && (
              // Near the right edge there is room for the month only: the year is the previous label's.
              <text x={x(month.getTime()) + 4} y={24}>
                {x(month.getTime()) > WIDTH - 100 ? QUARTER_LABELS[month.getUTCMonth() / 3] : `${QUARTER_LABELS[month.getUTCMonth() / 3]} ${month.getUTCFullYear()}`}
              </text>
            )}
          </g>
        )
      })}
    </g>
  )
}

export interface NumberedLane extends TimelineLane {
  /** Per item, the number (or range of numbers) it has in the key. */
  numbers: string[]
}

const laneKey = (lane: TimelineLane) => (lane.foldedVenueIds ? 'other-venues' : (lane.venueId ?? 'none'))

/**
 * One lane per venue. A day is a dot; a month, a year or a range is a bar across all of it,
 * so a date known only to the month never looks exact. Plans and states are hollow, inferred
 * dates outlined in dots.
 */
export function EventsTimelineSvg({ lanes, allVenues, patternPrefix }: { lanes: readonly NumberedLane[]; allVenues: readonly Venue[]; patternPrefix: string }) {
  const style = venueStyler(allVenues.map((v) => v.id))
  const label = venueLabeller(allVenues)
  const laneTops = [AXIS_HEIGHT]
  for (const lane of lanes) laneTops.push((laneTops.at(-1) ?? AXIS_HEIGHT) + lane.rows * ROW_HEIGHT + 2 * LANE_PADDING)
  const height = (laneTops.at(-1) ?? AXIS_HEIGHT) + 8
  const patterns = lanes.map((lane) => ({ id: `${patternPrefix}-${laneKey(lane)}`, ...(lane.foldedVenueIds ? OTHER_VENUES_STYLE : style(lane.venueId)) }))
  return (
    <svg data-chart-svg width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} className="events-timeline" fontFamily="system-ui, sans-serif">
      <PatternDefs patterns={patterns} />
      <MonthAxis height={height} />
      {lanes.map((lane, laneIndex) => {
        const top = laneTops[laneIndex] ?? AXIS_HEIGHT
        const bottom = laneTops[laneIndex + 1] ?? top
        const fill = `url(#${patterns[laneIndex]?.id})`
        return (
          <g key={laneKey(lane)}>
            <line x1={0} x2={WIDTH - 24} y1={bottom} y2={bottom} stroke="#c9ced6" />
            <text x={8} y={(top + bottom) / 2 + 6} fontSize={16} fontWeight={700} fill="#1a1d21">
              {lane.foldedVenueIds ? otherVenuesLabel(lane.foldedVenueIds.length) : label(lane.venueId)}
            </text>
            {lane.items.map((item, i) => {
              const middle = top + LANE_PADDING + item.row * ROW_HEIGHT + ROW_HEIGHT / 2
              const isDay = item.precision === 'day'
              const right = isDay ? x((item.start + item.end) / 2) + 9 : Math.max(x(item.end), x(item.start) + 6)
              // A plan or a state is not a happening: hollow. An inferred date: a dotted outline.
              const markFill = item.kind === 'happening' ? fill : '#ffffff'
              const outline = item.inferred ? '2 3' : isDay ? undefined : '5 3'
              return (
                <g key={item.event.id} data-event-kind={item.kind} data-inferred={item.inferred || undefined}>
                  {isDay ? (
                    <circle cx={right - 9} cy={middle} r={9} fill={markFill} stroke="#1a1d21" strokeWidth={item.kind === 'happening' ? 2 : 3} strokeDasharray={outline} />
                  ) : (
                    <rect x={x(item.start)} y={middle - 9} width={right - x(item.start)} height={18} rx={2} fill={markFill} stroke="#1a1d21" strokeWidth={item.kind === 'happening' ? 2 : 3} strokeDasharray={outline} />
                  )}
                  {/* A number that would run off the right edge goes before its mark instead. */}
                  <text
                    x={right + 36 > WIDTH ? (isDay ? right - 23 : x(item.start) - 5) : right + 5}
                    textAnchor={right + 36 > WIDTH ? 'end' : 'start'}
                    y={middle + 6}
                    fontSize={16}
                    fontWeight={700}
                    fill="#1a1d21"
                    stroke="#ffffff"
                    strokeWidth={4}
                    paintOrder="stroke"
                  >
                    {lane.numbers[i]}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
