import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { CableSummary, Organization, Topic, Venue } from '@/contract/schemas'
import { SIDE_LABELS, SIDES } from '@/domain/selectors/voices'
import type { FacetCounts, IssueIndex } from '@/domain/selectors/filter-dashboard'
import { viewSteps } from '@/domain/selectors/view'
import { useFilterStore } from '@/lib/filter-store'
import { pluralize } from '@/lib/format'
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
  /** Issues the view shows, and of how many: said beside the unfolded filters on a narrow screen. */
  shownIssues: number
  totalIssues: number
}

/** Every filter of the dashboard; each choice shows how many issues it would leave. */
export function FilterPanel({ cables, organizations, topics, venues, index, counts, skipTo, shownIssues, totalIssues }: FilterPanelProps) {
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
      <CollapsibleOnNarrowScreens activeCount={activeCount} results={{ id: skipTo, shown: shownIssues, total: totalIssues }}>
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
function CollapsibleOnNarrowScreens({ activeCount, results, children }: { activeCount: number; results: { id: string; shown: number; total: number }; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  const facetsId = useId()
  const moreRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)
  // Escape folds the unfolded facets, the focus back on their toggle: only where the toggle shows (a narrow
  // screen), as on a wide one the facets never fold.
  useEffect(() => {
    const more = moreRef.current
    if (!open || !more) return
    const fold = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && toggleRef.current?.offsetParent) {
        setOpen(false)
        toggleRef.current.focus()
      }
    }
    more.addEventListener('keydown', fold)
    return () => more.removeEventListener('keydown', fold)
  }, [open])
  const showResults = () => {
    // Folded first, so that the focus scrolls to where the results are once the facets are gone.
    flushSync(() => setOpen(false))
    document.getElementById(results.id)?.focus()
  }
  return (
    <div ref={moreRef} className="filter-panel__more" data-open={open || undefined}>
      <button ref={toggleRef} type="button" className="filter-panel__more-toggle" aria-expanded={open} aria-controls={facetsId} onClick={() => setOpen((o) => !o)}>
        {activeCount > 0 ? `All filters (${activeCount} chosen)` : 'All filters'}
      </button>
      <div id={facetsId} className="filter-panel__facets">
        {children}
        {/* On a phone the results were 7,000 px below the unfolded filters: a tap changed nothing in sight. */}
        <p className="filter-panel__results-bar">
          <span aria-live="polite">
            {results.shown} of {pluralize(results.total, 'issue')}
          </span>
          <button type="button" onClick={showResults}>
            Show the results
          </button>
        </p>
      </div>
    </div>
  )
}
