import { useMemo, type ReactNode } from 'react'
import type { CableSummary, Organization, Topic, Venue } from '@/contract/schemas'
import { SIDE_LABELS, SIDES } from '@/domain/selectors/describe-view'
import type { FacetCounts, IssueIndex } from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from '@/lib/filter-store'
import { useMediaQuery } from '@/lib/use-media-query'
import { FacetGroup } from './facet-group'
import { cableOptions, markingOptions, organizationOptions, placeOptions, sideOptions, topicOptions, venueOptions } from './filter-options'
import { SearchBox } from './search-box'
import './filters.css'

export interface FilterPanelProps {
  cables: CableSummary[]
  organizations: Organization[]
  topics: Topic[]
  venues: Venue[]
  index: readonly IssueIndex[]
  counts: FacetCounts
}

/** Every filter of the dashboard; each choice shows how many issues it would leave. */
export function FilterPanel({ cables, organizations, topics, venues, index, counts }: FilterPanelProps) {
  const filters = useFilterStore((s) => s.filters)
  const toggle = useFilterStore((s) => s.toggle)
  const activeCount = filters.cables.length + filters.places.length + filters.organizations.length + filters.topics.length + filters.venues.length + filters.sides.length + filters.markings.length

  // Offer only organizations that take part in some issue (and their parents, for grouping).
  const involved = useMemo(() => {
    const parent = new Map(organizations.map((o) => [o.id, o.parentId]))
    const ids = new Set<string>()
    for (const entry of index) {
      for (const start of entry.organizations) {
        let id: string | null | undefined = start
        while (id && !ids.has(id)) {
          ids.add(id)
          id = parent.get(id)
        }
      }
    }
    return ids
  }, [organizations, index])
  const markings = useMemo(() => [...new Set(index.flatMap((e) => [...e.markings]))].sort(), [index])

  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <SearchBox />
      <CollapsibleOnNarrowScreens activeCount={activeCount}>
        <FacetGroup legend="Cable" options={cableOptions(cables)} selected={filters.cables} counts={counts.cables} onToggle={(id) => toggle('cables', id)} />
        <FacetGroup legend="Place" options={placeOptions(venues)} selected={filters.places} counts={counts.places} onToggle={(id) => toggle('places', id)} />
        <div className="filter-panel__group">
          <h3>Agency</h3>
          {SIDES.map((side) => (
            <FacetGroup
              key={side}
              legend={SIDE_LABELS[side]}
              options={organizationOptions(organizations, side, involved)}
              selected={filters.organizations}
              counts={counts.organizations}
              onToggle={(id) => toggle('organizations', id)}
            />
          ))}
        </div>
        <FacetGroup legend="Issue" options={topicOptions(topics)} selected={filters.topics} counts={counts.topics} onToggle={(id) => toggle('topics', id)} />
        <FacetGroup legend="Venue" options={venueOptions(venues)} selected={filters.venues} counts={counts.venues} onToggle={(id) => toggle('venues', id)} />
        <FacetGroup legend="Side taking a position" options={sideOptions()} selected={filters.sides} counts={counts.sides} onToggle={(s) => toggle('sides', s)} />
        <FacetGroup legend="Paragraph marking" options={markingOptions(markings)} selected={filters.markings} counts={counts.markings} onToggle={(m) => toggle('markings', m)} />
      </CollapsibleOnNarrowScreens>
    </section>
  )
}

/** On a tablet or phone the facets fold away under the search box, so the cards are not pushed off screen. */
function CollapsibleOnNarrowScreens({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const narrow = useMediaQuery('(max-width: 900px)')
  if (!narrow) return <>{children}</>
  return (
    <details className="filter-panel__more">
      <summary>{activeCount > 0 ? `All filters (${activeCount} chosen)` : 'All filters'}</summary>
      {children}
    </details>
  )
}
