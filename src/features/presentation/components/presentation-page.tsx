import { useState } from 'react'
import { useDashboardResources, type DashboardViewData, type OptionalResource } from '@/api/dashboard-data'
import { QueryState } from '@/components/query-state'
import { formatTimestamp } from '@/lib/format'
import { WithKnownFilterIds } from '@/lib/known-filter-ids'
import { useFilteredView } from '@/lib/use-filtered-view'
import { buildSlides } from '../lib/build-slides'
import { buildDeckNames } from '../lib/deck-names'
import { cablesInView, nameCables } from '@/domain/selectors/describe-view'
import { hasActiveFilters } from '@/domain/selectors/filter-dashboard'
import { filtersLine } from '../lib/filters-line'
import { MissingDataNotice } from './missing-data-notice'
import { SlideDeck } from './slide-deck'
import './presentation.css'
import './slides.css'

/**
 * The slides route: the same data and the same filtered, public-safe view as the dashboard.
 * Unlike the dashboard it does not show a partial view on its own: while any resource is
 * missing it shows what failed, until it loads or the presenter chooses to go on without it.
 */
export function PresentationPage() {
  const { core, failures } = useDashboardResources()
  const [acceptedMissing, setAcceptedMissing] = useState<readonly OptionalResource[]>([])
  const blocking = failures.filter((f) => !acceptedMissing.includes(f.resource))
  return (
    <div className="presentation">
      <QueryState query={core} label="the slides">
        {(data) =>
          blocking.length > 0 ? (
            <MissingDataNotice failures={blocking} onContinue={() => setAcceptedMissing(failures.map((f) => f.resource))} />
          ) : (
            // As on the dashboard, a link's ids are checked against the data before the first slide: an
            // unknown agency made a deck of "0 cables" with nothing to say why.
            <WithKnownFilterIds data={data}>
              <Presentation data={data} notLoaded={failures.map((f) => f.resource)} />
            </WithKnownFilterIds>
          )
        }
      </QueryState>
    </div>
  )
}

function Presentation({ data, notLoaded }: { data: DashboardViewData; notLoaded: readonly OptionalResource[] }) {
  // The one pipeline (public-safe, then filters): slides show exactly what the dashboard shows.
  const { filters, visible, filtered } = useFilteredView(data)
  const names = buildDeckNames(visible)
  const footer = filtersLine(filters, { ...visible, cables: data.cables })
  const cables = cablesInView(filtered.venues, data.cables)
  const only = cables.length === 1 ? cables[0] : undefined
  const deckTitle = only ? (only.subject ?? `Cable ${only.id}`) : `IPR enforcement in ${cables.length} cables`
  // Not memoized: this renders only when the data or the filters change; moving between slides renders the deck alone.
  const narrowed = filters.publicSafe || hasActiveFilters(filters)
  const slides = buildSlides({ filtered, topics: visible.topics, paragraphs: visible.paragraphs, deckTitle, notLoaded, narrowed })
  const cableLine = only
    ? [`Cable ${only.id}`, only.sent && `sent ${formatTimestamp(only.sent)}`, only.origin && `from ${only.origin}`].filter(Boolean).join(' · ')
    : `Cables ${nameCables(cables)}`
  return <SlideDeck slides={slides} names={names} filtersLine={footer} cableLine={cableLine} />
}
