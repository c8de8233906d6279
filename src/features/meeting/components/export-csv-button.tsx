import { useId, useState } from 'react'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import type { CsvNames } from '../lib/briefing-csv'
import { downloadBlob } from '@/lib/download'

interface ExportCsvButtonProps {
  /** The cables the view covers, named in the file name. */
  cableIds: readonly string[]
  /** The view's filtered items, from useFilteredView: already redacted when public-safe is on. */
  filtered: FilteredDashboard
  names: CsvNames
  publicSafe: boolean
}

/** One CSV of what the view shows; the writer is loaded on the first click, not with the page. */
export function ExportCsvButton({ cableIds, filtered, names, publicSafe }: ExportCsvButtonProps) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const statusId = useId()

  async function exportCsv() {
    setBusy(true)
    setMessage('')
    try {
      const { buildBriefingRows, briefingFileName, toBriefingCsv } = await import('../lib/briefing-csv')
      const rows = buildBriefingRows(filtered, names)
      const fileName = briefingFileName(cableIds, new Date(), publicSafe)
      downloadBlob(new Blob([toBriefingCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName)
      setMessage(`Saved ${fileName} (${rows.length} rows${publicSafe ? ', public-safe' : ''}).`)
    } catch {
      setMessage('The CSV could not be made. Try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={() => void exportCsv()} disabled={busy} aria-describedby={statusId}>
        Export CSV
      </button>
      <span id={statusId} role="status" className="meeting-actions__status">
        {message}
      </span>
    </>
  )
}
