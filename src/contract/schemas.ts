/**
 * The API contract. The static JSON API, the MSW handlers and the app's client all
 * speak exactly these shapes; types are inferred from the schemas, never written twice.
 */
import './zod-config'
// zod/mini: the same checks as classic zod in a fraction of the bytes and start-up time, and
// the app validates every API file with these before it can show anything.
import * as z from 'zod/mini'

const text = () => z.string().check(z.minLength(1))
const positiveInt = () => z.int().check(z.positive())
const nonNegativeInt = () => z.int().check(z.nonnegative())
const nonEmptyArray = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1))

/** Handling marking of a paragraph as the cable prints it: U, SBU, C, S, ... or null when unmarked. */
export const markingSchema = z.nullable(text())
export type Marking = z.infer<typeof markingSchema>

export const sideSchema = z.enum(['US', 'China', 'other'])
export type Side = z.infer<typeof sideSchema>

export const datePrecisionSchema = z.enum(['day', 'month', 'year'])
export type DatePrecision = z.infer<typeof datePrecisionSchema>

/** A date as precise as the cable is: `2007`, `2007-03` or `2007-03-16`. */
export const partialDateSchema = z
  .object({
    value: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
    precision: datePrecisionSchema,
  })
  .check(z.refine((d) => d.value.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], 'date value does not match its precision'))
export type PartialDate = z.infer<typeof partialDateSchema>

/**
 * A date as the cable gives it, or as it was read from elsewhere: `inferredFrom` names the
 * basis (e.g. "¶1: the visit \"on March 16\"") whenever the cited text does not state it.
 */
export const datePointSchema = z
  .object({
    value: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
    precision: datePrecisionSchema,
    inferredFrom: z.nullable(text()),
  })
  .check(z.refine((d) => d.value.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], 'date value does not match its precision'))
export type DatePoint = z.infer<typeof datePointSchema>

/** Who a summary speaks for: speakers it names with their reporting verbs, or the cable's own voice. */
export const summaryVoiceSchema = z.enum(['reported', 'cable'])
export type SummaryVoice = z.infer<typeof summaryVoiceSchema>

/** A verbatim quote and the paragraph it comes from. */
export const citationSchema = z.object({
  cableId: text(),
  paragraph: positiveInt(),
  quote: text(),
})
export type Citation = z.infer<typeof citationSchema>

/** Fields every cited item carries: where it rests and the markings of those paragraphs. */
const provenance = {
  citations: nonEmptyArray(citationSchema),
  /** Distinct markings of the cited paragraphs, derived by the dataset builder. */
  markings: z.array(markingSchema),
}

// ── Cable ────────────────────────────────────────────────────────────────────

export const paragraphSchema = z.object({
  number: positiveInt(),
  marking: markingSchema,
  heading: z.nullable(z.string()),
  text: z.string(),
  /** Character ranges of `text` that another rendering of the cable lost (e.g. at page breaks). */
  restored: z.array(z.object({ start: nonNegativeInt(), end: positiveInt() })),
})
export type Paragraph = z.infer<typeof paragraphSchema>

export const cableSummarySchema = z.object({
  id: text(),
  subject: z.nullable(z.string()),
  origin: z.nullable(z.string()),
  /** ISO 8601 UTC, from the date-time group. */
  sent: z.nullable(z.string()),
  precedence: z.nullable(z.string()),
  classification: z.nullable(z.string()),
  tags: z.array(z.string()),
  references: z.array(z.string()),
  pages: z.nullable(positiveInt()),
  paragraphCount: nonNegativeInt(),
})
export type CableSummary = z.infer<typeof cableSummarySchema>

export const cableSchema = z.extend(cableSummarySchema, {
  eo: z.nullable(z.string()),
  addressees: z.array(z.string()),
  paragraphs: z.array(paragraphSchema),
  /** Which rendering the paragraphs were parsed from, and which others were compared. */
  rendering: z.string(),
  comparedWith: z.array(z.string()),
})
export type Cable = z.infer<typeof cableSchema>

// ── Who ──────────────────────────────────────────────────────────────────────

export const organizationSchema = z.object({
  id: text(),
  name: text(),
  shortName: z.nullable(z.string()),
  side: sideSchema,
  /** e.g. national, municipal, district, company, association. */
  level: z.nullable(z.string()),
  parentId: z.nullable(z.string()),
  ...provenance,
})
export type Organization = z.infer<typeof organizationSchema>

export const personSchema = z.object({
  id: text(),
  name: text(),
  title: z.nullable(z.string()),
  /** Null when the cable does not say which organization the person belongs to. */
  organizationId: z.nullable(text()),
  /** Their organization's side, or, without one, the side the cable puts them on ("the Chinese side"). */
  side: sideSchema,
  ...provenance,
})
export type Person = z.infer<typeof personSchema>

// ── What ─────────────────────────────────────────────────────────────────────

export const topicSchema = z.object({
  id: text(),
  label: text(),
  description: text(),
  /** The paragraphs the label and description rest on: a topic is redacted like any item. */
  ...provenance,
})
export type Topic = z.infer<typeof topicSchema>

/** Where a meeting took place, as the cable gives it; province is null for a municipality or when not stated. */
export const placeSchema = z.object({
  city: text(),
  province: z.nullable(text()),
})
export type Place = z.infer<typeof placeSchema>

export const venueSchema = z.object({
  id: text(),
  /** The cable that reports the meeting; every citation of the venue is in it. */
  cableId: text(),
  place: placeSchema,
  title: text(),
  /** The card's one-line subject, e.g. "Online copyright". */
  theme: text(),
  kind: z.enum(['meeting', 'assessment']),
  date: z.nullable(datePointSchema),
  summary: text(),
  summaryVoice: summaryVoiceSchema,
  organizationIds: z.array(z.string()),
  participantIds: z.array(z.string()),
  paragraphs: nonEmptyArray(positiveInt()),
  topicIds: z.array(z.string()),
  ...provenance,
})
export type Venue = z.infer<typeof venueSchema>

export const issueSchema = z.object({
  id: text(),
  venueId: text(),
  title: text(),
  summary: text(),
  summaryVoice: summaryVoiceSchema,
  topicIds: nonEmptyArray(z.string()),
  organizationIds: z.array(z.string()),
  ...provenance,
})
export type Issue = z.infer<typeof issueSchema>

export const positionKindSchema = z.enum(['claim', 'concern', 'recommendation', 'request', 'denial', 'commitment'])
export type PositionKind = z.infer<typeof positionKindSchema>

export const positionSchema = z.object({
  id: text(),
  issueId: text(),
  /** The organization that holds the position; the person who voiced it where the cable names one. */
  organizationId: text(),
  personId: z.nullable(z.string()),
  side: sideSchema,
  kind: positionKindSchema,
  /** The cable's own verb for the speaker ("said", "replied", "assures"); null: the cable's own voice. */
  reportingVerb: z.nullable(text()),
  paraphrase: text(),
  ...provenance,
})
export type Position = z.infer<typeof positionSchema>

export const figureValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), value: z.number() }),
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number() }),
])
export type FigureValue = z.infer<typeof figureValueSchema>

export const figureSchema = z.object({
  id: text(),
  label: text(),
  value: figureValueSchema,
  /** percent, count, RMB, years, ... */
  unit: text(),
  /** The cable's own hedges, kept word for word: "up to", "more than", "in some categories". */
  qualifiers: z.array(z.string()),
  /** How the figure reads on screen, qualifiers included, e.g. "up to 80–90%". */
  display: text(),
  asOf: z.nullable(datePointSchema),
  assertedBy: z.array(z.string()),
  /** Who the cable says relayed or sourced the figure, when not the asserter (e.g. "recent industry data"). */
  source: z.nullable(z.string()),
  /** Which dedicated chart draws this figure, if any: data on the figure, not a guess from its label. */
  chart: z.nullable(z.enum(['counterfeit-share', 'visitor-share'])),
  disputes: z.array(
    z.object({
      organizationId: z.string(),
      personId: z.nullable(z.string()),
      /** The cable's verb for the challenge ("challenged", "said"). */
      reportingVerb: text(),
      summary: z.string(),
      citation: citationSchema,
    }),
  ),
  venueId: text(),
  topicIds: z.array(z.string()),
  ...provenance,
})
export type Figure = z.infer<typeof figureSchema>

/**
 * happening: took place by the cable's date; plan: intended or expected then (a visit "would like"
 * to make, a campaign "planning" to start); state: a situation as of `start` ("had not yet made available").
 */
export const eventKindSchema = z.enum(['happening', 'plan', 'state'])
export type EventKind = z.infer<typeof eventKindSchema>

/** Who the cable says reported an event; null when the cable states it in its own voice. */
export const attributionSchema = z.object({
  organizationId: text(),
  personId: z.nullable(text()),
  reportingVerb: text(),
})
export type Attribution = z.infer<typeof attributionSchema>

export const eventSchema = z.object({
  id: text(),
  kind: eventKindSchema,
  start: datePointSchema,
  /** The end of a range ("from August to September 2006"); null for a single date. */
  end: z.nullable(datePointSchema),
  label: text(),
  attribution: z.nullable(attributionSchema),
  venueId: z.nullable(z.string()),
  topicIds: z.array(z.string()),
  ...provenance,
})
export type CableEvent = z.infer<typeof eventSchema>

export const metaSchema = z.object({
  apiVersion: z.literal('v1'),
  /** Changes whenever the data changes (content hash), so caches can tell. */
  datasetVersion: text(),
  cableIds: z.array(z.string()),
  counts: z.object({
    venues: nonNegativeInt(),
    issues: nonNegativeInt(),
    positions: nonNegativeInt(),
    figures: nonNegativeInt(),
    events: nonNegativeInt(),
    organizations: nonNegativeInt(),
    people: nonNegativeInt(),
    topics: nonNegativeInt(),
  }),
})
export type Meta = z.infer<typeof metaSchema>

/** Everything the builder produces; the API serves it as files per resource (endpoints.ts: lists in pages). */
export const datasetSchema = z.object({
  meta: metaSchema,
  cables: z.array(cableSchema),
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  topics: z.array(topicSchema),
  venues: z.array(venueSchema),
  issues: z.array(issueSchema),
  positions: z.array(positionSchema),
  figures: z.array(figureSchema),
  events: z.array(eventSchema),
})
export type Dataset = z.infer<typeof datasetSchema>
