import type { OptionalResource } from '@/api/dashboard-data'

const WHAT: Record<OptionalResource, string> = {
  positions: 'The positions',
  figures: 'The figures',
  events: 'The events',
  people: 'The names of people',
  cable: 'The cable text',
}

const MEANS: Record<OptionalResource, string> = {
  positions: 'what each side said is not shown here. This does not mean no position was taken.',
  figures: 'the cable’s numbers are not shown here. This does not mean the cable states none.',
  events: 'the dated events are not shown here. This does not mean there were none.',
  people: 'people are named by their ids.',
  cable: 'paragraph markings cannot be shown.',
}

/** Where data that failed to load would be: says so plainly, so an empty space is never read as "nothing". */
export function NotLoaded({ resource }: { resource: OptionalResource }) {
  return (
    <p className="slide__not-loaded">
      <strong>⚠ Not loaded.</strong> {WHAT[resource]} did not load, so {MEANS[resource]}
    </p>
  )
}

/** A slide standing where a chart or list of a resource that did not load would be. */
export function NotLoadedSlide({ resource }: { resource: OptionalResource }) {
  return (
    <div className="not-loaded-slide">
      <NotLoaded resource={resource} />
      <p>Leave the presentation (Esc) and open it again to retry.</p>
    </div>
  )
}
