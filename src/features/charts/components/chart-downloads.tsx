import { useState, type RefObject } from 'react'
import { toCsv, type TableData } from '@/lib/csv'
import { downloadBlob } from '@/lib/download'
import { useFilterStore } from '@/lib/filter-store'
import { buildExportSvg, svgToPngBlob, type ExportText } from '../lib/export-chart'

interface ChartDownloadsProps {
  fileName: string
  table: TableData
  /** The highest marking of what the chart draws: a column of the CSV, beside every row. */
  marking: string
  /** Where the chart's <svg> lives; absent for views with no picture (e.g. tiles). */
  figureRef?: RefObject<HTMLElement | null>
  text: ExportText
}

/**
 * The marking as the CSV's last column, on every row, as the briefing CSV gives each row's: a line above
 * the header would be read as the header, and a row or column kept from a sorted or filtered sheet keeps it.
 */
const withMarking = (table: TableData, marking: string): Pick<TableData, 'columns' | 'rows'> => ({
  columns: [...table.columns, 'Highest marking of the chart\'s sources'],
  rows: table.rows.map((row) => [...row, marking]),
})

/** PNG, SVG and CSV downloads of one chart, made in the browser: nothing leaves the app's origin. */
export function ChartDownloads({ fileName: slug, table, marking, figureRef, text }: ChartDownloadsProps) {
  const [error, setError] = useState<string | null>(null)
  // As the briefing CSV's: a file from the public-safe view is not mistaken for the full view's, which may hold SBU counts.
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const fileName = publicSafe ? `${slug}-public-safe` : slug
  const chartSvg = () => figureRef?.current?.querySelector<SVGSVGElement>('svg[data-chart-svg], svg.recharts-surface') ?? null

  async function download(kind: 'png' | 'svg' | 'csv') {
    setError(null)
    try {
      if (kind === 'csv') return downloadBlob(new Blob([toCsv(withMarking(table, marking))], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`)
      const svg = chartSvg()
      if (!svg) throw new Error('The chart is not drawn yet.')
      const { markup, width, height } = buildExportSvg(svg, text)
      if (kind === 'svg') return downloadBlob(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`)
      downloadBlob(await svgToPngBlob(markup, width, height), `${fileName}.png`)
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The download failed.')
    }
  }

  return (
    <div role="group" aria-label={`Download ${text.title}`} className="chart-card__downloads">
      <span aria-hidden="true">Download:</span>
      {figureRef && (
        <>
          <button type="button" onClick={() => void download('png')}>PNG</button>
          <button type="button" onClick={() => void download('svg')}>SVG</button>
        </>
      )}
      <button type="button" onClick={() => void download('csv')}>CSV</button>
      {error && <span role="alert">{error}</span>}
    </div>
  )
}
