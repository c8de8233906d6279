import type { PatternKind, VenueStyle } from '../lib/venue-styles'

/** Marks drawn over the colour so series differ by texture too, not by colour alone. */
function PatternMarks({ kind }: { kind: PatternKind }) {
  const ink = { stroke: '#ffffff', strokeWidth: 2.5 }
  switch (kind) {
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,10 l10,-10 M8,12 l4,-4" {...ink} />
    case 'horizontal':
      return <path d="M0,5 h10" {...ink} />
    case 'vertical':
      return <path d="M5,0 v10" {...ink} />
    case 'cross':
      return <path d="M0,5 h10 M5,0 v10" {...ink} />
    case 'dots':
      return <circle cx="5" cy="5" r="2" fill="#ffffff" />
    case 'checks':
      return <path d="M0,0 h5 v5 h-5 z M5,5 h5 v5 h-5 z" fill="#ffffff" fillOpacity={0.6} />
    default:
      return null
  }
}

export interface PatternSpec extends VenueStyle {
  id: string
}

/** <defs> with one pattern per series; place inside the chart's <svg> so exports carry them. */
export function PatternDefs({ patterns }: { patterns: readonly PatternSpec[] }) {
  return (
    <defs>
      {patterns.map(({ id, color, pattern }) => (
        <pattern key={id} id={id} width="10" height="10" patternUnits="userSpaceOnUse">
          <rect width="10" height="10" fill={color} />
          <PatternMarks kind={pattern} />
        </pattern>
      ))}
    </defs>
  )
}

/** "Online copyright" with its colour-and-texture swatch; the swatch carries its own pattern. */
export function LegendList({ items, label }: { items: readonly (PatternSpec & { name: string })[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <svg width="28" height="20" aria-hidden="true">
            <PatternDefs patterns={[{ ...item, id: `${item.id}-swatch` }]} />
            <rect width="28" height="20" fill={`url(#${item.id}-swatch)`} stroke="#1a1d21" />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  )
}

/** "blue, diagonal hatching": how a series looks, in words, for exported legends. */
export function describeStyle(style: VenueStyle): string {
  const names: Record<string, string> = { '#0072B2': 'blue', '#009E73': 'green', '#D55E00': 'vermilion', '#CC79A7': 'pink', '#56B4E9': 'sky blue', '#E69F00': 'orange', '#000000': 'black', '#F0E442': 'yellow', '#B35900': 'dark orange', '#5c5c5c': 'grey', '#858585': 'mid grey', '#00775A': 'dark green' }
  const texture: Record<PatternKind, string> = { solid: 'solid', diagonal: 'diagonal hatching', dots: 'dots', horizontal: 'horizontal lines', vertical: 'vertical lines', cross: 'grid', checks: 'checks' }
  return `${names[style.color] ?? style.color}, ${texture[style.pattern]}`
}
