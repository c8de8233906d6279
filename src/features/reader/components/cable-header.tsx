import type { ReactNode } from 'react'
import type { Cable, CableSummary } from '@/contract/schemas'
import { FactList } from '@/components/fact-list'
import { Link } from '@/components/link'
import { citedBy, resolveReference } from '@/domain/selectors/cables'
import { formatCorpusParagraphs } from '@/domain/selectors/describe-view'
import { formatTimestamp, joinNames } from '@/lib/format'
import { useSearch } from '@/lib/router'
import { routeHref } from '@/lib/routes'

/** The cable's routing facts as the cable states them ("Not stated" where it does not); references to cables of the corpus are links. */
export function CableHeader({ cable, corpus }: { cable: Cable; corpus: readonly CableSummary[] }) {
  const search = useSearch()
  const sensitive = cable.paragraphs.filter((p) => p.marking !== 'U')
  const markings = [...new Set(sensitive.map((p) => p.marking ?? 'unmarked'))]
  const handling = sensitive.length
    ? `${joinNames(markings)}: ${formatCorpusParagraphs(sensitive.map((p) => ({ cableId: cable.id, number: p.number }))).replace(`${cable.id} `, '')}`
    : 'Every paragraph is marked U'
  const facts: [string, ReactNode][] = [
    ['Cable', cable.id],
    ['Sent', cable.sent ? formatTimestamp(cable.sent) : null],
    ['From', cable.origin],
    ['Precedence', cable.precedence],
    ['Classification', cable.classification],
    ['Paragraph markings', handling],
    [
      'References',
      cable.references.length ? (
        <ul className="reader__references">
          {cable.references.map((reference) => {
            const target = resolveReference(reference, cable, corpus)
            return (
              <li key={reference}>
                {target ? (
                  <Link href={routeHref('reader', { cableId: target }, search)} aria-label={`${reference}: read cable ${target}`}>
                    {reference}
                  </Link>
                ) : (
                  reference
                )}
                {target && <span className="reader__reference-note"> (cable {target}, in this dataset)</span>}
              </li>
            )
          })}
        </ul>
      ) : (
        'None'
      ),
    ],
    ['Cited by', citingCables(cable, corpus, search)],
    ['Tags', cable.tags.length ? cable.tags.join(' ') : null],
  ]
  return (
    <header className="panel reader__header">
      <p className="reader__kicker">Cable {cable.id}</p>
      <h1 id="reader-title">{cable.subject ?? `Cable ${cable.id}`}</h1>
      <FactList facts={facts} />
      {cable.addressees.length > 0 && (
        <details className="reader__addressees">
          <summary>Addressees ({cable.addressees.length})</summary>
          <ul>
            {cable.addressees.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        </details>
      )}
    </header>
  )
}

/** The cables of the dataset that list this one among their references, each a link; "None in this dataset" otherwise. */
function citingCables(cable: Cable, corpus: readonly CableSummary[], search: string): ReactNode {
  const citing = citedBy(cable, corpus)
  if (citing.length === 0) return 'No cable in this dataset'
  return (
    <ul className="reader__references">
      {citing.map((other) => (
        <li key={other.id}>
          <Link href={routeHref('reader', { cableId: other.id }, search)} aria-label={`Cited by cable ${other.id}: read it`}>
            {other.id}
          </Link>
          {other.subject ? ` (${other.subject})` : ''}
        </li>
      ))}
    </ul>
  )
}

