import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Figure, Issue, Position, Venue } from '@/contract/schemas'
import { buildLookups } from '@/domain/selectors/lookups'
import { ISSUES_PER_CARD, VenueCard } from './venue-card'

const cite = { cableId: 'X', paragraph: 2, quote: 'q' }
const venue: Venue = {
  id: 'v',
  cableId: 'X',
  place: { city: 'Beijing', province: null },
  title: 'Big venue',
  theme: 'Many issues',
  kind: 'meeting',
  date: null,
  summary: 's',
  summaryVoice: 'cable',
  organizationIds: [],
  participantIds: [],
  paragraphs: [2],
  topicIds: [],
  citations: [cite],
  markings: ['U'],
}
const issue = (n: number): Issue => ({
  id: `i${n}`,
  venueId: 'v',
  title: `Issue number ${n}`,
  summary: 's',
  summaryVoice: 'cable',
  topicIds: ['t'],
  organizationIds: [],
  citations: [cite],
  markings: ['U'],
})
const position = (id: string, side: Position['side'], reportingVerb: string | null): Position => ({
  id, issueId: 'i1', organizationId: side === 'China' ? 'moe' : 'us-embassy-beijing', personId: null, side, kind: 'claim', reportingVerb, paraphrase: id, citations: [cite], markings: ['U'],
})

describe('venue card', () => {
  it(`lists at most ${ISSUES_PER_CARD} issues and links to the venue page for the rest`, () => {
    const issues = Array.from({ length: ISSUES_PER_CARD + 3 }, (_, n) => issue(n + 1))
    render(<VenueCard venue={venue} issues={issues} positions={[]} figures={[]} lookups={buildLookups({ organizations: [], people: [], topics: [] })} query="" search="?topic=t" />)
    const list = screen.getByRole('list', { name: 'Issues raised at Big venue' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(ISSUES_PER_CARD)
    const more = screen.getByRole('link', { name: 'and 3 more issues at Big venue' })
    expect(more).toHaveAttribute('href', '/venues/v?topic=t')
  })

  it('names an organization that disputes a figure in two paragraphs once', () => {
    const figure: Figure = {
      id: 'f',
      label: 'Share of goods that are counterfeits',
      value: { kind: 'range', min: 80, max: 90 },
      unit: 'percent',
      qualifiers: ['up to'],
      display: 'up to 80–90%',
      asOf: null,
      assertedBy: [],
      source: null,
      chart: null,
      disputes: [
        { organizationId: 'cy', personId: null, reportingVerb: 'challenged', summary: 'challenged', citation: { ...cite, paragraph: 11 } },
        { organizationId: 'cy', personId: null, reportingVerb: 'challenged', summary: 'forced', citation: { ...cite, paragraph: 12 } },
      ],
      venueId: 'v',
      topicIds: [],
      citations: [cite],
      markings: ['U'],
    }
    const organizations = [{ id: 'cy', name: 'Chaoyang District government', shortName: 'Chaoyang', side: 'China' as const, level: null, parentId: null, citations: [cite], markings: ['U'] }]
    render(<VenueCard venue={venue} issues={[issue(1)]} positions={[]} figures={[figure]} lookups={buildLookups({ organizations, people: [], topics: [] })} query="" search="" />)
    expect(screen.getByText(/disputed by/)).toHaveTextContent(/^— disputed by Chaoyang$/)
  })

  it("counts the cable's own narration apart from what the US side said", () => {
    // Three Chinese positions, and two things the cable states itself (its notes and comments).
    const positions = [position('a', 'China', 'said'), position('b', 'China', 'noted'), position('c', 'China', 'said'), position('d', 'US', null), position('e', 'US', null)]
    render(<VenueCard venue={venue} issues={[issue(1)]} positions={positions} figures={[]} lookups={buildLookups({ organizations: [], people: [], topics: [] })} query="" search="" />)
    expect(screen.getByText(/^Positions in this view:/)).toHaveTextContent(/^Positions in this view: 3 Chinese · 2 in the cable's own account$/)
  })
})
