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

const cited = { citations: z.array(annotationCitationSchema).min(1) }
const derived = { markings: true, citations: true } as const

export const organizationAnnotationSchema = organizationSchema.omit(derived).extend(cited)
export const personAnnotationSchema = personSchema.omit(derived).extend(cited)
export const venueAnnotationSchema = venueSchema.omit(derived).extend(cited)
export const issueAnnotationSchema = issueSchema.omit(derived).extend(cited)
export const positionAnnotationSchema = positionSchema.omit(derived).extend(cited)
export const eventAnnotationSchema = eventSchema.omit(derived).extend(cited)

export const figureDisputeAnnotationSchema = z.object({
  organizationId: z.string().min(1),
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
  coverage: coverageSchema,
  organizations: z.array(organizationAnnotationSchema),
  people: z.array(personAnnotationSchema),
  topics: z.array(topicSchema),
  venues: z.array(venueAnnotationSchema),
  issues: z.array(issueAnnotationSchema),
  positions: z.array(positionAnnotationSchema),
  figures: z.array(figureAnnotationSchema),
  events: z.array(eventAnnotationSchema),
})

export type OrganizationAnnotation = z.infer<typeof organizationAnnotationSchema>
export type PersonAnnotation = z.infer<typeof personAnnotationSchema>
export type VenueAnnotation = z.infer<typeof venueAnnotationSchema>
export type IssueAnnotation = z.infer<typeof issueAnnotationSchema>
export type PositionAnnotation = z.infer<typeof positionAnnotationSchema>
export type FigureAnnotation = z.infer<typeof figureAnnotationSchema>
export type EventAnnotation = z.infer<typeof eventAnnotationSchema>
export type CableAnnotations = z.infer<typeof cableAnnotationsSchema>
