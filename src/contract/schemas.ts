/**
 * The API contract. The static JSON API, the MSW handlers and the app's client all
 * speak exactly these shapes; types are inferred from the schemas, never written twice.
 */
import './zod-config'
import { z } from 'zod'

/** Handling marking of a paragraph as the cable prints it: U, SBU, C, S, ... or null when unmarked. */
export const markingSchema = z.string().min(1).nullable()
export type Marking = z.infer<typeof markingSchema>

export const sideSchema = z.enum(['US', 'China', 'other'])
export type Side = z.infer<typeof sideSchema>

export const datePrecisionSchema = z.enum(['day', 'month', 'year'])
export type DatePrecision = z.infer<typeof datePrecisionSchema>

/** A date as precise as the cable is: `2007`, `2007-03` or `2007-03-16`. */
export const partialDateSchema = z
  .object({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    precision: datePrecisionSchema,
  })
  .refine((d) => d.value.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], {
    message: 'date value does not match its precision',
  })
export type PartialDate = z.infer<typeof partialDateSchema>

/**
 * A date as the cable gives it, or as it was read from elsewhere: `inferredFrom` names the
 * basis (e.g. "¶1: the visit \"on March 16\"") whenever the cited text does not state it.
 */
export const datePointSchema = z
  .object({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    precision: datePrecisionSchema,
    inferredFrom: z.string().min(1).nullable(),
  })
  .refine((d) => d.value.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], {
    message: 'date value does not match its precision',
  })
export type DatePoint = z.infer<typeof datePointSchema>

/** Who a summary speaks for: speakers it names with their reporting verbs, or the cable's own voice. */
export const summaryVoiceSchema = z.enum(['reported', 'cable'])
export type SummaryVoice = z.infer<typeof summaryVoiceSchema>

/** A verbatim quote and the paragraph it comes from. */
export const citationSchema = z.object({
  cableId: z.string().min(1),
  paragraph: z.number().int().positive(),
  quote: z.string().min(1),
})
export type Citation = z.infer<typeof citationSchema>

/** Fields every cited item carries: where it rests and the markings of those paragraphs. */
const provenance = {
  citations: z.array(citationSchema).min(1),
  /** Distinct markings of the cited paragraphs, derived by the dataset builder. */
  markings: z.array(markingSchema),
}

// ── Cable ────────────────────────────────────────────────────────────────────

export const paragraphSchema = z.object({
  number: z.number().int().positive(),
  marking: markingSchema,
  heading: z.string().nullable(),
  text: z.string(),
  /** Character ranges of `text` that another rendering of the cable lost (e.g. at page breaks). */
  restored: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })),
})
export type Paragraph = z.infer<typeof paragraphSchema>

export const cableSummarySchema = z.object({
  id: z.string().min(1),
  subject: z.string().nullable(),
  origin: z.string().nullable(),
  /** ISO 8601 UTC, from the date-time group. */
  sent: z.string().nullable(),
  precedence: z.string().nullable(),
  classification: z.string().nullable(),
  tags: z.array(z.string()),
  references: z.array(z.string()),
  pages: z.number().int().positive().nullable(),
  paragraphCount: z.number().int().nonnegative(),
})
export type CableSummary = z.infer<typeof cableSummarySchema>

export const cableSchema = cableSummarySchema.extend({
  eo: z.string().nullable(),
  addressees: z.array(z.string()),
  paragraphs: z.array(paragraphSchema),
  /** Which rendering the paragraphs were parsed from, and which others were compared. */
  rendering: z.string(),
  comparedWith: z.array(z.string()),
})
export type Cable = z.infer<typeof cableSchema>

// ── Who ──────────────────────────────────────────────────────────────────────

export const organizationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  shortName: z.string().nullable(),
  side: sideSchema,
  /** e.g. national, municipal, district, company, association. */
  level: z.string().nullable(),
  parentId: z.string().nullable(),
  ...provenance,
})
export type Organization = z.infer<typeof organizationSchema>

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  title: z.string().nullable(),
  /** Null when the cable does not say which organization the person belongs to. */
  organizationId: z.string().min(1).nullable(),
  /** Their organization's side, or, without one, the side the cable puts them on ("the Chinese side"). */
  side: sideSchema,
  ...provenance,
})
export type Person = z.infer<typeof personSchema>

// ── What ─────────────────────────────────────────────────────────────────────

export const topicSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  description: z.string().min(1),
  /** The paragraphs the label and description rest on: a topic is redacted like any item. */
  ...provenance,
})
export type Topic = z.infer<typeof topicSchema>

/** Where a meeting took place, as the cable gives it; province is null for a municipality or when not stated. */
export const placeSchema = z.object({
  city: z.string().min(1),
  province: z.string().min(1).nullable(),
})
export type Place = z.infer<typeof placeSchema>

export const venueSchema = z.object({
  id: z.string().min(1),
  /** The cable that reports the meeting; every citation of the venue is in it. */
  cableId: z.string().min(1),
  place: placeSchema,
  title: z.string().min(1),
  /** The card's one-line subject, e.g. "Online copyright". */
  theme: z.string().min(1),
  kind: z.enum(['meeting', 'assessment']),
  date: datePointSchema.nullable(),
  summary: z.string().min(1),
  summaryVoice: summaryVoiceSchema,
  organizationIds: z.array(z.string()),
  participantIds: z.array(z.string()),
  paragraphs: z.array(z.number().int().positive()).min(1),
  topicIds: z.array(z.string()),
  ...provenance,
})
export type Venue = z.infer<typeof venueSchema>

export const issueSchema = z.object({
  id: z.string().min(1),
  venueId: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  summaryVoice: summaryVoiceSchema,
  topicIds: z.array(z.string()).min(1),
  organizationIds: z.array(z.string()),
  ...provenance,
})
export type Issue = z.infer<typeof issueSchema>

export const positionKindSchema = z.enum(['claim', 'concern', 'recommendation', 'request', 'denial', 'commitment'])
export type PositionKind = z.infer<typeof positionKindSchema>

export const positionSchema = z.object({
  id: z.string().min(1),
  issueId: z.string().min(1),
  /** The organization that holds the position; the person who voiced it where the cable names one. */
  organizationId: z.string().min(1),
  personId: z.string().nullable(),
  side: sideSchema,
  kind: positionKindSchema,
  /** The cable's own verb for the speaker ("said", "replied", "assures"); null: the cable's own voice. */
  reportingVerb: z.string().min(1).nullable(),
  paraphrase: z.string().min(1),
  ...provenance,
})
export type Position = z.infer<typeof positionSchema>

export const figureValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), value: z.number() }),
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number() }),
])
export type FigureValue = z.infer<typeof figureValueSchema>

export const figureSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  value: figureValueSchema,
  /** percent, count, RMB, years, ... */
  unit: z.string().min(1),
  /** The cable's own hedges, kept word for word: "up to", "more than", "in some categories". */
  qualifiers: z.array(z.string()),
  /** How the figure reads on screen, qualifiers included, e.g. "up to 80–90%". */
  display: z.string().min(1),
  asOf: datePointSchema.nullable(),
  assertedBy: z.array(z.string()),
  /** Who the cable says relayed or sourced the figure, when not the asserter (e.g. "recent industry data"). */
  source: z.string().nullable(),
  /** Which dedicated chart draws this figure, if any: data on the figure, not a guess from its label. */
  chart: z.enum(['counterfeit-share', 'visitor-share']).nullable(),
  disputes: z.array(
    z.object({
      organizationId: z.string(),
      personId: z.string().nullable(),
      /** The cable's verb for the challenge ("challenged", "said"). */
      reportingVerb: z.string().min(1),
      summary: z.string(),
      citation: citationSchema,
    }),
  ),
  venueId: z.string().min(1),
  topicIds: z.array(z.string()),
  ...provenance,
})
export type Figure = z.infer<typeof figureSchema>

/**
 * happening: took place by the cable's date; plan: intended or expected then (a visit "would like"
 * to make, the impending Olympics); state: a situation as of `start` ("had not yet made available").
 */
export const eventKindSchema = z.enum(['happening', 'plan', 'state'])
export type EventKind = z.infer<typeof eventKindSchema>

/** Who the cable says reported an event; null when the cable states it in its own voice. */
export const attributionSchema = z.object({
  organizationId: z.string().min(1),
  personId: z.string().min(1).nullable(),
  reportingVerb: z.string().min(1),
})
export type Attribution = z.infer<typeof attributionSchema>

export const eventSchema = z.object({
  id: z.string().min(1),
  kind: eventKindSchema,
  start: datePointSchema,
  /** The end of a range ("from August to September 2006"); null for a single date. */
  end: datePointSchema.nullable(),
  label: z.string().min(1),
  attribution: attributionSchema.nullable(),
  venueId: z.string().nullable(),
  topicIds: z.array(z.string()),
  ...provenance,
})
export type CableEvent = z.infer<typeof eventSchema>

export const metaSchema = z.object({
  apiVersion: z.literal('v1'),
  /** Changes whenever the data changes (content hash), so caches can tell. */
  datasetVersion: z.string().min(1),
  cableIds: z.array(z.string()),
  counts: z.object({
    venues: z.number().int().nonnegative(),
    issues: z.number().int().nonnegative(),
    positions: z.number().int().nonnegative(),
    figures: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    organizations: z.number().int().nonnegative(),
    people: z.number().int().nonnegative(),
    topics: z.number().int().nonnegative(),
  }),
})
export type Meta = z.infer<typeof metaSchema>

/** Everything the builder produces; the API serves it as one file per resource. */
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
