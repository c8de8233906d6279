import { useRef } from 'react'
import type { Organization, Topic, Venue } from '@/contract/schemas'
import { venueNamer } from '@/domain/selectors/describe-view'
import { VOICE_LABELS } from '@/domain/selectors/voices'
import { placeKey, placeLabel } from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from '@/lib/filter-store'
import { pluralize } from '@/lib/format'
import { markingLabel } from './filter-options'
import { organizationLabels } from '@/domain/selectors/organization-labels'

interface ActiveFiltersProps {
  organizations: Organization[]
  topics: Topic[]
  venues: Venue[]
  shownIssues: number
  totalIssues: number
}

type Field = 'cables' | 'places' | 'organizations' | 'topics' | 'venues' | 'voices' | 'markings'

/** "N of M issues", one removable chip per active filter, and "Clear all". */
export function ActiveFilters({ organizations, topics, venues, shownIssues, totalIssues }: ActiveFiltersProps) {
  const filters = useFilterStore((s) => s.filters)
  const toggle = useFilterStore((s) => s.toggle)
  const update = useFilterStore((s) => s.update)
  const clearAll = useFilterStore((s) => s.clearAll)
  // A removed chip's button leaves the page, and the focus with it (to the page's start, for the next Tab):
  // it moves first to the count, which says what the removal changed; the next Tab reaches the chips left.
  const summary = useRef<HTMLParagraphElement>(null)

  const orgName = organizationLabels(organizations)
  const topicName = new Map(topics.map((t) => [t.id, t.label]))
  const venueName = venueNamer(venues)
  const placeName = new Map(venues.map((v) => [placeKey(v.place), placeLabel(v.place)]))
  const chips: { field: Field | 'query'; value: string; label: string }[] = [
    ...filters.cables.map((id) => ({ field: 'cables' as const, value: id, label: `Cable: ${id}` })),
    ...filters.places.map((id) => ({ field: 'places' as const, value: id, label: `Place: ${placeName.get(id) ?? id}` })),
    ...filters.organizations.map((id) => ({ field: 'organizations' as const, value: id, label: `Agency: ${orgName.get(id) ?? id}` })),
    ...filters.topics.map((id) => ({ field: 'topics' as const, value: id, label: `Issue topic: ${topicName.get(id) ?? id}` })),
    ...filters.venues.map((id) => ({ field: 'venues' as const, value: id, label: `Venue: ${venueName(id)}` })),
    ...filters.voices.map((voice) => ({ field: 'voices' as const, value: voice, label: `Who says it: ${VOICE_LABELS[voice]}` })),
    ...filters.markings.map((m) => ({ field: 'markings' as const, value: m, label: `Marking: ${markingLabel(m)}` })),
    ...(filters.query.trim() ? [{ field: 'query' as const, value: filters.query, label: `Search: “${filters.query.trim()}”` }] : []),
  ]

  return (
    <div className="active-filters">
      <p className="active-filters__summary" role="status" tabIndex={-1} ref={summary}>
        <strong>{shownIssues}</strong> of {pluralize(totalIssues, 'issue')}
      </p>
      {chips.length > 0 && (
        // Every button here removes itself (or all of them): the focus goes on to the count first. The list only
        // hears its buttons' clicks (a key on a button clicks it too): it is no control of its own.
        // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
        <ul className="active-filters__chips" aria-label="Active filters" onClick={() => summary.current?.focus()}>
          {chips.map((chip) => (
            <li key={`${chip.field}:${chip.value}`}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${chip.label}`}
                onClick={() => (chip.field === 'query' ? update({ query: '' }) : toggle(chip.field, chip.value))}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="chip chip--clear" onClick={clearAll}>
              Clear all filters
            </button>
          </li>
        </ul>
      )}
    </div>
  )
}
