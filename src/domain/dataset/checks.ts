/** Provenance and integrity checks over a joined dataset; each returns readable problems. */
import type { Cable, Citation, Dataset, PartialDate } from '../../contract/schemas.ts'
import type { CableAnnotations } from './annotations.ts'
import { textStatesNumber } from './numbers-in-text.ts'

export type DatasetContent = Omit<Dataset, 'meta'>

type CitedResource = 'organizations' | 'people' | 'topics' | 'venues' | 'issues' | 'positions' | 'figures' | 'events'
const CITED_RESOURCES: readonly CitedResource[] = ['organizations', 'people', 'topics', 'venues', 'issues', 'positions', 'figures', 'events']

interface CitedItem {
  label: string
  citations: readonly Citation[]
}

export function checkDataset(
  content: DatasetContent,
  cablesById: ReadonlyMap<string, Cable>,
  files: readonly CableAnnotations[],
): string[] {
  return [...checkContent(content, cablesById), ...checkCoverage(content, cablesById, files)]
}

/**
 * Every check that needs only the joined dataset and its cables, not the annotation files: what
 * any dataset served through the contract must pass (the built one, and the generated one of the
 * `large` scenario and the benchmark).
 */
export function checkContent(content: DatasetContent, cablesById: ReadonlyMap<string, Cable>): string[] {
  return [
    ...checkUniqueIds(content),
    ...checkQuotes(content, cablesById),
    ...checkVenueParagraphs(content, cablesById),
    ...checkOneCablePerItem(content),
    ...checkReferences(content),
    ...checkSides(content),
    ...checkFigureNumbers(content),
    ...checkDates(content),
    ...checkMarkings(content, cablesById),
  ]
}

export const normalizeWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Every item with its citations, a figure's dispute citations as items of their own. */
function citedItems(content: DatasetContent): CitedItem[] {
  const items: CitedItem[] = []
  for (const resource of CITED_RESOURCES) {
    for (const item of content[resource]) items.push({ label: `${resource}/${item.id}`, citations: item.citations })
  }
  for (const figure of content.figures) {
    figure.disputes.forEach((dispute, index) => {
      items.push({ label: `figures/${figure.id} dispute ${index + 1}`, citations: [dispute.citation] })
    })
  }
  return items
}

function findParagraph(cablesById: ReadonlyMap<string, Cable>, cableId: string, number: number) {
  return cablesById.get(cableId)?.paragraphs.find((p) => p.number === number)
}

export function checkUniqueIds(content: DatasetContent): string[] {
  const problems: string[] = []
  for (const resource of [...CITED_RESOURCES, 'cables'] as const) {
    const seen = new Set<string>()
    for (const { id } of content[resource]) {
      if (seen.has(id)) problems.push(`${resource}/${id}: id used more than once`)
      seen.add(id)
    }
  }
  return problems
}

/**
 * An item carries the marking of every paragraph it cites: the public-safe view drops items by their
 * markings, so an item missing SBU while citing an SBU paragraph would show sensitive words.
 */
export function checkMarkings(content: DatasetContent, cablesById: ReadonlyMap<string, Cable>): string[] {
  const problems: string[] = []
  for (const resource of CITED_RESOURCES) {
    for (const item of content[resource]) {
      const citations = 'disputes' in item ? [...item.citations, ...item.disputes.map((d) => d.citation)] : item.citations
      for (const { cableId, paragraph } of citations) {
        const found = findParagraph(cablesById, cableId, paragraph)
        if (found && !item.markings.includes(found.marking)) {
          problems.push(`${resource}/${item.id}: cites ${cableId} ¶${paragraph} (${found.marking ?? 'unmarked'}) but is not marked ${found.marking ?? 'unmarked'}`)
        }
      }
    }
  }
  return problems
}

/** Every quote is a verbatim (whitespace-normalised) substring of the paragraph it cites. */
export function checkQuotes(content: DatasetContent, cablesById: ReadonlyMap<string, Cable>): string[] {
  const problems: string[] = []
  for (const { label, citations } of citedItems(content)) {
    for (const { cableId, paragraph, quote } of citations) {
      // An unknown cable is reported once per annotation file, not once per quote.
      if (!cablesById.has(cableId)) continue
      const found = findParagraph(cablesById, cableId, paragraph)
      const wanted = normalizeWhitespace(quote)
      if (!found) problems.push(`${label}: cites ¶${paragraph}, which ${cableId} does not have`)
      else if (wanted === '') problems.push(`${label}: empty quote for ${cableId} ¶${paragraph}`)
      else if (!normalizeWhitespace(found.text).includes(wanted)) {
        problems.push(`${label}: quote not found in ${cableId} ¶${paragraph}: "${wanted}"`)
      }
    }
  }
  return problems
}

function checkVenueParagraphs(content: DatasetContent, cablesById: ReadonlyMap<string, Cable>): string[] {
  const problems: string[] = []
  for (const venue of content.venues) {
    const cableIds = [...new Set(venue.citations.map((c) => c.cableId))].filter((id) => cablesById.has(id))
    for (const number of venue.paragraphs) {
      if (cableIds.length > 0 && !cableIds.some((id) => findParagraph(cablesById, id, number))) {
        problems.push(`venues/${venue.id}: paragraph ${number} is not in ${cableIds.join(', ')}`)
      }
    }
  }
  return problems
}

/**
 * A venue and everything under it rest on the venue's own cable: an issue, position, figure or event
 * that cited another cable would be filed under the wrong cable by every filter, export and slide.
 * (Organizations, people and topics are the shared registry and may cite any cable.)
 */
export function checkOneCablePerItem(content: DatasetContent): string[] {
  const venueCable = new Map(content.venues.map((v) => [v.id, v.cableId]))
  const issueVenue = new Map(content.issues.map((i) => [i.id, i.venueId]))
  const problems: string[] = []
  const expectCable = (label: string, citations: readonly Citation[], cableId: string | undefined) => {
    if (cableId === undefined) return
    const others = [...new Set(citations.map((c) => c.cableId))].filter((id) => id !== cableId)
    if (others.length) problems.push(`${label}: cites ${others.join(', ')}, but its venue is in ${cableId}`)
  }
  for (const v of content.venues) expectCable(`venues/${v.id}`, v.citations, v.cableId)
  for (const i of content.issues) expectCable(`issues/${i.id}`, i.citations, venueCable.get(i.venueId))
  for (const p of content.positions) expectCable(`positions/${p.id}`, p.citations, venueCable.get(issueVenue.get(p.issueId) ?? ''))
  for (const f of content.figures) expectCable(`figures/${f.id}`, [...f.citations, ...f.disputes.map((d) => d.citation)], venueCable.get(f.venueId))
  for (const e of content.events) if (e.venueId !== null) expectCable(`events/${e.id}`, e.citations, venueCable.get(e.venueId))
  return problems
}

/** Every id an item refers to names an item of the right resource. */
const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id))

export function checkReferences(content: DatasetContent): string[] {
  const known = {
    organization: ids(content.organizations),
    person: ids(content.people),
    topic: ids(content.topics),
    venue: ids(content.venues),
    issue: ids(content.issues),
  }
  const problems: string[] = []
  const expect = (label: string, field: string, kind: keyof typeof known, value: string | null) => {
    if (value !== null && !known[kind].has(value)) problems.push(`${label}: ${field} "${value}" is not a known ${kind}`)
  }
  const expectAll = (label: string, field: string, kind: keyof typeof known, values: readonly string[]) => {
    for (const value of values) expect(label, field, kind, value)
  }
  for (const o of content.organizations) {
    expect(`organizations/${o.id}`, 'parentId', 'organization', o.parentId)
    if (o.parentId === o.id) problems.push(`organizations/${o.id}: is its own parent`)
  }
  for (const p of content.people) expect(`people/${p.id}`, 'organizationId', 'organization', p.organizationId)
  const sideOf = new Map(content.organizations.map((o) => [o.id, o.side]))
  for (const p of content.people) {
    const orgSide = p.organizationId ? sideOf.get(p.organizationId) : undefined
    if (orgSide && orgSide !== p.side) problems.push(`people/${p.id}: side ${p.side} but ${p.organizationId} is on side ${orgSide}`)
  }
  for (const v of content.venues) {
    const label = `venues/${v.id}`
    expectAll(label, 'organizationIds', 'organization', v.organizationIds)
    expectAll(label, 'participantIds', 'person', v.participantIds)
    expectAll(label, 'topicIds', 'topic', v.topicIds)
  }
  for (const i of content.issues) {
    const label = `issues/${i.id}`
    expect(label, 'venueId', 'venue', i.venueId)
    expectAll(label, 'topicIds', 'topic', i.topicIds)
    expectAll(label, 'organizationIds', 'organization', i.organizationIds)
  }
  for (const p of content.positions) {
    const label = `positions/${p.id}`
    expect(label, 'issueId', 'issue', p.issueId)
    expect(label, 'organizationId', 'organization', p.organizationId)
    expect(label, 'personId', 'person', p.personId)
  }
  for (const f of content.figures) {
    const label = `figures/${f.id}`
    expect(label, 'venueId', 'venue', f.venueId)
    expectAll(label, 'topicIds', 'topic', f.topicIds)
    expectAll(label, 'assertedBy', 'organization', f.assertedBy)
    expectAll(label, 'disputes.organizationId', 'organization', f.disputes.map((d) => d.organizationId))
    for (const d of f.disputes) expect(label, 'disputes.personId', 'person', d.personId)
  }
  for (const e of content.events) {
    const label = `events/${e.id}`
    expect(label, 'venueId', 'venue', e.venueId)
    expectAll(label, 'topicIds', 'topic', e.topicIds)
    expect(label, 'attribution.organizationId', 'organization', e.attribution?.organizationId ?? null)
    expect(label, 'attribution.personId', 'person', e.attribution?.personId ?? null)
  }
  return problems
}

/** A position's side is its organization's side: a mismatch is almost always a wrong id. */
function checkSides(content: DatasetContent): string[] {
  const sideOf = new Map(content.organizations.map((o) => [o.id, o.side]))
  const personSide = new Map(content.people.map((p) => [p.id, p.side]))
  return content.positions.flatMap((p) => {
    const side = sideOf.get(p.organizationId)
    const problems = side && side !== p.side ? [`positions/${p.id}: side ${p.side} but ${p.organizationId} is on side ${side}`] : []
    // People carry their side (their organization's, or the cable's word where it names none).
    const speakerSide = p.personId ? personSide.get(p.personId) : undefined
    if (speakerSide && speakerSide !== p.side) problems.push(`positions/${p.id}: ${p.personId} is on side ${speakerSide}, not ${p.side}`)
    return problems
  })
}

/** A figure's number(s) must be stated in one of its own quotes, as digits or words. */
export function checkFigureNumbers(content: DatasetContent): string[] {
  const problems: string[] = []
  for (const figure of content.figures) {
    const values = figure.value.kind === 'exact' ? [figure.value.value] : [figure.value.min, figure.value.max]
    if (figure.value.kind === 'range' && figure.value.min > figure.value.max) {
      problems.push(`figures/${figure.id}: range minimum ${figure.value.min} exceeds maximum ${figure.value.max}`)
    }
    for (const value of values) {
      if (!figure.citations.some((c) => textStatesNumber(c.quote, value))) {
        problems.push(`figures/${figure.id}: the number ${value} does not appear in its quote(s)`)
      }
    }
  }
  return problems
}

function isCalendarDate({ value }: PartialDate): boolean {
  const [year, month, day] = value.split('-').map(Number)
  if (year === undefined) return false
  if (month !== undefined && (month < 1 || month > 12)) return false
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
    return day >= 1 && day <= daysInMonth
  }
  return true
}

function checkDates(content: DatasetContent): string[] {
  const dated: [string, PartialDate | null][] = [
    ...content.venues.map((v): [string, PartialDate | null] => [`venues/${v.id}`, v.date]),
    ...content.figures.map((f): [string, PartialDate | null] => [`figures/${f.id}`, f.asOf]),
    ...content.events.map((e): [string, PartialDate | null] => [`events/${e.id} start`, e.start]),
    ...content.events.map((e): [string, PartialDate | null] => [`events/${e.id} end`, e.end]),
  ]
  return dated.flatMap(([label, date]) =>
    date && !isCalendarDate(date) ? [`${label}: ${date.value} is not a calendar date`] : [],
  )
}

/** Every required paragraph is cited by at least one issue, position, figure or event. */
export function checkCoverage(
  content: DatasetContent,
  cablesById: ReadonlyMap<string, Cable>,
  files: readonly CableAnnotations[],
): string[] {
  const cited = new Set<string>()
  const addAll = (citations: readonly Citation[]) => {
    for (const c of citations) cited.add(`${c.cableId}¶${c.paragraph}`)
  }
  for (const item of [...content.issues, ...content.positions, ...content.figures, ...content.events]) addAll(item.citations)
  for (const figure of content.figures) addAll(figure.disputes.map((d) => d.citation))

  const problems: string[] = []
  for (const { cableId, coverage } of files) {
    const cable = cablesById.get(cableId)
    if (!cable) continue
    if (coverage.from > coverage.to) problems.push(`annotations for ${cableId}: coverage starts after it ends`)
    for (let n = coverage.from; n <= coverage.to; n++) {
      if (!cable.paragraphs.some((p) => p.number === n)) problems.push(`coverage: ${cableId} has no ¶${n}`)
      else if (!cited.has(`${cableId}¶${n}`)) {
        problems.push(`coverage: ${cableId} ¶${n} is not cited by any issue, position, figure or event`)
      }
    }
  }
  return problems
}
