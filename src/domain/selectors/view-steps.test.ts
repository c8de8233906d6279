// @vitest-environment node
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Issue } from '@/contract/schemas'
import { mockDataset } from '../../../mocks/dataset'
import { generateDataset } from '../../../mocks/generate-large-dataset'
import { countFacets, emptyFilters, filterDashboard, filterDashboardInPieces, indexIssues, indexIssuesInPieces, sliceByVenueInPieces, type DashboardData, type DashboardFilters } from './filter-dashboard'
import { countIssuesByTopicAndCable, countPositionsByOrganizationAndCable } from './counts'
import { involvement } from './involvement'
import { corpusParagraphs, viewSteps, viewStepsInPieces } from './view'

function freshData(): DashboardData {
  const d = mockDataset()
  // New arrays (as a fresh load gives), so no other test's remembered steps apply.
  return { venues: [...d.venues], issues: [...d.issues], positions: [...d.positions], figures: [...d.figures], events: [...d.events], organizations: [...d.organizations], topics: d.topics, paragraphs: corpusParagraphs(d.cables) }
}

/** Runs a step's pieces to the end, counting its pauses. */
function pauses<T>(pieces: Generator<void, T>): { count: number; result: T } {
  let count = 0
  for (;;) {
    const piece = pieces.next()
    if (piece.done) return { count, result: piece.value }
    count++
  }
}

describe('viewSteps remember each step of the view for the inputs it reads', () => {
  it('give the very same result for the same lists and equal filters, whatever object holds them', () => {
    const data = freshData()
    const index = viewSteps.index(data)
    const filtered = viewSteps.filtered(data, index, emptyFilters)
    const counts = viewSteps.counts(data, index, emptyFilters)
    // The hook's data: another object, the same lists, a paragraphs list built again; filters equal, not identical.
    const again = { ...data, paragraphs: [...data.paragraphs] }
    const filters = { ...emptyFilters, cables: [] }
    expect(viewSteps.index(again)).toBe(index)
    expect(viewSteps.filtered(again, index, filters)).toBe(filtered)
    expect(viewSteps.counts(again, index, filters)).toBe(counts)
    // And what they remember is what the steps compute.
    expect(index).toEqual(indexIssues(data))
    expect(filtered).toEqual(filterDashboard(data, index, emptyFilters))
    expect(counts).toEqual(countFacets(data, index, emptyFilters))
  })

  it('hand out results no reader can change in place (checked by the typecheck): one reader’s change would be every reader’s', () => {
    const data = freshData()
    const index = viewSteps.index(data)
    const filtered = viewSteps.filtered(data, index, emptyFilters)
    const slices = viewSteps.slices(filtered)
    const counts = viewSteps.counts(data, index, emptyFilters)
    // Never run: each line is here for the typecheck, which fails once one of them is no longer an error.
    const changes = () => {
      // @ts-expect-error the filtered view's lists are read-only
      filtered.issues = []
      // @ts-expect-error
      filtered.positions.push(filtered.positions[0]!)
      // @ts-expect-error
      filtered.figures.length = 0
      // @ts-expect-error
      filtered.events.pop()
      // @ts-expect-error
      filtered.venues.splice(0)
      // @ts-expect-error each venue's slice too
      slices.set('x', { issues: [], positions: [], figures: [] })
      // @ts-expect-error
      slices.get('x')!.issues.push(filtered.issues[0]!)
      // @ts-expect-error the facet counts too
      counts.topics.set('x', 1)
      // @ts-expect-error
      counts.topics = new Map()
      // @ts-expect-error the index too
      index.push(index[0]!)
      // @ts-expect-error
      index[0]!.paragraphs = []
      // @ts-expect-error
      index[0]!.organizations.push('x')
    }
    expectTypeOf(changes).toBeFunction()
    expectTypeOf(filtered.issues).toEqualTypeOf<readonly Issue[]>()
    expect(filtered.issues).toHaveLength(data.issues.length)
  })

  it('compute again when a list they read or a filter differs', () => {
    const data = freshData()
    const index = viewSteps.index(data)
    const withoutPositions = { ...data, positions: [] }
    expect(viewSteps.index(withoutPositions)).not.toBe(index)
    expect(viewSteps.index(withoutPositions).every((entry) => entry.voices.length === 0)).toBe(true)

    const current = viewSteps.index(data)
    const filtered = viewSteps.filtered(data, current, emptyFilters)
    const mofcom = { ...emptyFilters, organizations: ['mofcom'] }
    expect(viewSteps.filtered(data, current, mofcom)).toEqual(filterDashboard(data, current, mofcom))
    expect(viewSteps.filtered(data, current, mofcom).issues.length).toBeLessThan(filtered.issues.length)
    expect(viewSteps.filtered({ ...data, figures: [] }, current, emptyFilters).figures).toEqual([])
    expect(viewSteps.counts({ ...data, organizations: [] }, current, mofcom)).toEqual(countFacets({ ...data, organizations: [] }, current, mofcom))
  })

  it('read the paragraphs only for a search: another paragraphs list counts then', () => {
    const data = freshData()
    const index = viewSteps.index(data)
    const search = { ...emptyFilters, query: 'Silk' }
    const found = viewSteps.filtered(data, index, search)
    const noText = { ...data, paragraphs: [] }
    expect(viewSteps.filtered(noText, index, search)).not.toBe(found)
    expect(viewSteps.filtered(noText, index, search)).toEqual(filterDashboard(noText, index, search))
  })

  it.each(['positions', 'venues'] as const)('compute the index again for another %s list', (field) => {
    const data = freshData()
    const index = viewSteps.index(data)
    expect(viewSteps.index({ ...data, [field]: [...data[field]] })).not.toBe(index)
  })

  it.each(['issues', 'venues', 'figures', 'events', 'positions', 'organizations'] as const)('compute the filtered view again for another %s list', (field) => {
    const data = freshData()
    const index = viewSteps.index(data)
    const filtered = viewSteps.filtered(data, index, emptyFilters)
    expect(viewSteps.filtered({ ...data, [field]: [...data[field]] }, index, emptyFilters)).not.toBe(filtered)
  })

  it.each([
    ['a search', { query: 'silk' }],
    ['public-safe', { publicSafe: true }],
    ['a voice', { voices: ['cable'] }],
    ['a marking', { markings: ['SBU'] }],
    // Typed as filters, so a key the filters no longer have fails to compile instead of passing as "another filter".
  ] satisfies [string, Partial<DashboardFilters>][])('compute again for other filters: %s', (_, change) => {
    const data = freshData()
    const index = viewSteps.index(data)
    const filtered = viewSteps.filtered(data, index, emptyFilters)
    const counts = viewSteps.counts(data, index, emptyFilters)
    const filters = { ...emptyFilters, ...change }
    expect(viewSteps.filtered(data, index, filters)).not.toBe(filtered)
    expect(viewSteps.counts(data, index, filters)).not.toBe(counts)
    expect(viewSteps.counts(data, index, filters)).toEqual(countFacets(data, index, filters))
  })

  it('build the same view in pieces, pausing between them, as at once', () => {
    const large = generateDataset(mockDataset(), { venues: 20, issues: 2500, positionsPerIssue: 2, cables: 5 })
    const data: DashboardData = { ...large, paragraphs: corpusParagraphs(large.cables) }
    expect(data.positions).toHaveLength(5000)
    const index = pauses(viewStepsInPieces.index(data))
    // Before each next two hundred: 24 while grouping the 5,000 positions, 1 after, 12 in the 2,500 issues.
    expect(index.count).toBe(37)
    expect(index.result).toEqual(indexIssues(data))
    const mofcom = { ...emptyFilters, organizations: ['mofcom'] }
    const filtered = pauses(viewStepsInPieces.filtered(data, index.result, mofcom))
    expect(filtered.count).toBeGreaterThanOrEqual(3)
    // The issues' loop pauses too, not only the positions'.
    expect(pauses(filterDashboardInPieces({ ...data, positions: [] }, index.result, mofcom)).count).toBeGreaterThanOrEqual(2)
    expect(filtered.result).toEqual(filterDashboard(data, index.result, mofcom))
    const counts = pauses(viewStepsInPieces.counts(data, index.result, mofcom))
    expect(counts.count).toBeGreaterThanOrEqual(2)
    expect(counts.result).toEqual(countFacets(data, index.result, mofcom))
    // Each venue's share of a filtered view (7,500 issues and positions), in pieces too.
    const all = viewSteps.filtered(data, index.result, emptyFilters)
    const slices = pauses(viewStepsInPieces.slices(all))
    // Before each next two hundred of the 7,500.
    expect(slices.count).toBe(37)
    const issueVenue = new Map(all.issues.map((i) => [i.id, i.venueId]))
    expect(all.venues.length).toBeGreaterThan(1)
    for (const venue of all.venues) {
      const slice = slices.result.get(venue.id)
      expect(slice?.issues ?? []).toEqual(all.issues.filter((i) => i.venueId === venue.id))
      expect(slice?.positions ?? []).toEqual(all.positions.filter((p) => issueVenue.get(p.issueId) === venue.id))
      expect(slice?.figures ?? []).toEqual(all.figures.filter((f) => f.venueId === venue.id))
    }
    expect(pauses(viewStepsInPieces.slices(all))).toEqual({ count: 0, result: slices.result })
    // Remembered once done: asked again, the step is its result, without a pause.
    expect(pauses(viewStepsInPieces.index(data))).toEqual({ count: 0, result: index.result })
  })

  it('pause only between pieces of work: none at the end, none for a list that is empty', () => {
    const d = freshData()
    const issue = d.issues[0]!
    const positions = Array.from({ length: 3000 }, (_, i) => ({ ...d.positions[0]!, id: `p${i}`, issueId: issue.id }))
    // 14 while grouping 3,000 positions, 1 after; one issue is one piece.
    expect(pauses(indexIssuesInPieces({ ...d, issues: [issue], positions })).count).toBe(15)
    // No positions: nothing grouped, no pause for it.
    expect(pauses(indexIssuesInPieces({ ...d, issues: [issue], positions: [] })).count).toBe(0)
    // 3,001 issues and positions: before the 201st, the 401st, … the 3,001st.
    expect(pauses(sliceByVenueInPieces({ issues: [issue], positions, figures: [] })).count).toBe(15)
    expect(pauses(sliceByVenueInPieces({ issues: [], positions: [], figures: [] })).count).toBe(0)
  })

  it('remember what is derived from the view: what its issues involve, the counts by cable', () => {
    const data = freshData()
    const index = viewSteps.index(data)
    const { issues, positions } = viewSteps.filtered(data, index, emptyFilters)
    const involved = viewSteps.involvement(index, data.organizations)
    const topics = viewSteps.issuesByTopicAndCable(issues, data.venues)
    const agencies = viewSteps.positionsByOrganizationAndCable(positions, issues, data.venues)
    expect(viewSteps.involvement(index, data.organizations)).toBe(involved)
    expect(viewSteps.issuesByTopicAndCable(issues, data.venues)).toBe(topics)
    expect(viewSteps.positionsByOrganizationAndCable(positions, issues, data.venues)).toBe(agencies)
    // What they remember is what the steps compute.
    expect(involved).toEqual(involvement(index, data.organizations))
    expect(topics).toEqual(countIssuesByTopicAndCable(issues, data.venues))
    expect(agencies).toEqual(countPositionsByOrganizationAndCable(positions, issues, data.venues))
    // Any list they read, another: counted again.
    const venues = [...data.venues]
    expect(viewSteps.involvement(index, [...data.organizations])).not.toBe(involved)
    expect(viewSteps.issuesByTopicAndCable(issues, venues)).not.toBe(topics)
    expect(viewSteps.issuesByTopicAndCable([...issues], data.venues)).not.toBe(topics)
    expect(viewSteps.positionsByOrganizationAndCable(positions, issues, venues)).not.toBe(agencies)
    expect(viewSteps.positionsByOrganizationAndCable(positions, [...issues], data.venues)).not.toBe(agencies)
    expect(viewSteps.positionsByOrganizationAndCable([...positions], issues, data.venues)).not.toBe(agencies)
    // And what they hand out is read-only. Never run: only the typecheck (part of npm test) enforces these lines,
    // failing once one of them is no longer an error.
    const changes = () => {
      // @ts-expect-error a row's counts are read-only
      topics[0]!.byCable.set('x', 1)
      // @ts-expect-error a row's total is read-only
      agencies[0]!.total++
      // @ts-expect-error the involved organizations are read-only
      involved.organizations.add('x')
    }
    expectTypeOf(changes).toBeFunction()
  })

  it('build the derived steps in pieces too, pausing between them, as at once', () => {
    const large = generateDataset(mockDataset(), { venues: 20, issues: 2500, positionsPerIssue: 2, cables: 5 })
    const data: DashboardData = { ...large, paragraphs: corpusParagraphs(large.cables) }
    const index = viewSteps.index(data)
    const involved = pauses(viewStepsInPieces.involvement(index, data.organizations))
    // Before each next two hundred of the 2,500 entries.
    expect(involved.count).toBe(12)
    expect(involved.result).toEqual(involvement(index, data.organizations))
    const topics = pauses(viewStepsInPieces.issuesByTopicAndCable(data.issues, data.venues))
    expect(topics.count).toBe(12)
    expect(topics.result).toEqual(countIssuesByTopicAndCable(data.issues, data.venues))
    const agencies = pauses(viewStepsInPieces.positionsByOrganizationAndCable(data.positions, data.issues, data.venues))
    // 12 in the 2,500 issues, 24 in the 5,000 positions.
    expect(agencies.count).toBe(36)
    expect(agencies.result).toEqual(countPositionsByOrganizationAndCable(data.positions, data.issues, data.venues))
    expect(pauses(viewStepsInPieces.positionsByOrganizationAndCable(data.positions, data.issues, data.venues))).toEqual({ count: 0, result: agencies.result })
  })

  it('remember nothing for a step left unfinished', () => {
    const data = freshData()
    const pieces = viewStepsInPieces.index(data)
    pieces.next()
    pieces.return([])
    expect(pauses(viewStepsInPieces.index(data)).result).toEqual(indexIssues(data))
  })
})
