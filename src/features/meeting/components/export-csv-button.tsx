import { useId, useState } from 'react'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import { joinNames } from '@/lib/format'
import type { CsvNames } from '../lib/briefing-csv'
import { downloadBlob } from '@/lib/download'

interface ExportCsvButtonProps {
  /** The cables the view covers, named in the file name. */
  cableIds: readonly string[]
  /** The view's filtered items, from useFilteredView: already redacted when public-safe is on. */
  filtered: FilteredDashboard
  names: CsvNames
  publicSafe: boolean
  /** Kinds of rows that failed to load. */
  notLoaded?: readonly ('positions' | 'figures' | 'events')[]
}

/**
 * One CSV of what the view shows; the writer is loaded on the first click, not with the page. Where a
 * kind of row failed to load, the file is not made until the user says to make it without them (and
 * its name says so): a CSV with no position rows read as if the cables recorded none, as a deck would.
 */
export function ExportCsvButton({ cableIds, filtered, names, publicSafe, notLoaded = [] }: ExportCsvButtonProps) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [asked, setAsked] = useState(false)
  const statusId = useId()
  const missing = joinNames(notLoaded.map((kind) => `the ${kind}`))
  const incomplete = notLoaded.length > 0

  async function exportCsv(withoutMissing: boolean) {
    if (incomplete && !withoutMissing) {
      setAsked(true)
      setMessage(`Not exported: ${missing} did not load, and a CSV without them would read as if the cables recorded none. Retry above, or export without them.`)
      return
    }
    setBusy(true)
    setMessage('')
    try {
      const { buildBriefingRows, briefingFileName, toBriefingCsv } = await import('../lib/briefing-csv')
      const rows = buildBriefingRows(filtered, names)
      const fileName = briefingFileName(cableIds, new Date(), publicSafe, notLoaded)
      downloadBlob(new Blob([toBriefingCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName)
      setMessage(`Saved ${fileName} (${rows.length} rows${publicSafe ? ', public-safe' : ''}${incomplete ? `, without ${missing}` : ''}).`)
      setAsked(false)
    } catch {
      setMessage('The CSV could not be made. Try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={() => void exportCsv(false)} disabled={busy} aria-describedby={statusId}>
        Export CSV
      </button>
      {incomplete && asked && (
        <button type="button" onClick={() => void exportCsv(true)} disabled={busy}>
          Export without {missing}
        </button>
      )}
      <span id={statusId} role="status" className="meeting-actions__status">
        {/* Once the missing rows have loaded, the refusal no longer holds. */}
        {asked && !incomplete ? '' : message}
      </span>
    </>
  )
}
