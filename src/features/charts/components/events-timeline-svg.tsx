import { laneLabelLines, monthAxis, DOT_RADIUS, NUMBER_GAP, type TimelineLayout } from '../lib/timeline-axis'
import type { CableEvent } from '@/contract/schemas'
import type { TimelineLane, TimelineWindow } from '../lib/timeline'
import type { VenueStyle } from '../lib/venue-styles'
import { PatternDefs } from './pattern-fill'

const AXIS_HEIGHT = 44
const ROW_HEIGHT = 32
const LANE_PADDING = 14
const LINE_HEIGHT = 20
const FONT_SIZE = 16

function MonthAxis({ window, layout, height }: { window: TimelineWindow; layout: TimelineLayout; height: number }) {
  const { ticks, labels } = monthAxis(window, layout.x, layout.width, FONT_SIZE)
  return (
    <g fontSize={FONT_SIZE} fill="#1a1d21" data-axis>
      {ticks.map((tick) => (
        <line key={tick.time} x1={tick.x} x2={tick.x} y1={AXIS_HEIGHT - 8} y2={height} stroke={tick.major ? '#8a929e' : '#dde1e7'} />
      ))}
      {labels.map((label) => (
        <text key={label.x} x={label.x} y={24}>
          {label.text}
        </text>
      ))}
    </g>
  )
}

export interface NumberedLane extends TimelineLane {
  /** Per item, the number (or range of numbers) it has in the key. */
  numbers: string[]
  /** The lane's name: a venue's subject, or a cable's id and post ("07GUANGZHOU376 · Consulate Guangzhou"). */
  label: string
  style: VenueStyle
}

/** A mark's tooltip: its event's line of the key, or for a mark standing for many, the first few and how many more. */
const TITLE_LINES = 6
function markTitle(events: readonly CableEvent[], describe: (event: CableEvent) => string): string {
  const more = events.length - TITLE_LINES
  return [...events.slice(0, TITLE_LINES).map(describe), ...(more > 0 ? [`and ${more} more (see the list below the chart)`] : [])].join('\n')
}

export const laneKey = (lane: TimelineLane) => (lane.foldedVenueIds ? 'other-venues' : (lane.cableId ?? lane.venueId ?? 'none'))

/**
 * One lane per venue, or per cable when the view holds several. A day is a dot; a month, a year
 * or a range is a bar across all of it, so a date known only to the month never looks exact.
 * Plans and states are hollow, inferred dates outlined in dots. Drawn at its real width in px
 * (never scaled), so text stays 16px and the axis labels as many months as there is room for.
 */
export function EventsTimelineSvg({
  lanes,
  window,
  layout,
  patternPrefix,
  describe,
}: {
  lanes: readonly NumberedLane[]
  window: TimelineWindow
  layout: TimelineLayout
  patternPrefix: string
  /** An event's line in the key, number first: each mark's tooltip, so a presenter need not scroll to the key. */
  describe: (event: CableEvent) => string
}) {
  const { width, labelColumn, x } = layout
  const labelLines = lanes.map((lane) => laneLabelLines(lane.label, layout.labelChars))
  // Narrow: the label sits above the lane's marks; wide: beside them, and the lane is tall enough for all its lines.
  const headers = labelLines.map((lines) => (labelColumn === null ? lines.length * LINE_HEIGHT + 4 : 0))
  const laneTops = [AXIS_HEIGHT]
  lanes.forEach((lane, i) => {
    const marks = lane.rows * ROW_HEIGHT + 2 * LANE_PADDING
    const text = (labelLines[i]?.length ?? 1) * LINE_HEIGHT + 2 * LANE_PADDING
    laneTops.push((laneTops.at(-1) ?? AXIS_HEIGHT) + (headers[i] ?? 0) + (labelColumn === null ? marks : Math.max(marks, text)))
  })
  const height = (laneTops.at(-1) ?? AXIS_HEIGHT) + 8
  const patterns = lanes.map((lane) => ({ id: `${patternPrefix}-${laneKey(lane)}`, ...lane.style }))
  return (
    <svg data-chart-svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="events-timeline" fontFamily="system-ui, sans-serif">
      <PatternDefs patterns={patterns} />
      <MonthAxis window={window} layout={layout} height={height} />
      {lanes.map((lane, laneIndex) => {
        const top = laneTops[laneIndex] ?? AXIS_HEIGHT
        const bottom = laneTops[laneIndex + 1] ?? top
        const lines = labelLines[laneIndex] ?? []
        const marksTop = top + (headers[laneIndex] ?? 0)
        // Rows centred in the lane when the label column makes it taller than its rows need.
        const rowsTop = labelColumn === null ? marksTop + LANE_PADDING : (top + bottom) / 2 - (lane.rows * ROW_HEIGHT) / 2
        const labelTop = labelColumn === null ? top + LINE_HEIGHT : (top + bottom) / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + 6
        const fill = `url(#${patterns[laneIndex]?.id})`
        return (
          <g key={laneKey(lane)} data-lane={laneKey(lane)}>
            <line x1={0} x2={width} y1={bottom} y2={bottom} stroke="#c9ced6" />
            <text x={8} y={labelTop} fontSize={FONT_SIZE} fontWeight={700} fill="#1a1d21" data-lane-label stroke="#ffffff" strokeWidth={labelColumn === null ? 4 : 0} paintOrder="stroke">
              {lines.map((line, i) => (
                <tspan key={i} x={8} dy={i === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {lane.items.map((item, i) => {
              const middle = rowsTop + item.row * ROW_HEIGHT + ROW_HEIGHT / 2
              const isDay = item.precision === 'day'
              const right = isDay ? x((item.start + item.end) / 2) + DOT_RADIUS : Math.max(x(item.end), x(item.start) + 6)
              // A plan or a state is not a happening: hollow. An inferred date: a dotted outline.
              const markFill = item.kind === 'happening' ? fill : '#ffffff'
              const outline = item.inferred ? '2 3' : isDay ? undefined : '5 3'
              return (
                <g key={item.event.id} data-event-kind={item.kind} data-inferred={item.inferred || undefined}>
                  <title>{markTitle(item.sameSpan ?? [item.event], describe)}</title>
                  {isDay ? (
                    <circle cx={right - DOT_RADIUS} cy={middle} r={DOT_RADIUS} fill={markFill} stroke="#1a1d21" strokeWidth={item.kind === 'happening' ? 2 : 3} strokeDasharray={outline} />
                  ) : (
                    <rect x={x(item.start)} y={middle - 9} width={right - x(item.start)} height={18} rx={2} fill={markFill} stroke="#1a1d21" strokeWidth={item.kind === 'happening' ? 2 : 3} strokeDasharray={outline} />
                  )}
                  {/* The right margin is as wide as the widest number: every number fits after its mark. */}
                  <text x={right + NUMBER_GAP} y={middle + 6} fontSize={FONT_SIZE} fontWeight={700} fill="#1a1d21" stroke="#ffffff" strokeWidth={4} paintOrder="stroke">
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
