import type { ReactNode } from 'react'

/** Term–value pairs; a value the source does not give says so rather than showing a blank. */
export function FactList({ facts }: { facts: readonly (readonly [term: string, value: ReactNode])[] }) {
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value ?? 'Not stated in the cable'}</dd>
        </div>
      ))}
    </dl>
  )
}
