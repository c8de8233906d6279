import { useQuery } from '@tanstack/react-query'
import { cablesQuery } from '@/api/cables'
import { QueryState } from '@/components/query-state'
import { useQueryPanel } from '@/lib/combine-queries'
import { FactList } from '@/components/fact-list'
import { formatTimestamp } from '@/lib/format'
import type { CableSummary } from '@/contract/schemas'

/** The cable this dashboard rests on: id, date, origin, subject. */
export function CableHeaderPanel() {
  const query = useQuery(cablesQuery())
  return (
    <section className="panel" aria-labelledby="cable-heading">
      <h2 id="cable-heading">Source cable</h2>
      <QueryState query={useQueryPanel(query)} label="the cable" isEmpty={(cables) => cables.length === 0}>
        {(cables) => cables.map((cable) => <CableFacts key={cable.id} cable={cable} />)}
      </QueryState>
    </section>
  )
}

function CableFacts({ cable }: { cable: CableSummary }) {
  const facts: [string, string | null][] = [
    ['Cable', cable.id],
    ['Sent', cable.sent ? formatTimestamp(cable.sent) : null],
    ['From', cable.origin],
    ['Subject', cable.subject],
    ['Classification', cable.classification],
  ]
  return <FactList facts={facts} />
}
