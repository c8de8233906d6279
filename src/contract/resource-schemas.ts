/**
 * The schema each API file is validated against. The app loads this module lazily,
 * in parallel with its first requests, so zod stays out of the first paint's JavaScript.
 */
import * as z from 'zod/mini'
import {
  cableSchema,
  cableSummarySchema,
  eventSchema,
  figureSchema,
  issueSchema,
  metaSchema,
  organizationSchema,
  personSchema,
  positionSchema,
  topicSchema,
  venueSchema,
} from './schemas'

export const resourceSchemas = {
  meta: metaSchema,
  cables: z.array(cableSummarySchema),
  cable: cableSchema,
  venues: z.array(venueSchema),
  issues: z.array(issueSchema),
  positions: z.array(positionSchema),
  figures: z.array(figureSchema),
  events: z.array(eventSchema),
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  topics: z.array(topicSchema),
}

export type ResourceName = keyof typeof resourceSchemas
export type ResourceData<R extends ResourceName> = z.infer<(typeof resourceSchemas)[R]>
