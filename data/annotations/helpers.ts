/** What every cable's annotations write their citations and dates with. */
import type { AnnotationCitation, DatePoint } from '../../src/domain/dataset/annotations.ts'

/** One citation; the cable id is added by the builder. */
export const c = (paragraph: number, quote: string): AnnotationCitation => ({ paragraph, quote })

/** Dates: as precise as the cable; inferredFrom says where a date the cited text does not state comes from. */
export const day = (value: string, inferredFrom: string | null = null): DatePoint => ({ value, precision: 'day', inferredFrom })
export const month = (value: string, inferredFrom: string | null = null): DatePoint => ({ value, precision: 'month', inferredFrom })
export const year = (value: string, inferredFrom: string | null = null): DatePoint => ({ value, precision: 'year', inferredFrom })
