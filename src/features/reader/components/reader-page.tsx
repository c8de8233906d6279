import { useQuery } from '@tanstack/react-query'
import { cableQuery, cablesQuery } from '@/api/cables'
import { PRIMARY_CABLE_ID, useDashboardResources, type DashboardViewData } from '@/api/dashboard-data'
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

/** What the reader shows beside the text when the rest of the data failed: the text, without links to it. */
const NOTHING_CITES: DashboardViewData = { venues: [], issues: [], organizations: [], topics: [], positions: [], figures: [], events: [], people: [], paragraphs: [] }

function CableReader({ cableId }: { cableId: string }) {
  const cable = useQueryPanel(useQuery(cableQuery(cableId)))
  const { core, failures } = useDashboardResources()
  // The cable's own failure ends the page: without it there is nothing to read.
  if (cable.status === 'error') return <QueryError error={cable.error} label={`cable ${cableId}`} retrying={cable.isFetching} onRetry={cable.retry} />
  if (cable.status !== 'success' || core.status === 'pending') {
    return (
      <p className="query-state query-state--loading" role="status">
        Loading cable {cableId}…
      </p>
    )
  }
  // Anything else that failed only takes away the links to the paragraphs: the text is still shown, with a retry where the links would be.
  return (
    <Reader cable={cable.data satisfies Cable} data={core.status === 'success' ? core.data : NOTHING_CITES}>
      {core.status === 'error' && (
        <QueryError error={core.error} label="what cites the cable (the links from issues, positions, figures and events)" retrying={core.isFetching} onRetry={core.retry} />
      )}
      {failures
        .filter((f) => f.resource !== 'cable')
        .map((f) => (
          <QueryError key={f.resource} error={f.error} label={`${f.label} (their links to the paragraphs are missing)`} retrying={f.retrying} onRetry={f.retry} />
        ))}
    </Reader>
  )
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
