/**
 * What an analyst writes for one cable: the contract's item shapes minus what the
 * dataset builder derives (markings, the cable id of every citation).
 */
import '@/contract/zod-config'
import * as z from 'zod/mini'
import {
  citationSchema,
  eventSchema,
  figureSchema,
  issueSchema,
  organizationSchema,
  personSchema,
  positionSchema,
  topicSchema,
  venueSchema,
} from '../../contract/schemas.ts'

const text = () => z.string().check(z.minLength(1))

/** A quote and its paragraph; the cable id is given once for the whole annotation file. */
export const annotationCitationSchema = z.omit(citationSchema, { cableId: true })
export type AnnotationCitation = z.infer<typeof annotationCitationSchema>

/**
 * A reviewed reason why a hedge in a cited sentence ("often", "up to") is not repeated in the
 * item's text, e.g. because it qualifies a clause the item does not talk about. Review data only:
 * the builder checks it and leaves it out of the API.
 */
export const hedgeNoteSchema = z.object({ hedge: text(), why: text() })
export type HedgeNote = z.infer<typeof hedgeNoteSchema>

const cited = { citations: z.array(annotationCitationSchema).check(z.minLength(1)), hedgeNotes: z.optional(z.array(hedgeNoteSchema)) }
const derived = { markings: true, citations: true } as const

export const organizationAnnotationSchema = z.extend(z.omit(organizationSchema, derived), cited)
export const personAnnotationSchema = z.extend(z.omit(personSchema, derived), cited)
export const topicAnnotationSchema = z.extend(z.omit(topicSchema, derived), cited)
export const venueAnnotationSchema = z.extend(z.omit(venueSchema, { ...derived, cableId: true }), cited)
export const issueAnnotationSchema = z.extend(z.omit(issueSchema, derived), cited)
export const positionAnnotationSchema = z.extend(z.omit(positionSchema, derived), cited)
export const eventAnnotationSchema = z.extend(z.omit(eventSchema, derived), cited)

export const figureDisputeAnnotationSchema = z.object({
  organizationId: text(),
  personId: z.nullable(text()),
  reportingVerb: text(),
  summary: text(),
  citation: annotationCitationSchema,
})

export const figureAnnotationSchema = z.extend(z.omit(figureSchema, { ...derived, disputes: true }), {
  ...cited,
  disputes: z.array(figureDisputeAnnotationSchema),
})

/** Numbered paragraphs that every cable's annotations must cite at least once (inclusive). */
export const coverageSchema = z.object({
  from: z.int().check(z.positive()),
  to: z.int().check(z.positive()),
})

export const cableAnnotationsSchema = z.object({
  cableId: text(),
  /** The organization that wrote the cable: the speaker of what it says in its own voice. */
  authorOrganizationId: text(),
  coverage: coverageSchema,
  organizations: z.array(organizationAnnotationSchema),
  people: z.array(personAnnotationSchema),
  topics: z.array(topicAnnotationSchema),
  venues: z.array(venueAnnotationSchema),
  issues: z.array(issueAnnotationSchema),
  positions: z.array(positionAnnotationSchema),
  figures: z.array(figureAnnotationSchema),
  events: z.array(eventAnnotationSchema),
})

export type { DatePoint } from '../../contract/schemas.ts'
export type TopicAnnotation = z.infer<typeof topicAnnotationSchema>
export type OrganizationAnnotation = z.infer<typeof organizationAnnotationSchema>
export type PersonAnnotation = z.infer<typeof personAnnotationSchema>
export type VenueAnnotation = z.infer<typeof venueAnnotationSchema>
export type IssueAnnotation = z.infer<typeof issueAnnotationSchema>
export type PositionAnnotation = z.infer<typeof positionAnnotationSchema>
export type FigureAnnotation = z.infer<typeof figureAnnotationSchema>
export type EventAnnotation = z.infer<typeof eventAnnotationSchema>
export type CableAnnotations = z.infer<typeof cableAnnotationsSchema>
