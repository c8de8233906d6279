import { useId, useState } from 'react'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import type { CsvNames } from '../lib/briefing-csv'

interface ExportCsvButtonProps {
  /** The cables the view covers, named in the file name. */
  cableIds: readonly string[]
  /** The view's filtered items, from useFilteredView: already redacted when public-safe is on. */
  filtered: FilteredDashboard
  names: CsvNames
  publicSafe: boolean
  /** Kinds of rows that failed to load: no file without them unless asked for (exportBriefing). */
  notLoaded?: readonly ('positions' | 'figures' | 'events')[]
}

/** One CSV of what the view shows; the writer is loaded on the first click, not with the page. */
export function ExportCsvButton({ notLoaded = [], ...view }: ExportCsvButtonProps) {
  const [message, setMessage] = useState('')
  /** The label of "Export without …", once the export was refused for what did not load. */
  const [offer, setOffer] = useState('')
  const [busy, setBusy] = useState(false)
  const statusId = useId()

  async function exportCsv(anyway: boolean) {
    setBusy(true)
    setMessage('')
    try {
      const { exportBriefing } = await import('../lib/briefing-csv')
      const done = exportBriefing({ ...view, notLoaded, anyway })
      setMessage(done.message)
      setOffer(done.offer)
    } catch {
      setMessage('The CSV could not be made. Try again.')
    } finally {
      setBusy(false)
    }
  }
  // Once what failed has loaded, the refusal and its offer no longer hold.
  const refused = offer !== '' && notLoaded.length > 0

  return (
    <>
      <button type="button" onClick={() => void exportCsv(false)} disabled={busy} aria-describedby={statusId}>
        Export CSV
      </button>
      {refused && (
        <button type="button" onClick={() => void exportCsv(true)} disabled={busy}>
          {offer}
        </button>
      )}
      <span id={statusId} role="status" className="meeting-actions__status">
        {offer && !refused ? '' : message}
      </span>
    </>
  )
}
