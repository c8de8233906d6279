import { wrapText } from './wrap-text'
import type { TimelineWindow } from './timeline'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Em per character assumed for regular and bold text: above the average of wide UI fonts (DejaVu Sans digits are 0.64em, bold 0.70em). */
const EM_PER_CHAR = { regular: 0.64, bold: 0.72 } as const

/**
 * A deliberately generous estimate of how wide a line of text is drawn, in px. SVG text cannot be
 * measured before it is drawn, and the tests run without layout, so placement rests on this.
 */
export function estimateTextWidth(text: string, fontSize = 16, weight: keyof typeof EM_PER_CHAR = 'regular'): number {
  return Math.ceil(text.length * fontSize * EM_PER_CHAR[weight])
}

/** How many characters of bold text fit in `width` px. */
export const boldCharsIn = (width: number, fontSize = 16) => Math.floor(width / (fontSize * EM_PER_CHAR.bold))

export interface AxisTick {
  time: number
  x: number
  /** A tick that carries a label (or would, at a wider size): drawn darker. */
  major: boolean
}

export interface AxisLabel {
  text: string
  /** Left end of the text (labels start just right of their tick). */
  x: number
  width: number
}

/** Months between labels, finest first: every month, quarters, half-years, years, then every few years. */
const STEPS = [1, 3, 6, 12, 24, 60] as const
/** Clear space kept between one label's end and the next one's start. */
const LABEL_GAP = 12
/** Labels start this far right of their tick line. */
const LABEL_INSET = 4

export interface MonthAxis {
  /** Months between labelled ticks. */
  step: number
  ticks: AxisTick[]
  labels: AxisLabel[]
}

/** Each label starts at least `LABEL_GAP` px after the one before it ends. */
const fits = (labels: readonly AxisLabel[]) => labels.every((label, i) => i === 0 || label.x >= labels[i - 1]!.x + labels[i - 1]!.width + LABEL_GAP)

function monthText(time: number, step: number, first: boolean): string {
  const d = new Date(time)
  // Years alone once labels are a year or more apart; otherwise the month, with the year at each January and at the start.
  if (step >= 12) return String(d.getUTCFullYear())
  return d.getUTCMonth() === 0 || first ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : (MONTHS[d.getUTCMonth()] ?? '')
}

/**
 * The month ticks of the window and which of them are labelled: the finest step (monthly,
 * quarterly, half-yearly, yearly…) whose labels, at their estimated widths, leave a gap between
 * them and stay inside [0, `right`]. `x` maps a time to px.
 */
export function monthAxis(window: TimelineWindow, x: (time: number) => number, right: number, fontSize = 16): MonthAxis {
  const months: number[] = []
  const from = new Date(window.start)
  for (let i = 0; ; i++) {
    const time = Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1)
    if (time > window.end) break
    months.push(time)
  }
  const labelsFor = (step: number): AxisLabel[] => {
    const labelled = months.filter((time) => time < window.end && (new Date(time).getUTCFullYear() * 12 + new Date(time).getUTCMonth()) % step === 0)
    return labelled
      .map((time, i) => {
        const text = monthText(time, step, i === 0)
        return { text, x: x(time) + LABEL_INSET, width: estimateTextWidth(text, fontSize) }
      })
      // A label that would run past the right edge is left off; its tick stays.
      .filter((label) => label.x + label.width <= right)
  }
  const step = STEPS.find((s) => fits(labelsFor(s))) ?? STEPS.at(-1)!
  const labels = fits(labelsFor(step)) ? labelsFor(step) : []
  // Month lines only where they are at least 10px apart; otherwise just the labelled steps (or quarters).
  const monthPx = months.length > 1 ? (x(months.at(-1)!) - x(months[0]!)) / (months.length - 1) : Infinity
  const majorEvery = step < 3 ? 3 : step
  const ticks = months
    .map((time) => {
      const index = new Date(time).getUTCFullYear() * 12 + new Date(time).getUTCMonth()
      return { time, x: x(time), major: index % majorEvery === 0 || time === window.end || time === window.start }
    })
    .filter((tick) => tick.major || monthPx >= 10)
  return { step, ticks, labels }
}

/** True when no two labels' estimated extents touch (with `gap` px between) and all lie in [0, right]. */
export function labelsClear(labels: readonly AxisLabel[], right: number, gap = LABEL_GAP): boolean {
  const sorted = [...labels].sort((a, b) => a.x - b.x)
  return sorted.every((label, i) => label.x >= 0 && label.x + label.width <= right && (i === 0 || label.x >= sorted[i - 1]!.x + sorted[i - 1]!.width + gap))
}

export interface TimelineLayout {
  width: number
  /** Lane labels in a column left of the marks; otherwise (narrow) each above its lane. */
  labelColumn: number | null
  plotLeft: number
  plotRight: number
  x: (time: number) => number
  /** Room to keep free around marks, in ms, for packing rows (see `PackRoom`). */
  room: { label: number; lead: number }
  /** Characters a lane label's line may hold (bold, after the 8px inset, clear of the first marks). */
  labelChars: number
}

/** Below this width lane labels go above their lanes: a column would leave the marks no room. */
export const NARROW_BELOW = 600
/** A day's dot: radius in px. */
export const DOT_RADIUS = 9
/** Space between a mark and its number. */
export const NUMBER_GAP = 5

/**
 * Where everything goes at a given width, drawn 1:1 in px (no scaling, so text is always 16px):
 * the label column, the plot, a margin on the right wide enough for the widest number, and how
 * much time a number label takes at this scale.
 */
export function timelineLayout(width: number, window: TimelineWindow, widestNumber: string, fontSize = 16): TimelineLayout {
  const labelColumn = width >= NARROW_BELOW ? Math.round(Math.min(300, Math.max(170, width * 0.25))) : null
  const numberWidth = estimateTextWidth(widestNumber, fontSize, 'bold')
  const plotLeft = labelColumn === null ? DOT_RADIUS + 4 : labelColumn + DOT_RADIUS + 4
  const plotRight = width - (DOT_RADIUS + NUMBER_GAP + numberWidth + 4)
  const msPerPx = (window.end - window.start) / Math.max(1, plotRight - plotLeft)
  return {
    width,
    labelColumn,
    plotLeft,
    plotRight,
    x: (time) => plotLeft + ((time - window.start) / (window.end - window.start)) * (plotRight - plotLeft),
    room: { label: (DOT_RADIUS + NUMBER_GAP + numberWidth + 8) * msPerPx, lead: (DOT_RADIUS + 2) * msPerPx },
    labelChars: Math.max(8, boldCharsIn((labelColumn ?? width) - 16, fontSize)),
  }
}

/**
 * A lane's name as lines of at most `chars` characters: whole when it fits, else broken at its
 * " · " (a cable lane: id, then post) and each part word-wrapped.
 */
export function laneLabelLines(label: string, chars: number): string[] {
  if (label.length <= chars) return [label]
  return label.split(' · ').flatMap((part) => wrapText(part, chars))
}
