import { useQuery } from '@tanstack/react-query'
import { cableQuery, cablesQuery } from '@/api/cables'
import { useDashboardResources, type DashboardViewData } from '@/api/dashboard-data'
import { BackToDashboard } from '@/components/back-to-dashboard'
import { Link } from '@/components/link'
import { QueryError, QueryState } from '@/components/query-state'
import type { Cable, CableSummary } from '@/contract/schemas'
import { postName } from '@/domain/selectors/cables'
import { formatDay } from '@/lib/format'
import { useSearch } from '@/lib/router'
import { useQueryPanel } from '@/lib/combine-queries'
import { Reader } from './reader'
import './reader.css'
import { routeHref } from '@/lib/routes'
import { usePageSubject } from '@/lib/page-title'

/** `/reader` (the list of cables) and `/reader/<cableId>`: a cable's full text, paragraph by paragraph. */
export function ReaderPage({ cableId }: { cableId: string | null }) {
  const list = useQueryPanel(useQuery(cablesQuery()))
  return (
    <>
      <BackToDashboard />
      <QueryState query={list} label="the list of cables" isEmpty={(cables) => cables.length === 0} empty={<p>The data holds no cables yet.</p>}>
        {(cables) =>
          cableId === null ? (
            <CableIndex cables={cables} />
          ) : cables.some((c) => c.id === cableId) ? (
            <CableReader key={cableId} cableId={cableId} corpus={cables} />
          ) : (
            <CableNotFound cableId={cableId} cables={cables} />
          )
        }
      </QueryState>
    </>
  )
}

/** Every cable of the corpus, to choose one to read. */
function CableIndex({ cables }: { cables: readonly CableSummary[] }) {
  return (
    <section className="panel" aria-labelledby="reader-index-heading">
      <h1 id="reader-index-heading">Cables</h1>
      <CableLinks cables={cables} />
    </section>
  )
}

function CableLinks({ cables }: { cables: readonly CableSummary[] }) {
  const search = useSearch()
  return (
    <ul className="reader-index">
      {cables.map((cable) => (
        <li key={cable.id}>
          <Link href={routeHref('reader', { cableId: cable.id }, search)}>{cable.id}</Link>
          {' — '}
          {[postName(cable.origin), cable.sent ? formatDay(cable.sent) : null, cable.classification].filter(Boolean).join(', ')}
          {cable.subject && <span className="reader-index__subject">{cable.subject}</span>}
        </li>
      ))}
    </ul>
  )
}

/** What the reader shows beside the text when the rest of the data failed: the text, without links to it. */
const NOTHING_CITES: DashboardViewData = { venues: [], issues: [], organizations: [], topics: [], positions: [], figures: [], events: [], people: [], paragraphs: [], cables: [] }

function CableReader({ cableId, corpus }: { cableId: string; corpus: readonly CableSummary[] }) {
  usePageSubject(cableId)
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
    <Reader cable={cable.data satisfies Cable} corpus={corpus} data={core.status === 'success' ? core.data : NOTHING_CITES}>
      {core.status === 'error' && (
        <QueryError
          error={core.error}
          label="what cites the cable"
          consequence="The links from issues, positions, figures and events to its paragraphs are missing."
          retrying={core.isFetching}
          onRetry={core.retry}
        />
      )}
      {failures
        .filter((f) => f.resource !== 'cable')
        .map((f) => (
          <QueryError key={f.resource} error={f.error} label={f.label} consequence="Their links to the paragraphs are missing." retrying={f.retrying} onRetry={f.retry} />
        ))}
    </Reader>
  )
}

function CableNotFound({ cableId, cables }: { cableId: string; cables: readonly CableSummary[] }) {
  return (
    <section className="panel" aria-labelledby="reader-missing">
      <h1 id="reader-missing">Cable not found</h1>
      <p>There is no cable “{cableId}” in this dataset. The link may be old or mistyped.</p>
      <p>Choose one of the cables in the dataset, or <Link href="/">go to the dashboard</Link>:</p>
      <CableLinks cables={cables} />
    </section>
  )
}
