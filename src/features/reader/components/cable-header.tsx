import type { Cable } from '@/contract/schemas'
import { FactList } from '@/components/fact-list'
import { formatTimestamp } from '@/lib/format'

/** The cable's routing facts as the cable states them; "Not stated" where it does not. */
export function CableHeader({ cable }: { cable: Cable }) {
  const facts: [string, string | null][] = [
    ['Cable', cable.id],
    ['Sent', cable.sent ? formatTimestamp(cable.sent) : null],
    ['From', cable.origin],
    ['Precedence', cable.precedence],
    ['Classification', cable.classification],
    ['References', cable.references.length ? cable.references.join(', ') : 'None'],
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
