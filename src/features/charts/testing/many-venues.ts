/** A generated-size dataset built from the small fixtures: many venues, so the charts must fold. */
import type { CableEvent, Issue, Position, Venue } from '@/contract/schemas'
import { events, issues, positions, venues } from './fixtures'

export interface ManyVenues {
  venues: Venue[]
  issues: Issue[]
  positions: Position[]
  events: CableEvent[]
  /** Theme of the venues with the most issues and positions, in venue order. */
  busiest: string[]
}

/**
 * `count` venues ("Venue 1" …). Every venue has `issuesPerVenue` issues (copies of the fixture
 * issues, with their positions), and every 25th venue three times as many, so the busiest are not
 * simply the first; every venue has one dated event inside the timeline window.
 */
export function manyVenues(count = 200, issuesPerVenue = 1): ManyVenues {
  const inWindow = events.filter((e) => ['2006-08', '2006-10', '2007-03-16'].includes(e.start.value))
  const out: ManyVenues = { venues: [], issues: [], positions: [], events: [], busiest: [] }
  for (let v = 0; v < count; v++) {
    const id = `venue-${v + 1}`
    const title = `Venue ${v + 1}`
    out.venues.push({ ...venues[v % venues.length]!, id, title, theme: `${title}'s subject` })
    const busy = v % 25 === 24
    if (busy) out.busiest.push(title)
    for (let i = 0; i < issuesPerVenue * (busy ? 3 : 1); i++) {
      const template = issues[(v + i) % issues.length]!
      const issueId = `${id}-issue-${i + 1}`
      out.issues.push({ ...template, id: issueId, venueId: id })
      for (const position of positions.filter((p) => p.issueId === template.id)) out.positions.push({ ...position, id: `${issueId}-${position.id}`, issueId })
    }
    const event = inWindow[v % inWindow.length]!
    out.events.push({ ...event, id: `${id}-event`, label: `${title} event`, venueId: id })
  }
  return out
}
