/**
 * Dates as a line of text gives them, marked where the cable does not state them whole. Apart from
 * format.ts, which the first screen loads: only the charts, slides and reader write these lines.
 */
import type { CableEvent, DatePoint } from '@/contract/schemas'
import { formatEventDate, formatPartialDate, inferredBases } from './format'

/** A figure's date as a line of text gives it: "9 April 2007 (inferred)" where the cable does not state it whole. */
export const formatDatePointMarked = (date: DatePoint): string => `${formatPartialDate(date)}${inferredBases(date).length > 0 ? ' (inferred)' : ''}`

/** An event's date as a line of text gives it: "16 March 2007 (inferred)" where the cable does not state it whole (the card gives the basis). */
export const formatEventDateMarked = (event: Pick<CableEvent, 'kind' | 'start' | 'end'>): string =>
  `${formatEventDate(event)}${inferredBases(event.start, event.end).length > 0 ? ' (inferred)' : ''}`
