import { useMemo, type ReactNode } from 'react'
import type { Organization, Side, Topic, Venue } from '@/contract/schemas'
import type { FacetCounts, IssueIndex } from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from '@/lib/filter-store'
import { useMediaQuery } from '@/lib/use-media-query'
import { FacetGroup } from './facet-group'
import { SIDE_LABELS, markingOptions, organizationOptions, sideOptions, topicOptions, venueOptions } from './filter-options'
import { SearchBox } from './search-box'
import './filters.css'

export interface FilterPanelProps {
  organizations: Organization[]
  topics: Topic[]
  venues: Venue[]
  index: readonly IssueIndex[]
  counts: FacetCounts
}

/** Every filter of the dashboard; each choice shows how many issues it would leave. */
export function FilterPanel({ organizations, topics, venues, index, counts }: FilterPanelProps) {
  const filters = useFilterStore((s) => s.filters)
  const toggle = useFilterStore((s) => s.toggle)
  const activeCount = filters.organizations.length + filters.topics.length + filters.venues.length + filters.sides.length + filters.markings.length

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
    <aside className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <SearchBox />
      <CollapsibleOnNarrowScreens activeCount={activeCount}>
        <div className="filter-panel__group">
          <h3>Agency</h3>
          {(Object.keys(SIDE_LABELS) as Side[]).map((side) => (
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
    </aside>
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
