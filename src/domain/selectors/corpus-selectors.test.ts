// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Citation, Figure, Issue, Organization, Position, Venue } from '@/contract/schemas'
import { buildLookups } from './lookups'
import { eventAsReported, positionLeadIn } from './attribution'
import { parseCableId } from '@/domain/cable/cable-id'
import { citedBy, postName, resolveReference, spacedCableId } from './cables'
import { describeFilters, describeHiddenParagraphs } from './describe-view'
import { emptyFilters, foldForSearch, normalizeForSearch, type CorpusParagraph, type DashboardData } from './filter-dashboard'
import { buildView } from './view'

/** Two cables whose paragraph numbers overlap: ¶1 is public in one and sensitive in the other. */
const cite = (cableId: string, paragraph: number, quote = 'q'): Citation => ({ cableId, paragraph, quote })
const person = (id: string, cableId: string, paragraph: number, marking: string) => ({ id, name: id, title: null, organizationId: null, side: 'China' as const, citations: [cite(cableId, paragraph)], markings: [marking] })
const paragraphs: CorpusParagraph[] = [
  { cableId: 'A07BEIJING1', number: 1, marking: 'U', text: 'Beijing met MOFCOM about counterfeit markets.' },
  { cableId: 'A07BEIJING1', number: 2, marking: 'SBU', text: 'A sensitive aside on the Beijing meeting.' },
  { cableId: 'B07GUANGZHOU2', number: 1, marking: 'SBU', text: 'Guangzhou officials spoke of counterfeit shoes.' },
  { cableId: 'B07GUANGZHOU2', number: 2, marking: 'U', text: 'This cable was cleared.' },
]
const org = (id: string, side: Organization['side']): Organization => ({ id, name: id.toUpperCase(), shortName: null, side, level: null, parentId: null, citations: [cite('A07BEIJING1', 1)], markings: ['U'] })
const venue = (id: string, cableId: string, city: string, province: string | null, paragraph: number, marking: string): Venue => ({
  id, cableId, place: { city, province }, title: id, theme: id, kind: 'meeting', date: null, summary: id, summaryVoice: 'cable',
  organizationIds: [], participantIds: [], paragraphs: [paragraph], topicIds: ['counterfeit-markets'], citations: [cite(cableId, paragraph)], markings: [marking],
})
const issue = (id: string, venueId: string, cableId: string, paragraph: number, marking: string, orgId: string): Issue => ({
  id, venueId, title: id, summary: id, summaryVoice: 'cable', topicIds: ['counterfeit-markets'], organizationIds: [orgId], citations: [cite(cableId, paragraph)], markings: [marking],
})
const position = (id: string, issueId: string, cableId: string, paragraph: number, marking: string, orgId: string): Position => ({
  id, issueId, organizationId: orgId, personId: null, side: 'China', kind: 'claim', reportingVerb: 'said', paraphrase: id, citations: [cite(cableId, paragraph)], markings: [marking],
})
/** A figure of the Beijing venue (¶1), disputed in `disputeParagraph` (U ¶1, SBU ¶2) or not at all. */
  const figure = (id: string, disputeParagraph: number | null): Figure => ({
    id, label: id, value: { kind: 'exact', value: 80 }, unit: 'percent', qualifiers: ['up to'], display: 'up to 80%', asOf: null, assertedBy: ['ustr'], source: null, chart: null,
    disputes: disputeParagraph === null ? [] : [{ organizationId: 'mofcom', personId: null, reportingVerb: 'challenged', summary: 'Challenged.', citation: cite('A07BEIJING1', disputeParagraph) }],
    venueId: 'beijing-mofcom', topicIds: [], citations: [cite('A07BEIJING1', 1)], markings: ['U'],
  })
const data: DashboardData = {
  venues: [venue('beijing-mofcom', 'A07BEIJING1', 'Beijing', null, 1, 'U'), venue('gz-aic', 'B07GUANGZHOU2', 'Guangzhou', 'Guangdong', 1, 'SBU')],
  issues: [issue('bj-markets', 'beijing-mofcom', 'A07BEIJING1', 1, 'U', 'mofcom'), issue('gz-shoes', 'gz-aic', 'B07GUANGZHOU2', 1, 'SBU', 'mofcom')],
  positions: [position('bj-said', 'bj-markets', 'A07BEIJING1', 1, 'U', 'mofcom'), position('gz-said', 'gz-shoes', 'B07GUANGZHOU2', 1, 'SBU', 'mofcom')],
  figures: [],
  events: [],
  organizations: [org('mofcom', 'China'), org('ustr', 'US')],
  paragraphs,
}


describe('the view across cables', () => {
  it('filters by cable and by place, and counts both facets', () => {
    const byCable = buildView(data, { ...emptyFilters, cables: ['B07GUANGZHOU2'] })
    expect(byCable.filtered.issues.map((i) => i.id)).toEqual(['gz-shoes'])
    expect(byCable.counts.cables).toEqual(new Map([['A07BEIJING1', 1], ['B07GUANGZHOU2', 1]]))
    expect(buildView(data, { ...emptyFilters, places: ['beijing'] }).filtered.venues.map((v) => v.id)).toEqual(['beijing-mofcom'])
    expect(buildView(data, { ...emptyFilters }).counts.places).toEqual(new Map([['beijing', 1], ['guangzhou', 1]]))
  })

  it('an agency that speaks in two cables keeps both when chosen', () => {
    const { filtered } = buildView(data, { ...emptyFilters, organizations: ['mofcom'] })
    expect(filtered.issues.map((i) => i.id)).toEqual(['bj-markets', 'gz-shoes'])
  })

  it('public-safe redacts by cable and paragraph, not by paragraph number alone', () => {
    // ¶1 is U in one cable and SBU in the other: only the Beijing item survives.
    const { visible, filtered } = buildView(data, { ...emptyFilters, publicSafe: true })
    expect(filtered.issues.map((i) => i.id)).toEqual(['bj-markets'])
    expect(visible.paragraphs.map((p) => `${p.cableId}¶${p.number}`)).toEqual(['A07BEIJING1¶1', 'B07GUANGZHOU2¶2'])
  })

  it('public-safe drops a person named only in sensitive paragraphs, from the people and from participant lists', () => {
    const withPeople = {
      ...data,
      venues: data.venues.map((v) => ({ ...v, participantIds: ['wang', 'li'] })),
      people: [person('wang', 'A07BEIJING1', 1, 'U'), person('li', 'A07BEIJING1', 2, 'SBU')],
    }
    const { visible } = buildView(withPeople, { ...emptyFilters, publicSafe: true })
    expect(visible.people.map((p) => p.id)).toEqual(['wang'])
    expect(visible.venues[0]?.participantIds).toEqual(['wang'])
  })

  it('public-safe drops a figure disputed in a sensitive paragraph rather than show it undisputed', () => {
    const withFigures = { ...data, figures: [figure('disputed-openly', 1), figure('disputed-in-confidence', 2), figure('undisputed', null)] }
    expect(buildView(withFigures, { ...emptyFilters, publicSafe: true }).filtered.figures.map((f) => [f.id, f.disputes.length])).toEqual([
      ['disputed-openly', 1],
      ['undisputed', 0],
    ])
    expect(buildView(withFigures, emptyFilters).filtered.figures.map((f) => f.id)).toEqual(['disputed-openly', 'disputed-in-confidence', 'undisputed'])
  })

  it('search finds a paragraph of any cable, and only the issues of that cable', () => {
    expect(buildView(data, { ...emptyFilters, query: 'counterfeit shoes' }).filtered.issues.map((i) => i.id)).toEqual(['gz-shoes'])
  })

  it('search reads every dash as a hyphen and curly quotes as straight: a cable writes "80-90%", the dashboard shows "80–90%"', () => {
    expect(normalizeForSearch('Up to 80–90% — “in some categories” (China’s)')).toBe(normalizeForSearch('up to 80-90% - "in some categories" (china\'s)'))
    expect(foldForSearch('80–90%').length).toBe('80–90%'.length)
  })
})

describe('cable headers', () => {
  it('names posts as people say them', () => {
    expect(postName('AMEMBASSY BEIJING')).toBe('Embassy Beijing')
    expect(postName('AMCONSUL GUANGZHOU')).toBe('Consulate Guangzhou')
    expect(postName(null)).toBeNull()
  })
  it('resolves a reference to a cable of the corpus, reading the year from the citing cable', () => {
    const corpus = [{ id: '07BEIJING2566' }, { id: '07BEIJING2455' }, { id: '06BEIJING2455' }]
    expect(resolveReference('BEIJING 02455', { id: '07BEIJING2566' }, corpus)).toBe('07BEIJING2455')
    expect(resolveReference('A. BEIJING 2455', { id: '07BEIJING2566' }, corpus)).toBe('07BEIJING2455')
    expect(resolveReference('(B) 06 BEIJING 2455', { id: '07BEIJING2566' }, corpus)).toBe('06BEIJING2455')
    expect(resolveReference('STATE 12345', { id: '07BEIJING2566' }, corpus)).toBeNull()
    expect(resolveReference('BEIJING 2566', { id: '07BEIJING2566' }, corpus)).toBeNull()
  })
  it('reads a cable id one way: year, post, serial; spaced apart for a narrow column', () => {
    expect(parseCableId('07GUANGZHOU376')).toEqual({ year: '07', post: 'GUANGZHOU', serial: '376' })
    expect(parseCableId('08SHANGHAI330')).toEqual({ year: '08', post: 'SHANGHAI', serial: '330' })
    expect(parseCableId('A07BEIJING1')).toBeNull()
    expect(parseCableId('07 BEIJING 2566')).toBeNull()
    expect(spacedCableId('07BEIJING2566')).toBe('07 BEIJING 2566')
    expect(spacedCableId('not-a-cable')).toBe('not-a-cable')
  })
  it('finds the way back: which cables cite a cable', () => {
    const corpus = [{ id: '07BEIJING2566', references: ['Beijing 02455'] }, { id: '07BEIJING2455', references: [] }, { id: '07GUANGZHOU376', references: ['A. Guangzhou 51'] }]
    expect(citedBy({ id: '07BEIJING2455' }, corpus).map((c) => c.id)).toEqual(['07BEIJING2566'])
    expect(citedBy({ id: '07BEIJING2566' }, corpus)).toEqual([])
  })
})

describe('shared words', () => {
  it('describes cable, place and marking filters the same way everywhere', () => {
    const names = { organizations: data.organizations, topics: [], venues: data.venues, cables: [{ id: 'A07BEIJING1' }] }
    expect(describeFilters({ ...emptyFilters, cables: ['A07BEIJING1'], places: ['guangzhou'], markings: ['none', 'SBU'] }, names)).toEqual([
      'Cable: A07BEIJING1',
      'Place: Guangzhou, Guangdong',
      'Markings: unmarked, SBU',
    ])
  })
  it('names the hidden paragraphs of every cable', () => {
    expect(describeHiddenParagraphs(paragraphs)).toBe('paragraphs marked SBU (A07BEIJING1 ¶2; B07GUANGZHOU2 ¶1)')
  })
  it('puts "according to" before the speaker', () => {
    const lookups = buildLookups({ organizations: data.organizations, people: [], topics: [] })
    expect(positionLeadIn({ organizationId: 'mofcom', personId: null, reportingVerb: 'according to' }, lookups)).toBe('According to MOFCOM')
    expect(positionLeadIn({ organizationId: 'mofcom', personId: null, reportingVerb: 'said' }, lookups)).toBe('MOFCOM said')
  })
  it('leads an event an official reported with who reported it, so the report is not stated as a fact ("…, as MOFCOM said" would be)', () => {
    const lookups = buildLookups({ organizations: data.organizations, people: [], topics: [] })
    const label = '20 percent of visitors to the CIECC website were from the United States'
    expect(eventAsReported({ label, attribution: { organizationId: 'mofcom', personId: null, reportingVerb: 'said' } }, lookups)).toBe(`MOFCOM said: ${label}`)
    expect(eventAsReported({ label, attribution: { organizationId: 'mofcom', personId: null, reportingVerb: 'according to' } }, lookups)).toBe(`According to MOFCOM: ${label}`)
    expect(eventAsReported({ label, attribution: null }, lookups)).toBe(label)
    // What prompted it first, as a position's: not "MOFCOM reported: Asked what …".
    const prompted = { label: 'Asked about incentives: Four new rules made', attribution: { organizationId: 'mofcom', personId: null, reportingVerb: 'reported' } }
    expect(eventAsReported(prompted, lookups)).toBe('Asked about incentives, MOFCOM reported: Four new rules made')
  })
  it('names an institution with its article, and starts the sentence with a capital', () => {
    const organizations = [{ ...org('fujian-copyright-bureau', 'China'), name: 'Fujian Copyright Bureau' }]
    const lookups = buildLookups({ organizations, people: [], topics: [] })
    const bureau = { organizationId: 'fujian-copyright-bureau', personId: null }
    expect(positionLeadIn({ ...bureau, reportingVerb: 'said' }, lookups)).toBe('The Fujian Copyright Bureau said')
    expect(positionLeadIn({ ...bureau, reportingVerb: 'according to' }, lookups)).toBe('According to the Fujian Copyright Bureau')
    // Hidden by the public-safe view: still a sentence.
    expect(positionLeadIn({ organizationId: 'fujian-psb', personId: null, reportingVerb: 'said' }, lookups)).toBe('An agency this view hides said')
  })
})
