// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CableAnnotations } from './annotations.ts'
import type { CableSource } from './build-dataset.ts'
import { datasetProblems } from './dataset-problems.ts'
import { sentencesAround } from './fidelity-checks.ts'

const CABLE = [
  'O 180644Z APR 07',
  'SUBJECT: FIDELITY TEST',
  '',
  '¶1. (U) USTR visited Beijing on March 16. Wang said that some cases have been',
  'transferred for trial, and that the bureau often removes links. He said officials "work hard".',
  '',
  '¶2. (U) Xie asserted that rights holders are satisfied.',
  '',
  '¶3. (SBU) Chinese officials have repeatedly noted that cooperation is largely suspended.',
].join('\n')

const source = (): CableSource => ({ id: 'FID1', primary: { name: 'fid.txt', text: CABLE }, others: [] })

const org = (id: string, side: 'US' | 'China', quote: string, paragraph = 1) => ({
  id, name: id.toUpperCase(), shortName: null, side, level: null, parentId: null, citations: [{ paragraph, quote }],
})

/** A small annotation file that passes every check; each test breaks one rule. */
const annotations = (): CableAnnotations => ({
  cableId: 'FID1',
  authorOrganizationId: 'embassy',
  coverage: { from: 1, to: 3 },
  organizations: [org('ustr', 'US', 'USTR'), org('embassy', 'US', 'USTR'), org('bureau', 'China', 'the bureau'), org('district', 'China', 'Xie', 2)],
  people: [{ id: 'xie', name: 'Xie', title: null, organizationId: 'district', side: 'China', citations: [{ paragraph: 2, quote: 'Xie' }] }],
  topics: [{ id: 'cases', label: 'Satisfaction', description: 'Whether rights holders are satisfied.', citations: [{ paragraph: 2, quote: 'rights holders are satisfied' }] }],
  venues: [
    {
      id: 'visit', place: { city: 'Beijing', province: null }, title: 'Visit', theme: 'Cases', kind: 'meeting', date: { value: '2007-03-16', precision: 'day', inferredFrom: null },
      summary: 'USTR visited Beijing.', summaryVoice: 'cable', organizationIds: ['ustr'], participantIds: [], paragraphs: [1, 2], topicIds: ['cases'],
      citations: [{ paragraph: 1, quote: 'USTR visited Beijing on March 16' }],
    },
  ],
  issues: [
    {
      id: 'satisfaction', venueId: 'visit', title: 'Satisfaction', summary: 'Xie asserted that rights holders are satisfied.', summaryVoice: 'reported',
      topicIds: ['cases'], organizationIds: ['district'], citations: [{ paragraph: 2, quote: 'rights holders are satisfied' }],
    },
    {
      id: 'suspension', venueId: 'visit', title: 'Suspension', summary: 'Chinese officials noted that cooperation is largely suspended.', summaryVoice: 'reported',
      topicIds: ['cases'], organizationIds: ['bureau'], citations: [{ paragraph: 3, quote: 'cooperation is largely suspended' }],
    },
  ],
  positions: [
    {
      id: 'transfers', issueId: 'satisfaction', organizationId: 'bureau', personId: null, side: 'China', kind: 'claim', reportingVerb: 'said',
      paraphrase: 'Some cases have been transferred for trial; the bureau often removes links.', citations: [{ paragraph: 1, quote: 'cases have been transferred for trial' }],
    },
    {
      id: 'hard-work', issueId: 'satisfaction', organizationId: 'bureau', personId: null, side: 'China', kind: 'claim', reportingVerb: 'said',
      paraphrase: 'Officials "work hard".', citations: [{ paragraph: 1, quote: 'officials "work hard"' }],
    },
  ],
  figures: [],
  events: [
    {
      id: 'visit-day', kind: 'happening', start: { value: '2007-03-16', precision: 'day', inferredFrom: null }, end: null, attribution: null,
      label: 'USTR visits Beijing', venueId: 'visit', topicIds: [], citations: [{ paragraph: 1, quote: 'visited Beijing on March 16' }],
    },
  ],
})

function problemsOf(edit: (a: CableAnnotations) => void): string[] {
  const a = annotations()
  edit(a)
  return datasetProblems([source()], [a])
}

const dropped = (a: CableAnnotations) => {
  a.positions[0]!.paraphrase = 'Cases have been transferred for trial; the bureau often removes links.'
}
const moved = (a: CableAnnotations) => {
  a.events[0]!.start = { value: '2007-03-17', precision: 'day', inferredFrom: null }
}
const attributed = (verb: string) => (a: CableAnnotations) => {
  a.events[0]!.citations.push({ paragraph: 2, quote: 'Xie asserted' })
  a.events[0]!.attribution = { organizationId: 'district', personId: 'xie', reportingVerb: verb }
}

/** Adds a figure resting on ¶1's date, with this label. */
  const figure = (label: string) => (a: CableAnnotations) => {
    a.figures.push({
      id: 'visit-day', label, value: { kind: 'exact', value: 16 }, unit: 'day', qualifiers: [], display: '16', asOf: null, assertedBy: ['embassy'], source: null,
      chart: null, disputes: [], venueId: 'visit', topicIds: ['cases'], citations: [{ paragraph: 1, quote: 'visited Beijing on March 16' }],
    })
  }

describe('fidelity checks: the words around the quotes', () => {
  it('accept the clean example', () => {
    expect(problemsOf(() => {})).toEqual([])
  })

  it('reject a paraphrase that drops a hedge of its cited sentence, unless a reviewed note says why', () => {
    expect(problemsOf(dropped)).toEqual([
      'positions/transfers: ¶1\'s cited sentence says "some" but the item\'s text does not (keep the hedge, or add a hedgeNote saying why not)',
    ])
    expect(
      problemsOf((a) => {
        dropped(a)
        a.positions[0]!.hedgeNotes = [{ hedge: 'some', why: 'test: reviewed' }]
      }),
    ).toEqual([])
  })

  it('finds the hedge in the whole sentence, not only inside the quote', () => {
    expect(sentencesAround('One. Wang said that some cases have been transferred. Two.', 'cases have been transferred')).toBe(
      'Wang said that some cases have been transferred.',
    )
    const problems = problemsOf((a) => {
      a.topics[0]!.description = 'Some cases transferred for trial.'
      a.topics[0]!.citations = [{ paragraph: 1, quote: 'transferred for trial' }]
    })
    // The quote holds no hedge; its sentence says "often" about the links.
    expect(problems).toEqual([
      'topics/cases: ¶1\'s cited sentence says "often" but the item\'s text does not (keep the hedge, or add a hedgeNote saying why not)',
    ])
  })

  it('reject words in quotation marks that the cited paragraphs do not contain', () => {
    expect(
      problemsOf((a) => {
        a.positions[1]!.paraphrase = 'Officials "work very hard".'
      }),
    ).toEqual(['positions/hard-work paraphrase: "work very hard" is in quotation marks but is not in a cited paragraph'])
  })

  it('reject a day the cited paragraphs do not state unless it says what it is inferred from', () => {
    expect(problemsOf(moved)).toEqual(['events/visit-day start: 2007-03-17 is a day the cited paragraphs do not state (cite it, or set inferredFrom)'])
    expect(
      problemsOf((a) => {
        moved(a)
        a.events[0]!.start.inferredFrom = 'the day after the visit'
      }),
    ).toEqual([])
  })

  it('reject a year the cited paragraphs do not state, except a month or day read against the cable date', () => {
    expect(
      problemsOf((a) => {
        a.events[0]!.start = { value: '2006', precision: 'year', inferredFrom: null }
      }),
    ).toEqual(['events/visit-day start: the year 2006 is not stated in the cited paragraphs (cite it, or set inferredFrom)'])
  })

  it('reject a range that ends before it starts', () => {
    expect(
      problemsOf((a) => {
        a.events[0]!.end = { value: '2007-02', precision: 'month', inferredFrom: 'test' }
      }),
    ).toEqual(['events/visit-day: ends (2007-02) before it starts (2007-03-16)'])
  })

  it('reject a reporting verb the cited paragraphs do not use', () => {
    expect(
      problemsOf((a) => {
        a.positions[0]!.reportingVerb = 'claimed'
      }),
    ).toEqual(['positions/transfers: reporting verb "claimed" is not in a cited paragraph'])
  })

  it('accept another form of the verb the cable uses ("asserts" for "asserted"), not a different verb', () => {
    expect(problemsOf(attributed('asserts'))).toEqual([])
    expect(problemsOf(attributed('confirmed'))).toEqual(['events/visit-day: reporting verb "confirmed" is not in a cited paragraph'])
  })

  it("reserve the cable's own voice for the organization that wrote it", () => {
    expect(
      problemsOf((a) => {
        a.positions[0]!.reportingVerb = null
      }),
    ).toEqual(["positions/transfers: the cable's own voice (reportingVerb null) belongs to embassy, not bureau"])
  })

  it('reject a reported summary that names no speaker or no reporting verb', () => {
    expect(
      problemsOf((a) => {
        a.issues[0]!.summary = 'Rights holders are satisfied.'
      }),
    ).toEqual([
      'issues/satisfaction: a reported summary needs a reporting verb (said, noted, replied, ...)',
      'issues/satisfaction: a reported summary must name its speaker',
    ])
  })

  it('reject a figure label that names who gives the figure: that is shown beside it', () => {
    expect(problemsOf(figure('Day in March of the USTR visit'))).toEqual([])
    for (const [label, named] of [
      ['Day in March of the USTR visit, as Xie asserted', 'Xie'],
      ['Day in March of the USTR visit, as cited by the bureau', 'as cited by'],
      ['Day in March of the USTR visit, as the Bureau Chief put it', 'as the Bureau Chief put it'],
      ['Day in March of the USTR visit according to the bureau', 'according to'],
    ]) {
      expect(problemsOf(figure(label!))).toEqual([`figures/visit-day: the label names who gives the figure ("${named}"); it is shown beside the label`])
    }
  })

  it('reject an item that rests on public and sensitive paragraphs at once', () => {
    expect(
      problemsOf((a) => {
        a.issues[1]!.citations.push({ paragraph: 2, quote: 'rights holders are satisfied' })
      }),
    ).toEqual(['issues/suspension: cites both U and SBU paragraphs; split it so the public-safe view cannot show sensitive words'])
  })
})

describe('sentencesAround', () => {
  it('ends the sentence at a quote that closes it, quotation marks and all', () => {
    expect(sentencesAround('They stopped "not interfering." With the filing, meetings may be hard.', 'stopped "not interfering."')).toBe(
      'They stopped "not interfering."',
    )
  })
  it('starts after the previous sentence and runs to the end of a last sentence without a full stop', () => {
    expect(sentencesAround('First one. Second often goes on', 'goes on')).toBe('Second often goes on')
  })
})
