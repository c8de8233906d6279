import { useId, useRef, useState, type ReactNode } from 'react'
import { CitationList } from '@/components/citation-link'
import type { Citation, Marking } from '@/contract/schemas'
import { highestMarking } from '@/domain/selectors/markings'
import { formatCitations } from '@/lib/citations'
import type { TableData } from '@/lib/csv'
import { ChartDownloads } from './chart-downloads'
import { DataTable } from './data-table'

interface ChartFrameProps {
  /** Element id that citations in the reader link back to, e.g. figure-<id>. */
  anchorId?: string
  slug: string
  title: string
  /** One sentence computed from the data; also the chart's accessible name. */
  takeaway: string
  citations: readonly Citation[]
  /**
   * The markings of every item the chart draws. The most restrictive is shown under the sources and goes with
   * every download: a PNG pasted into a deck, or a CSV passed on, says how it must be handled.
   */
  markings: readonly Marking[]
  table: TableData
  /** Lines added under the chart in exported images (qualifiers, disputes, legend). */
  exportNotes?: string[]
  /** Set when the view is text already (tiles): no picture, so no PNG/SVG and no role="img". */
  textOnly?: boolean
  /** Shown instead of the chart when the filters leave nothing to draw. */
  emptyNote?: string | null
  children: ReactNode
  /**
   * The key to the chart's colours and textures, shown above it and kept in view while it scrolls by: under
   * the topic chart, 1,900 px of bars tall, the key was out of sight while anyone read them.
   */
  legend?: ReactNode
  /** Visible text right under the chart: keys too long to keep in view, things left out. */
  footer?: ReactNode
}

/**
 * Recharts draws its layers into <g> elements it renders through portals, and React listens for focus
 * events on a portal's container; Chromium makes an SVG element with such listeners a Tab stop. That gave
 * 16 nameless stops inside the dashboard's charts. A figure is one image to assistive technology, and none
 * of its parts is a stop: each layer leaves the Tab order as it appears.
 */
function keepLayersOutOfTabOrder(figure: HTMLElement): () => void {
  const untab = () => figure.querySelectorAll('g[class*="recharts-zIndex-layer"]:not([tabindex])').forEach((layer) => layer.setAttribute('tabindex', '-1'))
  untab()
  if (typeof MutationObserver === 'undefined') return () => {}
  const observer = new MutationObserver(untab)
  observer.observe(figure, { childList: true, subtree: true })
  return () => observer.disconnect()
}

const MARKING_LABEL = 'Highest marking of its sources'

/** Heading, takeaway, chart, source line, data table toggle and downloads: the same for every chart. */
export function ChartFrame({ anchorId, slug, title, takeaway, citations, markings, table, exportNotes = [], textOnly, emptyNote, children, legend, footer }: ChartFrameProps) {
  const headingId = useId()
  const tableId = useId()
  const figureRef = useRef<HTMLDivElement>(null)
  const [tableVisible, setTableVisible] = useState(false)
  // Each cable with its own paragraphs: "Sources: 07BEIJING2566 ¶11; 07GUANGZHOU376 ¶3, 5".
  const cableIds = [...new Set(citations.map((c) => c.cableId))]
  const byCable = cableIds.map((id) => ({ id, citations: citations.filter((c) => c.cableId === id) }))
  const sourceLabel = cableIds.length > 1 ? 'Sources' : 'Source'
  const sourceNote = `${sourceLabel}: ${formatCitations(citations)}`
  const marking = highestMarking(markings)

  return (
    <section id={anchorId} className="chart-card panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {emptyNote ? (
        <p className="chart-card__empty">{emptyNote}</p>
      ) : (
        <>
          <p className="chart-card__takeaway">{takeaway}</p>
          {textOnly ? (
            children
          ) : (
            // The key sticks only within this wrapper: it leaves with the chart, and never covers the links and buttons below it.
            <div className="chart-card__keyed">
              {legend && <div className="chart-card__legend">{legend}</div>}
              <div
                className="chart-card__figure"
                role="img"
                aria-label={takeaway}
                ref={(figure) => {
                  figureRef.current = figure
                  if (!figure) return
                  const stopWatching = keepLayersOutOfTabOrder(figure)
                  return () => {
                    stopWatching()
                    figureRef.current = null
                  }
                }}
              >
                {children}
              </div>
            </div>
          )}
          {footer}
          <p className="chart-card__source">
            {sourceLabel}:{' '}
            {byCable.map((cable, i) => (
              <span key={cable.id} className="chart-card__source-cable">
                {i > 0 && '; '}
                {cable.id} <CitationList citations={cable.citations} />
              </span>
            ))}
          </p>
          <p className="chart-card__marking">
            {MARKING_LABEL}: <strong>{marking}</strong>
          </p>
          <div className="chart-card__actions">
            <button type="button" aria-expanded={tableVisible} aria-controls={tableId} onClick={() => setTableVisible((v) => !v)}>
              {tableVisible ? 'Hide data table' : 'Show data table'}
            </button>
            <ChartDownloads
              fileName={slug}
              table={table}
              marking={marking}
              figureRef={textOnly ? undefined : figureRef}
              text={{ banner: `${MARKING_LABEL}: ${marking}`, title, takeaway, notes: [...exportNotes, sourceNote] }}
            />
          </div>
          <DataTable id={tableId} table={table} visible={tableVisible} />
        </>
      )}
    </section>
  )
}
