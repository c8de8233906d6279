/**
 * The meeting's CSV: every filtered issue, position, figure and event as one row with its
 * citations, so a spreadsheet can sort and filter them together by `type`.
 */
import type { CableEvent, Citation, Figure, Issue, Organization, Person, Position, Topic, Venue } from '@/contract/schemas'
import type { FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import { positionLeadIn } from '@/domain/selectors/attribution'
import { figureSource } from '@/domain/selectors/figures'
import { buildLookups } from '@/domain/selectors/lookups'
import { citedParagraphs } from '@/lib/citations'
import { toCsv } from '@/lib/csv'
import { downloadBlob } from '@/lib/download'
import { inferredBases, joinNames } from '@/lib/format'
import { SIDE_LABELS, VOICE_LABELS, voiceOf } from '@/domain/selectors/voices'
import { organizationLabel } from '@/domain/selectors/organization-labels'

export const CSV_COLUMNS = [
  'id',
  'type',
  'cable',
  'venue',
  'issue',
  'title',
  'summary',
  'side',
  'voice',
  'kind',
  'organization',
  'attribution',
  'value',
  'qualifiers',
  'disputed',
  'date',
  'date basis',
  'topics',
  'paragraphs',
  'quotes',
  'markings',
] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]
export type CsvRow = Record<CsvColumn, string>

export interface CsvNames {
  venues: readonly Venue[]
  organizations: readonly Organization[]
  people: readonly Person[]
  topics: readonly Topic[]
}

type Rows = Pick<FilteredDashboard, 'issues' | 'positions' | 'figures' | 'events'>

const joined = (values: readonly string[]) => [...new Set(values.filter(Boolean))].join('; ')
const paragraphs = (citations: readonly Citation[]) => citedParagraphs(citations).map((n) => `¶${n}`).join('; ')
/** Each quote word for word, after its paragraph; one per line inside the cell. */
const quotes = (citations: readonly Citation[]) => citations.map((c) => `¶${c.paragraph}: ${c.quote}`).join('\n')
const markings = (item: { markings: readonly (string | null)[] }) => joined(item.markings.map((m) => m ?? 'unmarked'))

/** Every item rests on one cable (the build checks it): the one its citations name. */
const cableOf = (citations: readonly Citation[]) => joined(citations.map((c) => c.cableId))

/** The rows of the CSV, in the order issues, positions, figures, events (each as the dashboard lists them). */
export function buildBriefingRows(data: Rows, names: CsvNames): CsvRow[] {
  const venue = new Map(names.venues.map((v) => [v.id, v]))
  const org = (id: string) => organizationLabel(id, names.organizations)
  const orgSide = new Map(names.organizations.map((o) => [o.id, o.side]))
  const person = new Map(names.people.map((p) => [p.id, p.name]))
  const topic = new Map(names.topics.map((t) => [t.id, t.label]))
  const issue = new Map(data.issues.map((i) => [i.id, i]))
  const orgNames = (ids: readonly string[]) => joined(ids.map(org))
  const topicNames = (ids: readonly string[]) => joined(ids.map((id) => topic.get(id) ?? id))
  const venueTitle = (id: string | null) => (id ? (venue.get(id)?.title ?? id) : '')
  const blank: Omit<CsvRow, 'id' | 'type'> = {
    cable: '', venue: '', issue: '', title: '', summary: '', side: '', voice: '', kind: '', organization: '', attribution: '', value: '',
    qualifiers: '', disputed: '', date: '', 'date basis': '', topics: '', paragraphs: '', quotes: '', markings: '',
  }

  const lookups = buildLookups({ organizations: [...names.organizations], people: [...names.people], topics: [...names.topics] })
  const venueDate = (id: string | undefined) => {
    const date = id ? venue.get(id)?.date : null
    return { date: date?.value ?? '', 'date basis': inferredBases(date).join('; ') }
  }
  const issueRow = (i: Issue): CsvRow => ({
    ...blank, id: i.id, type: 'issue', cable: cableOf(i.citations), venue: venueTitle(i.venueId), title: i.title, summary: i.summary,
    attribution: i.summaryVoice === 'cable' ? 'The cable states' : 'Speakers named in the summary',
    organization: orgNames(i.organizationIds), ...venueDate(i.venueId), topics: topicNames(i.topicIds),
    paragraphs: paragraphs(i.citations), quotes: quotes(i.citations), markings: markings(i),
  })
  const positionRow = (p: Position): CsvRow => {
    const parent = issue.get(p.issueId)
    const speaker = p.personId ? person.get(p.personId) : undefined
    return {
      ...blank, id: p.id, type: 'position', cable: cableOf(p.citations), venue: venueTitle(parent?.venueId ?? null), issue: parent?.title ?? p.issueId,
      title: p.paraphrase, side: SIDE_LABELS[p.side], voice: VOICE_LABELS[voiceOf(p)], kind: p.kind, attribution: positionLeadIn(p, lookups),
      organization: speaker ? `${org(p.organizationId)} (${speaker})` : org(p.organizationId),
      ...venueDate(parent?.venueId), topics: topicNames(parent?.topicIds ?? []),
      paragraphs: paragraphs(p.citations), quotes: quotes(p.citations), markings: markings(p),
    }
  }
  const figureRow = (f: Figure): CsvRow => {
    const cited = [...f.citations, ...f.disputes.map((d) => d.citation)]
    return {
      ...blank, id: f.id, type: 'figure', cable: cableOf(f.citations), venue: venueTitle(f.venueId), title: f.label,
      side: joined(f.assertedBy.map((id) => orgSide.get(id)).flatMap((s) => (s ? [SIDE_LABELS[s]] : []))),
      // Who gives the number, as the screen says it: a figure row with no attribution read as a fact.
      attribution: figureSource(f, org),
      organization: joined([orgNames(f.assertedBy), f.source ?? '']), value: f.display, qualifiers: joined(f.qualifiers),
      disputed: f.disputes.map((d) => `${org(d.organizationId)}: ${d.summary} (¶${d.citation.paragraph})`).join('\n'),
      date: f.asOf?.value ?? '', 'date basis': inferredBases(f.asOf).join('; '), topics: topicNames(f.topicIds), paragraphs: paragraphs(cited), quotes: quotes(cited), markings: markings(f),
    }
  }
  const eventRow = (e: CableEvent): CsvRow => ({
    ...blank, id: e.id, type: 'event', cable: cableOf(e.citations), venue: venueTitle(e.venueId), title: e.label, kind: e.kind,
    // ISO 8601: a range as start/end, each end as precise as the cable.
    date: e.end ? `${e.start.value}/${e.end.value}` : e.start.value, 'date basis': inferredBases(e.start, e.end).join('; '),
    attribution: e.attribution ? `${positionLeadIn(e.attribution, lookups)}` : 'The cable states',
    topics: topicNames(e.topicIds),
    paragraphs: paragraphs(e.citations), quotes: quotes(e.citations), markings: markings(e),
  })

  return [...data.issues.map(issueRow), ...data.positions.map(positionRow), ...data.figures.map(figureRow), ...data.events.map(eventRow)]
}

/** The rows as CSV, through the app's one writer (RFC 4180, BOM, CRLF, formulas defused). */
export function toBriefingCsv(rows: readonly CsvRow[]): string {
  return toCsv({ columns: [...CSV_COLUMNS], rows: rows.map((row) => CSV_COLUMNS.map((c) => row[c])) })
}

/** `07BEIJING2566-issues-2025-01-31.csv` for one cable, `5-cables-issues-….csv` for several; `-public-safe` when it is. */
export function briefingFileName(cableIds: readonly string[], date: Date, publicSafe: boolean, without: readonly string[] = []): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
  const which = cableIds.length === 1 ? cableIds[0] : `${cableIds.length}-cables`
  // A file made without some kind of row says so in its name, which travels with it: the rows cannot.
  return `${which}-issues-${day}${publicSafe ? '-public-safe' : ''}${without.map((kind) => `-without-${kind}`).join('')}.csv`
}

export interface BriefingExport {
  cableIds: readonly string[]
  filtered: Rows
  names: CsvNames
  publicSafe: boolean
  /** Kinds of rows that failed to load. */
  notLoaded: readonly string[]
  /** Made all the same, without the rows that failed to load. */
  anyway: boolean
}

/**
 * Saves the view's CSV, or, where a kind of row failed to load and the user has not said to go on
 * without it, says why not and offers to (`offer`, the label of the button that does): a CSV with no
 * position rows read as if the cables recorded none, as a deck would. Here, not in the button, so that
 * its words load with the writer, on the first click.
 */
export function exportBriefing({ cableIds, filtered, names, publicSafe, notLoaded, anyway }: BriefingExport): { message: string; offer: string } {
  const missing = joinNames(notLoaded.map((kind) => `the ${kind}`))
  if (notLoaded.length > 0 && !anyway) {
    return { message: `Not exported: ${missing} did not load, and a CSV without them would read as if the cables recorded none. Retry above, or export without them.`, offer: `Export without ${missing}` }
  }
  const rows = buildBriefingRows(filtered, names)
  const fileName = briefingFileName(cableIds, new Date(), publicSafe, notLoaded)
  downloadBlob(new Blob([toBriefingCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName)
  return { message: `Saved ${fileName} (${rows.length} rows${publicSafe ? ', public-safe' : ''}${notLoaded.length ? `, without ${missing}` : ''}).`, offer: '' }
}
