import { useId, useState } from 'react'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import type { CsvNames } from '../lib/briefing-csv'

interface ExportCsvButtonProps {
  cableId: string
  /** The view's filtered items, from useFilteredView: already redacted when public-safe is on. */
  filtered: FilteredDashboard
  names: CsvNames
  publicSafe: boolean
}

/** One CSV of what the view shows; papaparse is loaded on the first click, not with the page. */
export function ExportCsvButton({ cableId, filtered, names, publicSafe }: ExportCsvButtonProps) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const statusId = useId()

  async function exportCsv() {
    setBusy(true)
    setMessage('')
    try {
      const { buildBriefingRows, briefingFileName, toBriefingCsv } = await import('../lib/briefing-csv')
      const rows = buildBriefingRows(filtered, names)
      const fileName = briefingFileName(cableId, new Date(), publicSafe)
      saveFile(new Blob([toBriefingCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName)
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

/** Saves through a temporary <a download>; the object URL is revoked once the click is handled. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.hidden = true
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
