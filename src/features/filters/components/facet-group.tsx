import { memo, useId, type CSSProperties } from 'react'
import type { FilterField } from '@/lib/filter-store'

export interface FacetOption {
  value: string
  label: string
  /** Indent for sub-organizations. */
  depth?: number
  /** Extra words for screen readers, e.g. the full name behind a short one. */
  description?: string
}

interface FacetGroupProps {
  legend: string
  options: FacetOption[]
  selected: readonly string[]
  counts: ReadonlyMap<string, number>
  /** The filter the checkboxes set; `onToggle` is called with it, so one stable callback serves every group. */
  field: FilterField
  onToggle: (field: FilterField, value: string) => void
}

/**
 * A fieldset of checkboxes, each with how many issues choosing it would show. Memoised: a click
 * redraws only the groups whose selection changed (the counts follow in the deferred render).
 */
export const FacetGroup = memo(function FacetGroup({ legend, options, selected, counts, field, onToggle }: FacetGroupProps) {
  const id = useId()
  if (options.length === 0) return null
  return (
    // Skips layout while off screen, holding a height of one row per option until first drawn (filters.css).
    <fieldset className="facet" style={{ '--options': options.length } as CSSProperties}>
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => {
          const count = counts.get(option.value) ?? 0
          const checked = selected.includes(option.value)
          const inputId = `${id}-${option.value}`
          return (
            <li key={option.value} style={option.depth ? { paddingInlineStart: `${option.depth * 1.1}rem` } : undefined}>
              <input id={inputId} type="checkbox" checked={checked} onChange={() => onToggle(field, option.value)} />
              <label htmlFor={inputId} className={count === 0 && !checked ? 'facet__label facet__label--empty' : 'facet__label'}>
                {/* The checkbox's name: "Online copyright 17 issues". An aria-label on a plain span is read by few screen
                    readers ("Online copyright17"): the space and the word are text, the word unseen. */}
                <span title={option.description}>{option.label}</span>{' '}
                <span className="facet__count">
                  {count}{' '}
                  <span className="visually-hidden">{count === 1 ? 'issue' : 'issues'}</span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
})
