import type { Figure } from '@/contract/schemas'
import { inSentence } from './prose'

const isPercent = (figure: Figure) => /^(percent|%)$/i.test(figure.unit)

/** The disputed Silk Street figure (¶11), drawn by its own chart: the analysts say so on the figure. */
export function isCounterfeitShareFigure(figure: Figure): boolean {
  return figure.chart === 'counterfeit-share' && figure.value.kind === 'range'
}

/** MOFCOM's claim about CIECC website visitors from the United States (¶17), drawn by its own chart. */
export function isUsVisitorShareFigure(figure: Figure): boolean {
  return figure.chart === 'visitor-share' && figure.value.kind === 'exact'
}

/** The figures drawn as tiles: everything the two dedicated charts do not show. */
export function keyFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => !isCounterfeitShareFigure(f) && !isUsVisitorShareFigure(f))
}

/**
 * The cable's hedges that neither `display` nor `label` already spells out, so none is lost and none
 * is shown twice: every place that shows a figure shows both. In the label only a phrase of three words
 * or more counts as the hedge itself: a short one ("up to") may be there in another sense.
 */
export function qualifiersNotShown(figure: Figure): string[] {
  const display = figure.display.toLowerCase()
  const label = figure.label.toLowerCase()
  const inLabel = (q: string) => q.trim().split(/\s+/).length >= 3 && label.includes(q.toLowerCase())
  return figure.qualifiers.filter((q) => !display.includes(q.toLowerCase()) && !inLabel(q))
}

/** "80–90%" for a range, "20%" for a value: the bare number, qualifiers added by the caller. */
export function formatFigureValue(figure: Figure): string {
  const suffix = isPercent(figure) ? '%' : ''
  const { value } = figure
  return value.kind === 'range' ? `${value.min}–${value.max}${suffix}` : `${value.value}${suffix}`
}

/**
 * Who a figure comes from, so a number is never shown as a fact: "recent industry data, cited by
 * USTR" or "according to MOFCOM". `name` turns an organization id into the name to show.
 */
export function figureSource(figure: Figure, name: (organizationId: string) => string): string {
  const asserters = [...new Set(figure.assertedBy.map((id) => inSentence(name(id))))]
  const who = asserters.length <= 1 ? (asserters[0] ?? '') : `${asserters.slice(0, -1).join(', ')} and ${asserters.at(-1)}`
  if (figure.source) return who ? `${figure.source}, cited by ${who}` : figure.source
  return who ? `according to ${who}` : 'source not stated'
}

/** Citations a figure rests on, its disputes' included. */
export const figureCitations = (figure: Figure) => [...figure.citations, ...figure.disputes.map((d) => d.citation)]
