import { useQuery } from '@tanstack/react-query'
import { cableQuery, cablesQuery } from '@/api/cables'
import { PRIMARY_CABLE_ID, useDashboardData, type FullDashboardData } from '@/api/dashboard-data'
import { Link } from '@/components/link'
import { QueryError, QueryState } from '@/components/query-state'
import type { Cable } from '@/contract/schemas'
import { useQueryPanel } from '@/lib/combine-queries'
import { Reader } from './reader'
import './reader.css'

/** `/reader` (the primary cable) and `/reader/<cableId>`: the cable's full text, paragraph by paragraph. */
export function ReaderPage({ cableId }: { cableId: string | null }) {
  const id = cableId ?? PRIMARY_CABLE_ID
  const list = useQueryPanel(useQuery(cablesQuery()))
  return (
    <QueryState query={list} label="the list of cables">
      {(cables) => (cables.some((c) => c.id === id) ? <CableReader key={id} cableId={id} /> : <CableNotFound cableId={id} />)}
    </QueryState>
  )
}

function CableReader({ cableId }: { cableId: string }) {
  const cable = useQueryPanel(useQuery(cableQuery(cableId)))
  const dashboard = useDashboardData()
  // The cable's own failure first: without it there is nothing to read.
  for (const [panel, label] of [
    [cable, `cable ${cableId}`],
    [dashboard, 'what cites the cable'],
  ] as const) {
    if (panel.status === 'error') return <QueryError error={panel.error} label={label} retrying={panel.isFetching} onRetry={panel.retry} />
  }
  if (cable.status !== 'success' || dashboard.status !== 'success') {
    return (
      <p className="query-state query-state--loading" role="status">
        Loading cable {cableId}…
      </p>
    )
  }
  return <Reader cable={cable.data satisfies Cable} data={dashboard.data satisfies FullDashboardData} />
}

function CableNotFound({ cableId }: { cableId: string }) {
  return (
    <section className="panel" aria-labelledby="reader-missing">
      <h1 id="reader-missing">Cable not found</h1>
      <p>There is no cable “{cableId}” in this dataset. The link may be old or mistyped.</p>
      <p>
        <Link href={`/reader/${PRIMARY_CABLE_ID}`}>Read cable {PRIMARY_CABLE_ID}</Link> or <Link href="/">go to the dashboard</Link>
      </p>
    </section>
  )
}
