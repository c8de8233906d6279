// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Figure, Issue, Marking, Position, Side } from '@/contract/schemas'
import { countFacets, emptyFilters, filterDashboard, indexIssues, type DashboardData, type DashboardFilters } from './filter-dashboard'

const issue = (id: string, organizationIds: string[], topicIds: string[], markings: Marking[]): Issue => ({
  id, venueId: 'silk', title: id, summary: id, summaryVoice: 'cable', topicIds, organizationIds, citations: [{ cableId: '07BEIJING2566', paragraph: 11, quote: id }], markings,
})
const position = (issueId: string, organizationId: string, side: Side, markings: Marking[], reportingVerb: string | null = 'said'): Position => ({
  id: `${issueId}-${organizationId}`, issueId, organizationId, personId: null, side, kind: 'claim', reportingVerb, paraphrase: issueId, citations: [{ cableId: '07BEIJING2566', paragraph: 12, quote: issueId }], markings,
})

function data(issues: Issue[], positions: Position[]): DashboardData {
  return {
    venues: [{ id: 'silk', cableId: '07BEIJING2566', place: { city: 'Beijing', province: null }, title: 'Silk Market', theme: 'markets', kind: 'meeting', date: null, summary: 's', summaryVoice: 'cable', organizationIds: [], participantIds: [], paragraphs: [11, 12], topicIds: [], citations: [], markings: ['SBU'] }],
    issues,
    positions,
    figures: [],
    events: [],
    organizations: [],
    paragraphs: [],
  }
}

describe('the index of issues', () => {
  it('gives each issue the agencies, topics, voices and markings of the issue and its positions, each once', () => {
    const [entry] = indexIssues(
      data(
        [issue('markets', ['ustr', 'chaoyang'], ['counterfeit-markets', 'transparency', 'counterfeit-markets'], ['SBU', null])],
        [
          position('markets', 'chaoyang', 'China', ['SBU']),
          position('markets', 'ustr', 'US', ['U']),
          position('markets', 'silk-market-management', 'China', [null]),
          position('markets', 'us-embassy-beijing', 'US', ['SBU'], null),
        ],
      ),
    )
    expect(entry!.organizations).toEqual(['ustr', 'chaoyang', 'silk-market-management', 'us-embassy-beijing'])
    expect(entry!.topics).toEqual(['counterfeit-markets', 'transparency'])
    expect(entry!.voices).toEqual(['China', 'US', 'cable'])
    expect(entry!.markings).toEqual(['SBU', 'none', 'U'])
  })

  it('keeps each issue’s lists its own: building the next entry changes none of the earlier ones', () => {
    const index = indexIssues(
      data(
        [issue('markets', ['ustr'], ['counterfeit-markets'], ['SBU']), issue('textbooks', ['moe', 'gapp'], ['textbook-piracy', 'transparency'], ['U']), issue('empty', [], [], [])],
        [position('markets', 'chaoyang', 'China', ['SBU']), position('textbooks', 'ustr', 'US', ['U'])],
      ),
    )
    expect(index.map((e) => [e.organizations, e.topics, e.voices, e.markings])).toEqual([
      [['ustr', 'chaoyang'], ['counterfeit-markets'], ['China'], ['SBU']],
      [['moe', 'gapp', 'ustr'], ['textbook-piracy', 'transparency'], ['US'], ['U']],
      [[], [], [], []],
    ])
  })

  it('starts each entry afresh after one that failed part-way on malformed data', () => {
    const broken = { ...position('markets', 'chaoyang', 'China', ['SBU']), markings: null } as unknown as Position
    expect(() => indexIssues(data([issue('markets', ['ustr'], ['counterfeit-markets'], ['SBU'])], [broken]))).toThrow(/not iterable/)
    const [entry] = indexIssues(data([issue('textbooks', ['moe'], ['textbook-piracy'], ['U'])], []))
    expect(entry!.organizations).toEqual(['moe'])
  })

  it('counts and filters by those lists: an agency that only took a position still finds its issue', () => {
    const d = data(
      [issue('markets', ['ustr'], ['counterfeit-markets'], ['SBU']), issue('textbooks', ['moe'], ['textbook-piracy', 'textbook-piracy'], ['U'])],
      [position('markets', 'chaoyang', 'China', ['SBU']), position('textbooks', 'moe', 'China', ['U'])],
    )
    const index = indexIssues(d)
    const counts = countFacets(d, index, emptyFilters)
    expect(Object.fromEntries(counts.organizations)).toEqual({ ustr: 1, chaoyang: 1, moe: 1 })
    expect(Object.fromEntries(counts.topics)).toEqual({ 'counterfeit-markets': 1, 'textbook-piracy': 1 })
    expect(Object.fromEntries(counts.voices)).toEqual({ China: 2 })
    expect(filterDashboard(d, index, { ...emptyFilters, organizations: ['chaoyang'] }).issues.map((i) => i.id)).toEqual(['markets'])
  })

  it("filters positions by voice: the US side's are not the cable's own account, and each is chosen apart", () => {
    const d = data(
      [issue('markets', ['ustr'], ['counterfeit-markets'], ['SBU']), issue('textbooks', ['moe'], ['textbook-piracy'], ['U'])],
      [position('markets', 'ustr', 'US', ['SBU']), position('markets', 'chaoyang', 'China', ['SBU']), position('textbooks', 'us-embassy-beijing', 'US', ['U'], null)],
    )
    const index = indexIssues(d)
    const ids = (voices: DashboardFilters['voices']) => {
      const view = filterDashboard(d, index, { ...emptyFilters, voices })
      return [view.issues.map((i) => i.id), view.positions.map((p) => p.id)]
    }
    expect(ids(['US'])).toEqual([['markets'], ['markets-ustr']])
    expect(ids(['cable'])).toEqual([['textbooks'], ['textbooks-us-embassy-beijing']])
    expect(ids(['US', 'cable'])).toEqual([['markets', 'textbooks'], ['markets-ustr', 'textbooks-us-embassy-beijing']])
    expect(Object.fromEntries(countFacets(d, index, emptyFilters).voices)).toEqual({ US: 1, China: 1, cable: 1 })
  })

  it("keeps the figures of the meetings a voice filter still shows, whoever gives them", () => {
    const figure = { id: 'share', venueId: 'silk', assertedBy: ['us-embassy-beijing'], disputes: [], topicIds: [], label: 'l', display: 'd', citations: [], markings: ['U'] } as unknown as Figure
    const d = { ...data([issue('textbooks', ['moe'], ['textbook-piracy'], ['U'])], [position('textbooks', 'us-embassy-beijing', 'US', ['U'], null)]), figures: [figure] }
    const index = indexIssues(d)
    const figureIds = (voices: DashboardFilters['voices']) => filterDashboard(d, index, { ...emptyFilters, voices }).figures.map((f) => f.id)
    expect(figureIds(['cable'])).toEqual(['share'])
    expect(figureIds(['other'])).toEqual([])
  })
})
