// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CableAnnotations } from './annotations.ts'
import { buildDataset, type CableSource } from './build-dataset.ts'
import { checkMarkings } from './checks.ts'
import { fnv1aHex } from './content-hash.ts'
import { datasetProblems } from './dataset-problems.ts'
import { textStatesNumber } from './numbers-in-text.ts'
import { missingWordRanges } from './restored-ranges.ts'

const PRIMARY = [
  'SUBJECT: TEST CABLE',
  '',
  '¶1. (U) The bureau met the delegation on May 2 and reported',
  'nine cases closed.',
  '',
  '¶2. (SBU) Industry data show 40 percent of goods are fake.',
  '',
  '¶3. (U) This report was cleared.',
].join('\n')

/** The same cable as another site renders it: no paragraph signs, and "nine" lost. */
const OTHER = [
  '1. (U) The bureau met the delegation on May 2 and reported',
  'cases closed.',
  '',
  '2. (SBU) Industry data show 40 percent of goods are fake.',
  '',
  '3. (U) This report was cleared.',
].join('\n')

const source = (): CableSource => ({
  id: 'TEST1',
  primary: { name: 'test.full.txt', text: PRIMARY },
  others: [{ name: 'test.news.txt', text: OTHER }],
})

const annotations = (): CableAnnotations => ({
  cableId: 'TEST1',
  authorOrganizationId: 'us',
  coverage: { from: 1, to: 2 },
  organizations: [
    { id: 'bureau', name: 'Bureau', shortName: null, side: 'China', level: null, parentId: null, citations: [{ paragraph: 1, quote: 'The bureau' }] },
    { id: 'us', name: 'Delegation', shortName: null, side: 'US', level: null, parentId: null, citations: [{ paragraph: 1, quote: 'the delegation' }] },
  ],
  people: [],
  topics: [{ id: 'cases', label: 'Cases', description: 'Closed cases.', citations: [{ paragraph: 1, quote: 'cases closed' }] }],
  venues: [
    {
      id: 'meeting',
      place: { city: 'Beijing', province: null },
      title: 'Meeting',
      theme: 'Cases',
      kind: 'meeting',
      date: { value: '2007-05-02', precision: 'day', inferredFrom: 'the test cable is from 2007' },
      summary: 'A meeting.',
      summaryVoice: 'cable',
      organizationIds: ['bureau', 'us'],
      participantIds: [],
      paragraphs: [1, 2],
      topicIds: ['cases'],
      citations: [{ paragraph: 1, quote: 'met the delegation on May 2' }],
    },
  ],
  issues: [
    {
      id: 'closures',
      venueId: 'meeting',
      title: 'Closures',
      summary: 'Cases closed.',
      summaryVoice: 'cable',
      topicIds: ['cases'],
      organizationIds: ['bureau'],
      citations: [{ paragraph: 1, quote: 'reported nine cases closed' }],
    },
  ],
  positions: [
    {
      id: 'fake-goods',
      issueId: 'closures',
      organizationId: 'us',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'Industry data show 40 percent of goods are fake.',
      citations: [{ paragraph: 2, quote: 'Industry data show 40 percent of goods are fake.' }],
    },
  ],
  figures: [
    {
      id: 'closed',
      label: 'Cases closed',
      value: { kind: 'exact', value: 9 },
      unit: 'cases',
      qualifiers: [],
      display: '9',
      asOf: null,
      assertedBy: ['bureau'],
      source: null,
      chart: null,
      disputes: [{ organizationId: 'us', personId: null, reportingVerb: 'show', summary: 'Doubted.', citation: { paragraph: 2, quote: 'goods are fake' } }],
      venueId: 'meeting',
      topicIds: ['cases'],
      citations: [{ paragraph: 1, quote: 'nine cases   closed' }],
    },
  ],
  events: [],
})

/** Runs the builder expecting failure and returns its problems. */
function problemsOf(edit: (a: CableAnnotations) => void): string[] {
  const a = annotations()
  edit(a)
  const problems = datasetProblems([source()], [a])
  if (problems.length === 0) throw new Error('expected a DatasetError')
  return problems
}

describe('buildDataset', () => {
  it('builds a valid dataset from consistent annotations', () => {
    const dataset = buildDataset([source()], [annotations()])
    expect(dataset.meta.counts).toMatchObject({ venues: 1, issues: 1, positions: 1, figures: 1, organizations: 2 })
    expect(dataset.meta.cableIds).toEqual(['TEST1'])
    expect(dataset.cables[0]).toMatchObject({ id: 'TEST1', rendering: 'test.full.txt', comparedWith: ['test.news.txt'] })
  })

  it('adds the cable id to every citation', () => {
    const dataset = buildDataset([source()], [annotations()])
    expect(dataset.issues[0]?.citations).toEqual([{ cableId: 'TEST1', paragraph: 1, quote: 'reported nine cases closed' }])
    expect(dataset.figures[0]?.disputes[0]?.citation.cableId).toBe('TEST1')
  })

  it('derives markings from the cited paragraphs, distinct and in citation order', () => {
    const dataset = buildDataset([source()], [annotations()])
    expect(dataset.issues[0]?.markings).toEqual(['U'])
    expect(dataset.positions[0]?.markings).toEqual(['SBU'])
    // The figure rests on ¶1 but its dispute cites the SBU ¶2.
    expect(dataset.figures[0]?.markings).toEqual(['U', 'SBU'])
  })

  it('checks that a dataset it did not build carries the marking of every paragraph it cites', () => {
    const dataset = buildDataset([source()], [annotations()])
    const cablesById = new Map(dataset.cables.map((c) => [c.id, c]))
    expect(checkMarkings(dataset, cablesById)).toEqual([])
    // A generator that re-points a citation without re-deriving markings would leak an SBU paragraph.
    const leaky = { ...dataset, figures: dataset.figures.map((f) => ({ ...f, markings: ['U'] })) }
    expect(checkMarkings(leaky, cablesById)).toEqual([`figures/${dataset.figures[0]?.id}: cites TEST1 ¶2 (SBU) but is not marked SBU`])
  })

  it('marks words the other rendering lost as restored', () => {
    const paragraph = buildDataset([source()], [annotations()]).cables[0]?.paragraphs[0]
    expect(paragraph?.restored.map((r) => paragraph.text.slice(r.start, r.end))).toEqual(['nine'])
  })

  it('gives a stable version that changes with the content', () => {
    const first = buildDataset([source()], [annotations()]).meta.datasetVersion
    expect(buildDataset([source()], [annotations()]).meta.datasetVersion).toBe(first)
    const changed = annotations()
    changed.topics[0]!.description = 'Something else.'
    expect(buildDataset([source()], [changed]).meta.datasetVersion).not.toBe(first)
  })

  it('rejects a quote that is not in its paragraph', () => {
    const problems = problemsOf((a) => {
      a.issues[0]!.citations = [{ paragraph: 2, quote: 'reported nine cases closed' }]
    })
    expect(problems).toEqual([expect.stringMatching(/issues\/closures: quote not found in TEST1 ¶2/)])
  })

  it('rejects a citation of a paragraph the cable does not have', () => {
    const problems = problemsOf((a) => {
      a.positions[0]!.citations = [{ paragraph: 9, quote: 'fake' }]
    })
    expect(problems).toContainEqual(expect.stringMatching(/positions\/fake-goods: cites ¶9/))
  })

  it('rejects dangling ids', () => {
    const problems = problemsOf((a) => {
      a.issues[0]!.venueId = 'nowhere'
      a.figures[0]!.assertedBy = ['ghost']
    })
    expect(problems).toEqual([
      'issues/closures: venueId "nowhere" is not a known venue',
      'figures/closed: assertedBy "ghost" is not a known organization',
    ])
  })

  it('rejects a figure whose number its quote does not state', () => {
    const problems = problemsOf((a) => {
      a.figures[0]!.value = { kind: 'exact', value: 10 }
    })
    expect(problems).toEqual(['figures/closed: the number 10 does not appear in its quote(s)'])
  })

  it('rejects a required paragraph that nothing cites', () => {
    const problems = problemsOf((a) => {
      a.positions = []
      a.figures[0]!.disputes = []
    })
    expect(problems).toEqual(['coverage: TEST1 ¶2 is not cited by any issue, position, figure or event'])
  })

  it('rejects duplicate ids', () => {
    const problems = problemsOf((a) => {
      a.issues.push({ ...a.issues[0]! })
    })
    expect(problems).toContain('issues/closures: id used more than once')
  })

  it('rejects a position whose side is not its organization\'s', () => {
    const problems = problemsOf((a) => {
      a.positions[0]!.side = 'China'
    })
    expect(problems).toEqual(['positions/fake-goods: side China but us is on side US'])
  })

  it("rejects a person put on another side than their organization's", () => {
    const problems = problemsOf((a) => {
      a.people.push({ id: 'chief', name: 'Chief', title: null, organizationId: 'bureau', side: 'US', citations: [{ paragraph: 1, quote: 'The bureau' }] })
    })
    expect(problems).toEqual(['people/chief: side US but bureau is on side China'])
  })

  it('rejects annotations for a cable it was not given', () => {
    const problems = problemsOf((a) => {
      a.cableId = 'OTHER'
    })
    expect(problems).toEqual(['annotations for OTHER: no cable source with that id'])
  })

  it('rejects annotations that break the schema and impossible dates', () => {
    const problems = problemsOf((a) => {
      a.venues[0]!.date = { value: '2007-02-30', precision: 'day', inferredFrom: 'a typo' }
      ;(a.topics[0] as { label: string }).label = ''
    })
    expect(problems).toContainEqual(expect.stringMatching(/annotations for TEST1: topics\.0\.label/))
  })

  it('collects every problem before failing', () => {
    const problems = problemsOf((a) => {
      a.issues[0]!.venueId = 'nowhere'
      a.figures[0]!.value = { kind: 'exact', value: 10 }
      a.events.push({
        id: 'e',
        kind: 'happening',
        start: { value: '2007-02-30', precision: 'day', inferredFrom: 'a typo' },
        end: null,
        attribution: null,
        label: 'Impossible',
        venueId: null,
        topicIds: [],
        citations: [{ paragraph: 1, quote: 'May 2' }],
      })
    })
    expect(problems).toHaveLength(3)
    expect(problems).toContain('events/e start: 2007-02-30 is not a calendar date')
  })
})

describe('missingWordRanges', () => {
  it('merges adjacent lost words into one range', () => {
    const text = 'to deter pirates and thieves.'
    const ranges = missingWordRanges(text, 'to deter thieves.')
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['pirates and'])
  })

  it('finds nothing when the renderings agree', () => {
    expect(missingWordRanges('same words here', 'same words here')).toEqual([])
  })
})

describe('textStatesNumber', () => {
  it.each([
    ['more than 6,000 foreign textbooks', 6000],
    ['up to 80-90% of goods', 80],
    ['up to 80-90% of goods', 90],
    ['there are nine presses', 9],
    ['only one year old', 1],
    ['twenty-five visitors', 25],
    ['20 percent of visitors', 20],
  ])('finds the number in %j', (text, value) => {
    expect(textStatesNumber(text, value)).toBe(true)
  })

  it.each([
    ['someone said', 1],
    ['dozens of times', 12],
    ['several hundred million RMB', 300_000_000],
  ])('does not invent a number in %j', (text, value) => {
    expect(textStatesNumber(text, value)).toBe(false)
  })
})

describe('fnv1aHex', () => {
  it('is a known 8-digit FNV-1a hash', () => {
    expect(fnv1aHex('')).toBe('811c9dc5')
    expect(fnv1aHex('a')).toBe('e40c292c')
  })
})

/** A second cable that mentions the same bureau: the registry must hold it once. */
const SECOND = ['SUBJECT: SECOND CABLE', '', '¶1. (U) The bureau met us again and closed more cases.'].join('\n')
const secondSource = (): CableSource => ({ id: 'TEST2', primary: { name: 'second.txt', text: SECOND }, others: [] })
const secondAnnotations = (): CableAnnotations => {
  const first = annotations()
  const bureau = first.organizations.find((o) => o.id === 'bureau')!
  const us = first.organizations.find((o) => o.id === 'us')!
  return {
    ...first,
    cableId: 'TEST2',
    coverage: { from: 1, to: 1 },
    organizations: [
      { ...bureau, citations: [{ paragraph: 1, quote: 'The bureau met us again' }] },
      { ...us, citations: [{ paragraph: 1, quote: 'met us again' }] },
    ],
    people: [],
    topics: [{ ...first.topics[0]!, citations: [{ paragraph: 1, quote: 'closed more cases' }] }],
    venues: [{ ...first.venues[0]!, id: 'second-meeting', paragraphs: [1], date: null, citations: [{ paragraph: 1, quote: 'The bureau met us again' }] }],
    issues: [{ ...first.issues[0]!, id: 'second-closures', venueId: 'second-meeting', citations: [{ paragraph: 1, quote: 'closed more cases' }] }],
    positions: [],
    figures: [],
    events: [],
  }
}

describe('buildDataset across cables', () => {
  it('keeps one organization and one topic for an id two cables share, resting on both cables', () => {
    const dataset = buildDataset([source(), secondSource()], [annotations(), secondAnnotations()])
    const bureaus = dataset.organizations.filter((o) => o.id === 'bureau')
    expect(bureaus).toHaveLength(1)
    expect(new Set(bureaus[0]!.citations.map((c) => c.cableId))).toEqual(new Set(['TEST1', 'TEST2']))
    expect(dataset.topics.filter((t) => t.id === 'cases')[0]!.citations.map((c) => c.cableId)).toEqual(['TEST1', 'TEST2'])
    expect(dataset.venues.map((v) => [v.id, v.cableId])).toEqual([['meeting', 'TEST1'], ['second-meeting', 'TEST2']])
  })

  it('rejects one id that two cables describe differently', () => {
    const second = secondAnnotations()
    second.organizations[0] = { ...second.organizations[0]!, name: 'The Other Bureau' }
    const problems = datasetProblems([source(), secondSource()], [annotations(), second])
    expect(problems.some((p) => p.startsWith('organizations/bureau: TEST2 and TEST1 describe it differently (name:'))).toBe(true)
  })

  it('rejects an issue filed under a venue of another cable', () => {
    const second = secondAnnotations()
    second.issues[0]!.venueId = 'meeting'
    const problems = datasetProblems([source(), secondSource()], [annotations(), second])
    expect(problems).toContain('issues/second-closures: cites TEST2, but its venue is in TEST1')
  })

  it('rejects one organization entered twice under two ids', () => {
    const second = secondAnnotations()
    second.organizations[0] = { ...second.organizations[0]!, id: 'the-bureau' }
    second.venues[0]!.organizationIds = ['us', 'the-bureau']
    second.issues[0]!.organizationIds = ['the-bureau']
    const problems = datasetProblems([source(), secondSource()], [annotations(), second])
    expect(problems.some((p) => p.includes('has the name') && p.includes('one entity entered twice'))).toBe(true)
  })
})

