/**
 * The dataset builder: parses each cable, joins the analysts' annotations to it, derives
 * markings and restored text, and refuses to produce a dataset whose provenance does not
 * hold (a quote not in its paragraph, a dangling id, a number its quote does not state).
 * Pure: no I/O, runs the same in Node (static build) and in the browser (MSW).
 */
import { parseCable } from '../cable/parse-cable.ts'
import type { ParsedCable, ParsedParagraph } from '../cable/types.ts'
import { datasetSchema, type Cable, type Citation, type Dataset, type Marking, type Paragraph } from '../../contract/schemas.ts'
import { cableAnnotationsSchema, type AnnotationCitation, type CableAnnotations } from './annotations.ts'
import { checkDataset, type DatasetContent } from './checks.ts'
import { checkFidelity } from './fidelity-checks.ts'
import { fnv1aHex } from './content-hash.ts'
import { mergeRanges, missingWordRanges, type TextRange } from './restored-ranges.ts'

export interface Rendering {
  /** File name of the rendering, e.g. "07BEIJING2566.wikileaks.txt". */
  name: string
  text: string
}

export interface CableSource {
  id: string
  /** The complete rendering the paragraphs are parsed from. */
  primary: Rendering
  /** Other renderings, compared word by word to find text they lost. */
  others: Rendering[]
}

/** Every problem found in one build, so an analyst can fix them all in one pass. */
export class DatasetError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`)
    this.name = 'DatasetError'
    this.problems = problems
  }
}

export function buildDataset(sources: readonly CableSource[], annotations: readonly CableAnnotations[]): Dataset {
  const problems: string[] = []
  const cables = sources.map((source) => buildCable(source, problems))
  const cablesById = new Map(cables.map((cable) => [cable.id, cable]))

  const valid = annotations.flatMap((file, index) => validateAnnotations(file, index, problems))
  for (const file of valid) {
    if (!cablesById.has(file.cableId)) problems.push(`annotations for ${file.cableId}: no cable source with that id`)
  }
  const content = joinAnnotations(cables, valid, problems)
  problems.push(...checkDataset(content, cablesById, valid))
  problems.push(...checkFidelity(valid, cablesById))

  const dataset = { meta: buildMeta(content), ...content }
  const parsed = datasetSchema.safeParse(dataset)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`contract: ${issue.path.join('.')}: ${issue.message}`)
  }
  if (problems.length > 0 || !parsed.success) throw new DatasetError(problems)
  return parsed.data
}

// ── Cables ───────────────────────────────────────────────────────────────────

function buildCable(source: CableSource, problems: string[]): Cable {
  const parsed = parseCable(source.primary.text)
  if (parsed.id !== null && parsed.id !== source.id) {
    problems.push(`cable ${source.id}: ${source.primary.name} is cable ${parsed.id}`)
  }
  if (parsed.paragraphs.length === 0) {
    problems.push(`cable ${source.id}: no numbered paragraphs in ${source.primary.name}`)
  }
  const others = source.others.map((other) => parseCable(other.text))
  return {
    id: source.id,
    subject: parsed.subject,
    origin: parsed.origin,
    sent: parsed.sent,
    precedence: parsed.precedence,
    classification: parsed.classification,
    tags: parsed.tags,
    references: parsed.references,
    pages: parsed.pages,
    paragraphCount: parsed.paragraphs.length,
    eo: parsed.eo,
    addressees: parsed.addressees,
    paragraphs: parsed.paragraphs.map((paragraph) => toParagraph(paragraph, others)),
    rendering: source.primary.name,
    comparedWith: source.others.map((other) => other.name),
  }
}

function toParagraph(paragraph: ParsedParagraph, others: readonly ParsedCable[]): Paragraph {
  const { number, marking, heading, text } = paragraph
  return { number, marking, heading, text, restored: restoredRanges(paragraph, others) }
}

/** Words of the primary paragraph that any other rendering's same-numbered paragraph lacks. */
function restoredRanges(paragraph: ParsedParagraph, others: readonly ParsedCable[]): TextRange[] {
  return mergeRanges(
    others.flatMap((other) => {
      const same = other.paragraphs.find((p) => p.number === paragraph.number)
      // A rendering without this paragraph tells nothing about lost words: compare like with like.
      return same ? missingWordRanges(paragraph.text, same.text) : []
    }),
  )
}

// ── Annotations ──────────────────────────────────────────────────────────────

function validateAnnotations(file: CableAnnotations, index: number, problems: string[]): CableAnnotations[] {
  const result = cableAnnotationsSchema.safeParse(file)
  if (result.success) return [result.data]
  const name = typeof file?.cableId === 'string' ? file.cableId : `#${index}`
  for (const issue of result.error.issues) problems.push(`annotations for ${name}: ${issue.path.join('.')}: ${issue.message}`)
  return []
}

/** Distinct markings of the cited paragraphs, in citation order; unknown paragraphs are skipped. */
function markingsOf(citations: readonly Citation[], cablesById: ReadonlyMap<string, Cable>): Marking[] {
  const markings: Marking[] = []
  for (const { cableId, paragraph } of citations) {
    const found = cablesById.get(cableId)?.paragraphs.find((p) => p.number === paragraph)
    if (found && !markings.includes(found.marking)) markings.push(found.marking)
  }
  return markings
}

function joinAnnotations(cables: Cable[], files: readonly CableAnnotations[], problems: string[]): DatasetContent {
  const cablesById = new Map(cables.map((cable) => [cable.id, cable]))
  const content: DatasetContent = {
    cables,
    organizations: [],
    people: [],
    topics: [],
    venues: [],
    issues: [],
    positions: [],
    figures: [],
    events: [],
  }
  for (const file of files) {
    const cite = (citation: AnnotationCitation): Citation => ({ cableId: file.cableId, ...citation })
    /** Contract citations plus markings derived from them (and from any extra cited paragraphs). */
    const provenance = (citations: readonly AnnotationCitation[], extra: readonly Citation[] = []) => {
      const cited = citations.map(cite)
      return { citations: cited, markings: markingsOf([...cited, ...extra], cablesById) }
    }
    // Hedge notes are for reviewers: checked by the builder, left out of the API.
    const publish = <T extends { citations: AnnotationCitation[]; hedgeNotes?: unknown }>({ hedgeNotes: _notes, ...item }: T) => ({
      ...item,
      ...provenance(item.citations),
    })
    content.organizations.push(...file.organizations.map(publish))
    content.people.push(...file.people.map(publish))
    content.topics.push(...file.topics.map(publish))
    content.venues.push(...file.venues.map((venue) => ({ ...publish(venue), cableId: file.cableId })))
    content.issues.push(...file.issues.map(publish))
    content.positions.push(...file.positions.map(publish))
    content.events.push(...file.events.map(publish))
    content.figures.push(
      ...file.figures.map(({ hedgeNotes: _notes, ...item }) => {
        const disputes = item.disputes.map((dispute) => ({ ...dispute, citation: cite(dispute.citation) }))
        // A dispute's paragraph is cited too: its marking must travel with the figure.
        return { ...item, disputes, ...provenance(item.citations, disputes.map((d) => d.citation)) }
      }),
    )
  }
  content.organizations = mergeRegistry('organizations', content.organizations, problems)
  content.people = mergeRegistry('people', content.people, problems, false)
  content.topics = mergeRegistry('topics', content.topics, problems)
  return content
}

// ── Registry ─────────────────────────────────────────────────────────────────

interface RegistryEntry {
  id: string
  citations: Citation[]
  markings: Marking[]
}

/**
 * Organizations, people and topics are one registry across cables: each cable's file declares
 * the entities it cites, and the same id in two files must describe the same entity word for
 * word. The merged entity rests on the citations of every cable that mentions it. Two ids with
 * the same name are reported too (one entity entered twice), except for people: "Econoff" in
 * Guangzhou and "Econoff" in Beijing are two people.
 */
export function mergeRegistry<T extends RegistryEntry>(resource: string, items: readonly T[], problems: string[], uniqueNames = true): T[] {
  const byId = new Map<string, T>()
  for (const item of items) {
    const first = byId.get(item.id)
    if (!first) {
      byId.set(item.id, { ...item, citations: [...item.citations], markings: [...item.markings] })
      continue
    }
    const differences = describedDifferently(first, item)
    if (differences.length > 0) {
      const where = `${item.citations[0]?.cableId ?? '?'} and ${first.citations[0]?.cableId ?? '?'}`
      problems.push(`${resource}/${item.id}: ${where} describe it differently (${differences.join('; ')})`)
    }
    first.citations.push(...item.citations)
    for (const marking of item.markings) if (!first.markings.includes(marking)) first.markings.push(marking)
  }
  const merged = [...byId.values()]
  if (!uniqueNames) return merged
  const byName = new Map<string, string>()
  for (const item of merged) {
    for (const name of namesOf(item)) {
      const other = byName.get(name)
      if (other !== undefined && other !== item.id) problems.push(`${resource}/${item.id}: has the name "${name}" of ${resource}/${other}: one entity entered twice?`)
      byName.set(name, item.id)
    }
  }
  return merged
}

/** Fields (other than provenance) whose values differ between two declarations of one entity. */
function describedDifferently(a: RegistryEntry, b: RegistryEntry): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => key !== 'citations' && key !== 'markings'))
  const value = (item: RegistryEntry, key: string) => JSON.stringify((item as unknown as Record<string, unknown>)[key] ?? null)
  return [...fields].filter((key) => value(a, key) !== value(b, key)).map((key) => `${key}: ${value(b, key)} vs ${value(a, key)}`)
}

/** The names an entity goes by, lower-cased: an organization's full name, a person's name, a topic's label. */
function namesOf(item: RegistryEntry): string[] {
  const record = item as unknown as Record<string, unknown>
  const names = [record.name, record.label].filter((name): name is string => typeof name === 'string')
  return names.map((name) => name.toLowerCase())
}

// ── Meta ─────────────────────────────────────────────────────────────────────

function buildMeta(content: DatasetContent): Dataset['meta'] {
  return {
    apiVersion: 'v1',
    datasetVersion: fnv1aHex(JSON.stringify(content)),
    cableIds: content.cables.map((cable) => cable.id),
    counts: {
      venues: content.venues.length,
      issues: content.issues.length,
      positions: content.positions.length,
      figures: content.figures.length,
      events: content.events.length,
      organizations: content.organizations.length,
      people: content.people.length,
      topics: content.topics.length,
    },
  }
}
