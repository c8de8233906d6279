import { useId, useMemo, useState, type ReactNode } from 'react'
import type { CableSummary, Organization, Topic, Venue } from '@/contract/schemas'
import { SIDE_LABELS, SIDES } from '@/domain/selectors/voices'
import type { FacetCounts, IssueIndex } from '@/domain/selectors/filter-dashboard'
import { viewSteps } from '@/domain/selectors/view'
import { useFilterStore } from '@/lib/filter-store'
import { FacetGroup } from './facet-group'
import { cableOptions, markingOptions, organizationOptions, placeOptions, voiceOptions, topicOptions, venueOptions } from './filter-options'
import { SearchBox } from './search-box'
import './filters.css'

export interface FilterPanelProps {
  cables: CableSummary[]
  organizations: Organization[]
  topics: Topic[]
  venues: Venue[]
  index: readonly IssueIndex[]
  counts: FacetCounts
  /** The id of what follows the filters: a keyboard user need not tab through a hundred and more checkboxes to reach it. */
  skipTo: string
}

/** Every filter of the dashboard; each choice shows how many issues it would leave. */
export function FilterPanel({ cables, organizations, topics, venues, index, counts, skipTo }: FilterPanelProps) {
  const filters = useFilterStore((s) => s.filters)
  const toggle = useFilterStore((s) => s.toggle)
  const activeCount = filters.cables.length + filters.places.length + filters.organizations.length + filters.topics.length + filters.venues.length + filters.voices.length + filters.markings.length

  // Offer only organizations and markings some issue takes part in (remembered for the index: a prerendered page built them before hydrating).
  const { organizations: involved, markings } = viewSteps.involvement(index, organizations)
  // Stable options, so a click's urgent render skips every group whose selection did not change.
  const options = useMemo(
    () => ({
      cables: cableOptions(cables),
      places: placeOptions(venues),
      organizations: SIDES.map((side) => ({ side, options: organizationOptions(organizations, side, involved) })),
      topics: topicOptions(topics),
      venues: venueOptions(venues),
      voices: voiceOptions(),
      markings: markingOptions(markings),
    }),
    [cables, venues, organizations, involved, topics, markings],
  )

  return (
    <section className="filter-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <SearchBox />
      <a className="filter-panel__skip visually-hidden-until-focused" href={`#${skipTo}`}>
        Skip the filters
      </a>
      <CollapsibleOnNarrowScreens activeCount={activeCount}>
        <FacetGroup legend="Cable" options={options.cables} selected={filters.cables} counts={counts.cables} field="cables" onToggle={toggle} />
        <FacetGroup legend="Place" options={options.places} selected={filters.places} counts={counts.places} field="places" onToggle={toggle} />
        {/* Before the agencies: some hundred of them would put the topics thousands of pixels down the panel. */}
        <FacetGroup legend="Issue topic" options={options.topics} selected={filters.topics} counts={counts.topics} field="topics" onToggle={toggle} />
        <div className="filter-panel__group">
          <h3>Agency</h3>
          {options.organizations.map(({ side, options: agencies }) => (
            <FacetGroup
              key={side}
              legend={SIDE_LABELS[side]}
              options={agencies}
              selected={filters.organizations}
              counts={counts.organizations}
              field="organizations"
              onToggle={toggle}
            />
          ))}
        </div>
        <FacetGroup legend="Venue" options={options.venues} selected={filters.venues} counts={counts.venues} field="venues" onToggle={toggle} />
        <FacetGroup legend="Who says it" options={options.voices} selected={filters.voices} counts={counts.voices} field="voices" onToggle={toggle} />
        <FacetGroup legend="Paragraph marking" options={options.markings} selected={filters.markings} counts={counts.markings} field="markings" onToggle={toggle} />
      </CollapsibleOnNarrowScreens>
    </section>
  )
}

/**
 * On a tablet or phone the facets fold away under the search box, so the cards are not pushed off screen.
 * The stylesheet decides which screens fold (filters.css): the markup is the same on every screen, so
 * the prerendered page and the page that hydrates it agree, and nothing moves once the script runs.
 */
function CollapsibleOnNarrowScreens({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const facetsId = useId()
  return (
    <div className="filter-panel__more" data-open={open || undefined}>
      <button type="button" className="filter-panel__more-toggle" aria-expanded={open} aria-controls={facetsId} onClick={() => setOpen((o) => !o)}>
        {activeCount > 0 ? `All filters (${activeCount} chosen)` : 'All filters'}
      </button>
      <div id={facetsId} className="filter-panel__facets">
        {children}
      </div>
    </div>
  )
}
