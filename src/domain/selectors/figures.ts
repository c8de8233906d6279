import type { Figure } from '@/contract/schemas'

const isPercent = (figure: Figure) => /^(percent|%)$/i.test(figure.unit)

/** The disputed Silk Street figure: the cable's only percentage range about counterfeits (¶11). Charts and slides both single it out. */
export function isCounterfeitShareFigure(figure: Figure): boolean {
  return figure.value.kind === 'range' && isPercent(figure) && /counterfeit/i.test(figure.label)
}

/** MOFCOM's claim about CIECC website visitors from the United States (¶17). */
export function isUsVisitorShareFigure(figure: Figure): boolean {
  return figure.value.kind === 'exact' && isPercent(figure) && /visitor/i.test(figure.label)
}

/** The figures drawn as tiles: everything the two dedicated charts do not show. */
export function keyFigures(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => !isCounterfeitShareFigure(f) && !isUsVisitorShareFigure(f))
}

/** The cable's hedges that `display` does not already spell out, so none is lost and none is shown twice. */
export function qualifiersMissingFromDisplay(figure: Figure): string[] {
  const display = figure.display.toLowerCase()
  return figure.qualifiers.filter((q) => !display.includes(q.toLowerCase()))
}

/** "80–90%" for a range, "20%" for a value: the bare number, qualifiers added by the caller. */
export function formatFigureValue(figure: Figure): string {
  const suffix = isPercent(figure) ? '%' : ''
  const { value } = figure
  return value.kind === 'range' ? `${value.min}–${value.max}${suffix}` : `${value.value}${suffix}`
}

/** Citations a figure rests on, its disputes' included. */
export const figureCitations = (figure: Figure) => [...figure.citations, ...figure.disputes.map((d) => d.citation)]
