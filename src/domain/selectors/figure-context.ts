/**
 * A module of its own: reading numbers in text is only for the charts and slides that show a figure's
 * other quotes, and must not ride along with figures.ts into the first download.
 */
import { textStatesNumber } from '@/domain/dataset/numbers-in-text'
import type { Figure } from '@/contract/schemas'

/**
 * The figure's other quotes: those that do not state its number (¶17's "United States visitors
 * represented the largest proportion of foreign visitors"). Shown verbatim with their paragraph,
 * so nothing they say is put in the asserter's mouth.
 */
export function contextQuotes(figure: Figure): Figure['citations'] {
  const numbers = figure.value.kind === 'exact' ? [figure.value.value] : [figure.value.min, figure.value.max]
  return figure.citations.filter((c) => !numbers.some((n) => textStatesNumber(c.quote, n)))
}
