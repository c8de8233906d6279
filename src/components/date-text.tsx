import type { CableEvent, DatePoint } from '@/contract/schemas'
import { formatEventDate, formatPartialDate, inferredBases } from '@/lib/format'

/** Says where an inferred date comes from, visibly: never only in a tooltip. */
function InferredNote({ bases }: { bases: string[] }) {
  if (bases.length === 0) return null
  return <span className="date-inferred"> (inferred: {bases.join("; ")})</span>
}

/** A date as precise as the cable, with its basis when the cable does not state it. */
export function DateText({ date }: { date: DatePoint }) {
  return (
    <>
      {formatPartialDate(date)}
      <InferredNote bases={inferredBases(date)} />
    </>
  )
}

/** An event's date or range, "planned" or "as of" where it is one, with any inferred basis. */
export function EventDateText({ event }: { event: Pick<CableEvent, 'kind' | 'start' | 'end'> }) {
  return (
    <>
      {formatEventDate(event)}
      <InferredNote bases={inferredBases(event.start, event.end)} />
    </>
  )
}

/** Where an event's inferred date comes from, as a line of its own (a slide's narrow date column would wrap it word by word). */
export function EventDateBasis({ event, className }: { event: Pick<CableEvent, 'start' | 'end'>; className?: string }) {
  const bases = inferredBases(event.start, event.end)
  if (bases.length === 0) return null
  return <span className={className}>Date inferred: {bases.join('; ')}</span>
}
