/**
 * What an analyst writes for one cable: the contract's item shapes minus what the
 * dataset builder derives (markings, the cable id of every citation).
 */
import '@/contract/zod-config'
import { z } from 'zod'
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

/** A quote and its paragraph; the cable id is given once for the whole annotation file. */
export const annotationCitationSchema = citationSchema.omit({ cableId: true })
export type AnnotationCitation = z.infer<typeof annotationCitationSchema>

/**
 * A reviewed reason why a hedge in a cited sentence ("often", "up to") is not repeated in the
 * item's text, e.g. because it qualifies a clause the item does not talk about. Review data only:
 * the builder checks it and leaves it out of the API.
 */
export const hedgeNoteSchema = z.object({ hedge: z.string().min(1), why: z.string().min(1) })
export type HedgeNote = z.infer<typeof hedgeNoteSchema>

const cited = { citations: z.array(annotationCitationSchema).min(1), hedgeNotes: z.array(hedgeNoteSchema).optional() }
const derived = { markings: true, citations: true } as const

export const organizationAnnotationSchema = organizationSchema.omit(derived).extend(cited)
export const personAnnotationSchema = personSchema.omit(derived).extend(cited)
export const topicAnnotationSchema = topicSchema.omit(derived).extend(cited)
export const venueAnnotationSchema = venueSchema.omit({ ...derived, cableId: true }).extend(cited)
export const issueAnnotationSchema = issueSchema.omit(derived).extend(cited)
export const positionAnnotationSchema = positionSchema.omit(derived).extend(cited)
export const eventAnnotationSchema = eventSchema.omit(derived).extend(cited)

export const figureDisputeAnnotationSchema = z.object({
  organizationId: z.string().min(1),
  personId: z.string().min(1).nullable(),
  reportingVerb: z.string().min(1),
  summary: z.string().min(1),
  citation: annotationCitationSchema,
})

export const figureAnnotationSchema = figureSchema
  .omit({ ...derived, disputes: true })
  .extend({ ...cited, disputes: z.array(figureDisputeAnnotationSchema) })

/** Numbered paragraphs that every cable's annotations must cite at least once (inclusive). */
export const coverageSchema = z.object({
  from: z.number().int().positive(),
  to: z.number().int().positive(),
})

export const cableAnnotationsSchema = z.object({
  cableId: z.string().min(1),
  /** The organization that wrote the cable: the speaker of what it says in its own voice. */
  authorOrganizationId: z.string().min(1),
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
