import { describe, expect, it } from 'vitest'
import { issues, positions, topics, venues } from '../testing/fixtures'
import { countIssuesByTopicAndVenue } from './count-issues'
import { countPositionsBySideAndVenue } from './count-positions'

describe('countIssuesByTopicAndVenue', () => {
  it('counts an issue under each of its topics, busiest topic first', () => {
    const rows = countIssuesByTopicAndVenue(issues, topics, venues)
    expect(rows.map((r) => [r.topicLabel, r.total])).toEqual([
      ['Counterfeit markets', 2],
      ['Transparency and statistics', 2],
      ['Take-down notices', 1],
    ])
    expect(rows[1]?.byVenue).toEqual({ bcb: 0, chaoyang: 1, moe: 0, mofcom: 1 })
  })
  it('gives nothing for no issues', () => {
    expect(countIssuesByTopicAndVenue([], topics, venues)).toEqual([])
  })
})

describe('countPositionsBySideAndVenue', () => {
  it('counts sides per venue in venue order through each position’s issue', () => {
    const { rows, unplaced } = countPositionsBySideAndVenue(positions, issues, venues)
    expect(rows.map((r) => [r.venueId, r.counts])).toEqual([
      ['bcb', { US: 0, China: 1, other: 0 }],
      ['chaoyang', { US: 1, China: 2, other: 0 }],
      ['mofcom', { US: 1, China: 0, other: 0 }],
    ])
    expect(unplaced).toBe(0)
  })
  it('does not guess a venue for positions whose issue is filtered out', () => {
    const { rows, unplaced } = countPositionsBySideAndVenue(positions, issues.filter((i) => i.venueId !== 'chaoyang'), venues)
    expect(rows.map((r) => r.venueId)).toEqual(['bcb', 'mofcom'])
    expect(unplaced).toBe(3)
  })
})
