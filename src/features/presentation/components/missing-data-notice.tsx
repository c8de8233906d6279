import { useEffect, useRef } from 'react'
import type { ResourceFailure } from '@/api/dashboard-data'
import { QueryError } from '@/components/query-state'
import { joinNames } from '@/lib/format'
import { navigate } from '@/lib/router'
import { usePresentationStore } from '../hooks/presentation-store'
import { searchWithoutSlide } from '../lib/slide-param'

/** "the cable text (search covers issues only)" is the dashboard's wording; a deck needs only the first part. */
const shortLabel = (failure: ResourceFailure) => failure.label.replace(/\s*\(.*\)$/, '')

function backToDashboard() {
  usePresentationStore.setState({ returningToDashboard: true })
  navigate('/' + searchWithoutSlide(window.location.search))
}

/**
 * Shown instead of the deck while part of its data failed to load: a deck built from what
 * did load would show "No position recorded" and "0 figures" as if the cable said so.
 * The presenter may retry, or go on knowingly; then the affected slides say "not loaded".
 */
export function MissingDataNotice({ failures, onContinue }: { failures: ResourceFailure[]; onContinue: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const missing = joinNames(failures.map(shortLabel))
  const retrying = failures.some((f) => f.retrying)

  return (
    <section className="missing-data" aria-labelledby="missing-data-heading">
      <h1 id="missing-data-heading" ref={headingRef} tabIndex={-1}>
        ⚠ The slides are not ready: {missing} did not load
      </h1>
      <p className="missing-data__why">
        Slides made without {missing} would show the gap as a fact, as if the cable recorded nothing there, so no deck is shown until the data is complete.
      </p>
      {failures.map((failure) => (
        <QueryError key={failure.resource} error={failure.error} label={shortLabel(failure)} retrying={failure.retrying} onRetry={failure.retry} />
      ))}
      <p className="missing-data__actions">
        {failures.length > 1 && (
          <button type="button" onClick={() => failures.forEach((f) => f.retry())} disabled={retrying}>
            Retry all
          </button>
        )}
        <button type="button" onClick={onContinue}>
          Present without {missing}
        </button>
        <button type="button" onClick={backToDashboard}>
          Back to the dashboard
        </button>
      </p>
    </section>
  )
}
