import type { ReactNode } from 'react'
import type { Cable, CableSummary } from '@/contract/schemas'
import { FactList } from '@/components/fact-list'
import { Link } from '@/components/link'
import { citedBy, resolveReference } from '@/domain/selectors/cables'
import { isPublicMarking, type CorpusParagraph } from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from '@/lib/filter-store'
import { paragraphsPointingAt } from '@/domain/selectors/references'
import { formatCorpusParagraphs } from '@/domain/selectors/describe-view'
import { formatTimestamp, joinNames } from '@/lib/format'
import { useSearch } from '@/lib/router'
import { paragraphHref } from '@/lib/citations'
import { routeHref } from '@/lib/routes'

/** The cable's routing facts as the cable states them ("Not stated" where it does not); references to cables of the corpus are links. */
export function CableHeader({ cable, corpus, paragraphs }: { cable: Cable; corpus: readonly CableSummary[]; paragraphs: readonly CorpusParagraph[] }) {
  const search = useSearch()
  // What the view may read: in the public-safe view, a sensitive paragraph's words point nowhere.
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const readable = cable.paragraphs.filter((p) => !publicSafe || isPublicMarking(p.marking))
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
          {cable.references.map((reference, index) => {
            const target = resolveReference(reference, cable, corpus)
            const where = paragraphsPointingAt(readable, index, cable.references.length)
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
                <PointedAt cableId={cable.id} numbers={where} search={search} here />
              </li>
            )
          })}
        </ul>
      ) : (
        'None'
      ),
    ],
    ['Cited by', citingCables(cable, corpus, paragraphs, search)],
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
function citingCables(cable: Cable, corpus: readonly CableSummary[], paragraphs: readonly CorpusParagraph[], search: string): ReactNode {
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
          <PointedAt cableId={other.id} numbers={pointingAt(other, cable, corpus, paragraphs)} search={search} />
        </li>
      ))}
    </ul>
  )
}

/** The paragraphs of `citing` that point at `cited` ("See Reftel"), among those the view may read: none where the texts have not loaded. */
function pointingAt(citing: CableSummary, cited: Cable, corpus: readonly CableSummary[], paragraphs: readonly CorpusParagraph[]): number[] {
  const index = citing.references.findIndex((reference) => resolveReference(reference, citing, corpus) === cited.id)
  const own = paragraphs.filter((p) => p.cableId === citing.id)
  return index === -1 ? [] : paragraphsPointingAt(own, index, citing.references.length)
}

/**
 * "— in ¶7": links to the paragraphs that point along a reference, where the cable says what it cites the
 * other for. From the cited cable's "Cited by", they open the citing cable there; its top said no more
 * than that it cites this one. `here`: the paragraphs are on this page.
 */
function PointedAt({ cableId, numbers, search, here = false }: { cableId: string; numbers: readonly number[]; search: string; here?: boolean }) {
  if (numbers.length === 0) return null
  return (
    <>
      {here ? ' — cited in ' : ' — in '}
      {numbers.map((number, i) => (
        <span key={number}>
          {i > 0 && ', '}
          <Link href={paragraphHref(cableId, number, undefined, search)} aria-label={`Paragraph ${number} of ${cableId}`}>
            ¶{number}
          </Link>
        </span>
      ))}
    </>
  )
}
