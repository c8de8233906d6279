import type { CableEvent, Figure, Issue, Position } from '@/contract/schemas'

export interface VenueCounts {
  issues: number
  positions: number
  figures: number
  events: number
}

const zero = (): VenueCounts => ({ issues: 0, positions: 0, figures: 0, events: 0 })

/** How many issues, positions, figures and events each venue holds, keyed by venue id. */
export function countItemsByVenue(data: {
  issues: readonly Issue[]
  positions: readonly Position[]
  figures: readonly Figure[]
  events: readonly CableEvent[]
}): Map<string, VenueCounts> {
  const counts = new Map<string, VenueCounts>()
  const forVenue = (venueId: string) => {
    let entry = counts.get(venueId)
    if (!entry) counts.set(venueId, (entry = zero()))
    return entry
  }
  const venueOfIssue = new Map(data.issues.map((issue) => [issue.id, issue.venueId]))
  for (const issue of data.issues) forVenue(issue.venueId).issues++
  for (const position of data.positions) {
    const venueId = venueOfIssue.get(position.issueId)
    if (venueId) forVenue(venueId).positions++
  }
  for (const figure of data.figures) forVenue(figure.venueId).figures++
  for (const event of data.events) if (event.venueId) forVenue(event.venueId).events++
  return counts
}
