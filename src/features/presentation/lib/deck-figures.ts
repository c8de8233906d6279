import type { Figure } from '@/contract/schemas'

// The charts feature draws the same two figures; features may not import each other, so the test is restated here.
const isPercent = (figure: Figure) => /^(percent|%)$/i.test(figure.unit)

/** The disputed Silk Street figure: a percentage range about counterfeits (¶11). */
export function isCounterfeitShareFigure(figure: Figure): boolean {
  return figure.value.kind === 'range' && isPercent(figure) && /counterfeit/i.test(figure.label)
}

/** MOFCOM's share of CIECC website visitors from the United States (¶17). */
export function isUsVisitorShareFigure(figure: Figure): boolean {
  return figure.value.kind === 'exact' && isPercent(figure) && /visitor/i.test(figure.label)
}

/** The cable's hedges that `display` does not already spell out, so none is lost and none is said twice. */
export function qualifiersMissingFromDisplay(figure: Figure): string[] {
  const display = figure.display.toLowerCase()
  return figure.qualifiers.filter((q) => !display.includes(q.toLowerCase()))
}

/** Citations a figure rests on, its disputes' included. */
export const figureCitations = (figure: Figure) => [...figure.citations, ...figure.disputes.map((d) => d.citation)]
