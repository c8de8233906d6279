// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Issue, Position, Side, Topic, Venue } from '@/contract/schemas'
import { countIssuesByTopicAndCable, countPositionsByOrganizationAndCable, countVenuesAndIssuesByCable } from './counts'
import { countIssuesByTopicAndVenue, countPositionsByVoiceAndVenue } from './venue-counts'
import { countPositionsByVoice } from './voices'

/** Two cables, three venues; the Guangzhou venue is listed first, as a filter may order them. */
type V = Pick<Venue, 'id' | 'cableId'>
type I = Pick<Issue, 'id' | 'venueId' | 'topicIds'>
type P = Pick<Position, 'issueId' | 'side' | 'reportingVerb' | 'organizationId'>
const venues: V[] = [
  { id: 'gz-aic', cableId: '07GUANGZHOU376' },
  { id: 'silk', cableId: '07BEIJING2566' },
  { id: 'mofcom', cableId: '07BEIJING2566' },
]
const issues: I[] = [
  { id: 'markets', venueId: 'silk', topicIds: ['counterfeit-markets', 'transparency'] },
  { id: 'figures', venueId: 'mofcom', topicIds: ['transparency', 'transparency'] },
  { id: 'shoes', venueId: 'gz-aic', topicIds: ['counterfeit-markets'] },
  { id: 'raids', venueId: 'silk', topicIds: ['counterfeit-markets'] },
]
const topics: Pick<Topic, 'id' | 'label'>[] = [
  { id: 'counterfeit-markets', label: 'Counterfeit markets' },
  { id: 'transparency', label: 'Transparency and statistics' },
]
const position = (issueId: string, side: Side, organizationId: string, reportingVerb: string | null = 'said'): P => ({ issueId, side, reportingVerb, organizationId })
const positions: P[] = [
  position('markets', 'US', 'ustr'),
  position('markets', 'China', 'chaoyang'),
  position('raids', 'China', 'chaoyang'),
  position('figures', 'China', 'mofcom'),
  position('shoes', 'other', 'nike'),
  // The cable's own narration, with no reporting verb: the reporting post's account, not a US position.
  position('figures', 'US', 'us-embassy-beijing', null),
]

describe('positions by voice', () => {
  it('counts every side and the cable\'s own account apart, 0 where a voice said nothing', () => {
    expect(countPositionsByVoice(positions)).toEqual({ US: 1, China: 3, other: 1, cable: 1 })
    expect(countPositionsByVoice([])).toEqual({ US: 0, China: 0, other: 0, cable: 0 })
  })

  it('per venue: through each position’s issue, in the order the venues are given', () => {
    const { rows, unplaced } = countPositionsByVoiceAndVenue(positions, issues, venues)
    expect(rows).toEqual([
      { venueId: 'gz-aic', counts: { US: 0, China: 0, other: 1, cable: 0 }, total: 1 },
      { venueId: 'silk', counts: { US: 1, China: 2, other: 0, cable: 0 }, total: 3 },
      { venueId: 'mofcom', counts: { US: 0, China: 1, other: 0, cable: 1 }, total: 2 },
    ])
    expect(unplaced).toBe(0)
  })

  it('per venue: positions whose issue is filtered out are unplaced, not guessed; a venue not listed comes last', () => {
    const { rows, unplaced } = countPositionsByVoiceAndVenue(positions, issues.filter((i) => i.venueId !== 'silk'), venues.slice(1))
    expect(rows.map((r) => r.venueId)).toEqual(['mofcom', 'gz-aic'])
    expect(unplaced).toBe(3)
  })
})

describe('issues by topic and venue', () => {
  it('counts an issue once under each of its topics, busiest first, venues in the given order', () => {
    const rows = countIssuesByTopicAndVenue(issues, topics, venues)
    expect(rows.map((r) => [r.topicLabel, r.total, [...r.byVenue]])).toEqual([
      ['Counterfeit markets', 3, [['gz-aic', 1], ['silk', 2]]],
      ['Transparency and statistics', 2, [['silk', 1], ['mofcom', 1]]],
    ])
  })

  it('breaks a tie by label and names an unknown topic by its id', () => {
    const rows = countIssuesByTopicAndVenue([{ venueId: 'silk', topicIds: ['zeta', 'transparency'] }], topics, venues)
    expect(rows.map((r) => r.topicLabel)).toEqual(['Transparency and statistics', 'zeta'])
  })

  it('gives nothing for no issues', () => {
    expect(countIssuesByTopicAndVenue([], topics, venues)).toEqual([])
  })
})

describe('counts across cables', () => {
  it('issues per topic per cable, and how many cables each topic recurs in', () => {
    const rows = countIssuesByTopicAndCable(issues, venues)
    expect(rows.map((r) => [r.id, r.total, r.cableCount, Object.fromEntries(r.byCable)])).toEqual([
      ['counterfeit-markets', 3, 2, { '07BEIJING2566': 2, '07GUANGZHOU376': 1 }],
      // "figures" names transparency twice: it is still one issue.
      ['transparency', 2, 1, { '07BEIJING2566': 2 }],
    ])
  })

  it("positions per speaking organization per cable, recurring organizations first; the cable's own account is no agency's", () => {
    const rows = countPositionsByOrganizationAndCable([...positions, position('shoes', 'China', 'mofcom')], issues, venues)
    expect(rows.map((r) => [r.id, r.total, r.cableCount])).toEqual([
      ['mofcom', 2, 2],
      ['chaoyang', 2, 1],
      ['nike', 1, 1],
      ['ustr', 1, 1],
    ])
  })

  it('count a topic once per issue wherever the data repeats it, and skip what has no cable', () => {
    const rows = countIssuesByTopicAndCable(
      [
        { venueId: 'silk', topicIds: ['transparency', 'counterfeit-markets', 'transparency'] },
        // A venue that is not listed (filtered out): no cable to count the issue under.
        { venueId: 'elsewhere', topicIds: ['transparency'] },
      ],
      venues,
    )
    expect(rows.map((r) => [r.id, r.total, Object.fromEntries(r.byCable)])).toEqual([
      ['counterfeit-markets', 1, { '07BEIJING2566': 1 }],
      ['transparency', 1, { '07BEIJING2566': 1 }],
    ])
    // A position whose issue is not in the list (filtered out), or whose issue's venue is not: not counted.
    const agencies = countPositionsByOrganizationAndCable([position('gone', 'US', 'ustr'), position('shoes', 'other', 'nike')], issues, venues.slice(1))
    expect(agencies).toEqual([])
  })

  it('venues and issues per cable, looking filtered issues up among all venues', () => {
    expect(countVenuesAndIssuesByCable(venues, issues)).toEqual(
      new Map([
        ['07GUANGZHOU376', { venues: 1, issues: 1 }],
        ['07BEIJING2566', { venues: 2, issues: 3 }],
      ]),
    )
    expect(countVenuesAndIssuesByCable([venues[0]!], [issues[2]!, issues[0]!], venues)).toEqual(
      new Map([
        ['07GUANGZHOU376', { venues: 1, issues: 1 }],
        ['07BEIJING2566', { venues: 0, issues: 1 }],
      ]),
    )
  })
})
