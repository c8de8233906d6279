import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import type { CsvNames } from '../lib/briefing-csv'
import { ExportCsvButton } from './export-csv-button'

interface MeetingActionsProps {
  /** The cables the view covers, named in the file name. */
  cableIds: readonly string[]
  filtered: FilteredDashboard
  names: CsvNames
  publicSafe: boolean
  /** Kinds of rows that failed to load: the CSV is not made without them unless asked for. */
  notLoaded?: readonly ('positions' | 'figures' | 'events')[]
}

/** The toolbar's take-away buttons: the view as a CSV, and as a printed briefing. */
export function MeetingActions(props: MeetingActionsProps) {
  return (
    <span className="meeting-actions">
      <ExportCsvButton {...props} />
      <button type="button" onClick={() => window.print()}>
        Print briefing
      </button>
    </span>
  )
}
