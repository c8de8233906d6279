/** Small contract-shaped fixtures modelled on cable 07BEIJING2566; quotes are the cable's words. */
import type { CableEvent, CableSummary, Citation, Figure, Issue, Organization, Position, Topic, Venue } from '@/contract/schemas'
import { buildLookups } from '@/domain/selectors/lookups'

const cite = (paragraph: number, quote: string): Citation => ({ cableId: '07BEIJING2566', paragraph, quote })

const org = (id: string, name: string, shortName: string | null, side: Organization['side']): Organization => ({
  id, name, shortName, side, level: null, parentId: null, citations: [cite(1, 'USTR')], markings: ['U'],
})
export const organizations: Organization[] = [
  org('ustr', 'Office of the United States Trade Representative', 'USTR', 'US'),
  org('chaoyang', 'Chaoyang District government', 'Chaoyang', 'China'),
  org('mofcom', 'Ministry of Commerce', 'MOFCOM', 'China'),
  org('moe', 'Ministry of Education', 'MOE', 'China'),
  org('bcb', 'Beijing Copyright Bureau', 'BCB', 'China'),
]

const venue = (id: string, title: string, theme: string, paragraph: number): Venue => ({
  id, cableId: '07BEIJING2566', place: { city: 'Beijing', province: null }, title, theme, kind: 'meeting', date: { value: '2007-03-16', precision: 'day', inferredFrom: null }, summary: theme, summaryVoice: 'cable',
  organizationIds: [], participantIds: [], paragraphs: [paragraph], topicIds: [], citations: [cite(paragraph, theme)], markings: ['U'],
})
export const venues: Venue[] = [
  venue('bcb', 'Beijing Copyright Bureau', 'Online copyright', 2),
  venue('chaoyang', 'Chaoyang District government', 'Silk Market', 9),
  venue('moe', 'Ministry of Education', 'Textbooks', 13),
  venue('mofcom', 'Ministry of Commerce (MOFCOM)', 'General IP enforcement', 15),
]

const topic = (id: string, label: string, paragraph: number): Topic => ({ id, label, description: 'x', citations: [cite(paragraph, label)], markings: ['U'] })
export const topics: Topic[] = [
  topic('counterfeit-markets', 'Counterfeit markets', 11),
  topic('take-down', 'Take-down notices', 4),
  topic('transparency', 'Transparency and statistics', 17),
]

const base = { markings: ['U'] as string[] }
export const counterfeitShare: Figure = {
  ...base, id: 'fig-silk', label: 'Counterfeit share of goods at Silk Street', value: { kind: 'range', min: 80, max: 90 }, unit: 'percent',
  qualifiers: ['in some categories', 'up to'], display: 'up to 80–90%', asOf: null, assertedBy: ['ustr'], source: 'recent industry data',
  chart: 'counterfeit-share',
  disputes: [
    { organizationId: 'chaoyang', personId: null, reportingVerb: 'challenged', summary: 'The Chinese side challenged those figures and asked for the data.', citation: cite(11, 'The Chinese side challenged those figures') },
    { organizationId: 'chaoyang', personId: null, reportingVerb: 'said', summary: 'Director Liu said such data is "forced" by intermediaries.', citation: cite(12, 'Director Liu said that data on high rates of counterfeit products at local markets is "forced"') },
  ],
  venueId: 'chaoyang', topicIds: ['counterfeit-markets'],
  citations: [cite(11, 'in some categories, up to 80-90% of goods at Silk Street are counterfeits')],
}
export const usVisitorShare: Figure = {
  ...base, id: 'fig-ciecc', label: 'CIECC website visitors from the United States', value: { kind: 'exact', value: 20 }, unit: 'percent',
  qualifiers: [], display: '20%', asOf: { value: '2007-02', precision: 'month', inferredFrom: null }, assertedBy: ['mofcom'], source: null, chart: 'visitor-share', disputes: [],
  venueId: 'mofcom', topicIds: ['transparency'],
  citations: [cite(17, '20 percent of visitors to the site in February 2007 were from the United States'), cite(17, 'United States visitors represented the largest proportion of foreign visitors to the site')],
}
export const complaintCentres: Figure = {
  ...base, id: 'fig-centres', label: 'Nationwide IPR complaint centres', value: { kind: 'exact', value: 50 }, unit: 'count', qualifiers: [], display: '50',
  asOf: null, assertedBy: ['mofcom'], source: null, chart: null, disputes: [], venueId: 'mofcom', topicIds: [], citations: [cite(15, '50 nationwide IPR complaint centers')],
}
export const textbooks: Figure = {
  ...base, id: 'fig-books', label: 'Licensed foreign textbooks in print', value: { kind: 'exact', value: 6000 }, unit: 'count', qualifiers: ['more than'],
  display: 'more than 6,000', asOf: null, assertedBy: ['moe'], source: null, chart: null, disputes: [], venueId: 'moe', topicIds: [], citations: [cite(13, 'more than 6,000 foreign textbooks')],
}
export const figures: Figure[] = [counterfeitShare, usVisitorShare, complaintCentres, textbooks]

const issue = (id: string, venueId: string, topicIds: string[], paragraph: number): Issue => ({
  ...base, id, venueId, title: id, summary: id, summaryVoice: 'cable', topicIds, organizationIds: [], citations: [cite(paragraph, id)],
})
export const issues: Issue[] = [
  issue('takedown', 'bcb', ['take-down'], 4),
  issue('silk', 'chaoyang', ['counterfeit-markets'], 11),
  issue('silk-data', 'chaoyang', ['counterfeit-markets', 'transparency'], 12),
  issue('stats', 'mofcom', ['transparency'], 17),
]

const position = (id: string, issueId: string, side: Position['side'], paragraph: number): Position => ({
  ...base, id, issueId, organizationId: side === 'US' ? 'ustr' : 'chaoyang', personId: null, side, kind: 'claim', reportingVerb: 'said', paraphrase: id, citations: [cite(paragraph, id)],
})
export const positions: Position[] = [
  position('p1', 'silk', 'US', 11),
  position('p2', 'silk', 'China', 11),
  position('p3', 'silk-data', 'China', 12),
  position('p4', 'stats', 'US', 17),
  position('p5', 'takedown', 'China', 4),
]

const event = (id: string, value: string, precision: CableEvent['start']['precision'], venueId: string | null, paragraph: number): CableEvent => ({
  ...base, id, kind: 'happening', start: { value, precision, inferredFrom: null }, end: null, attribution: null, label: id, venueId, topicIds: [], citations: [cite(paragraph, id)],
})
export const events: CableEvent[] = [
  event('Textbook use grows since 2000', '2000', 'year', 'moe', 13),
  event('BCB Internet enforcement starts', '2006-08', 'month', 'bcb', 2),
  event('AmCham MOU signed', '2006-10', 'month', 'chaoyang', 10),
  event('USTR meetings in Beijing', '2007-03-16', 'day', null, 1),
  event('Olympic Games', '2008', 'year', 'chaoyang', 9),
]

const cable = (id: string, origin: string, sent: string): CableSummary => ({
  id, subject: null, origin, sent, precedence: null, classification: null, tags: [], references: [], pages: null, paragraphCount: 20,
})
/** The corpus's cables, in the corpus's order. */
export const cables: CableSummary[] = [
  cable('07GUANGZHOU376', 'AMCONSUL GUANGZHOU', '2007-03-23T08:44:00Z'),
  cable('07BEIJING2455', 'AMEMBASSY BEIJING', '2007-04-13T03:31:00Z'),
  cable('07BEIJING2463', 'AMEMBASSY BEIJING', '2007-04-13T08:13:00Z'),
  cable('07BEIJING2566', 'AMEMBASSY BEIJING', '2007-04-18T06:44:00Z'),
  cable('08SHANGHAI330', 'AMCONSUL SHANGHAI', '2008-08-15T02:54:00Z'),
]

/** A second and a third cable beside 07BEIJING2566: a Guangzhou venue and a Shanghai event tied to no venue. */
const elsewhere = (cableId: string, paragraph: number, quote: string): Citation => ({ cableId, paragraph, quote })
export const guangzhouVenue: Venue = {
  ...venue('gz-fujian', 'Fujian Province officials', 'Footwear and copyright', 5), cableId: '07GUANGZHOU376', place: { city: 'Fuzhou', province: 'Fujian' }, citations: [elsewhere('07GUANGZHOU376', 5, 'Fujian')],
}
export const otherCableEvents: CableEvent[] = [
  { ...event('Fujian meeting', '2007-03', 'month', 'gz-fujian', 5), citations: [elsewhere('07GUANGZHOU376', 5, 'Fujian')] },
  { ...event('Provincial review announced', '2006-04', 'month', null, 2), citations: [elsewhere('07GUANGZHOU376', 2, 'review')] },
  { ...event('Farewell visit to Shanghai', '2008-08-08', 'day', null, 1), citations: [elsewhere('08SHANGHAI330', 1, 'farewell')] },
]

/** The names the charts look speakers up in. */
export const lookups = buildLookups({ organizations, people: [], topics })
