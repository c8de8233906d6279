/** Finds the numbers a sentence states, as digits ("6,000", "80-90%") or English words ("nine"). */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 }

function wordValue(word: string): number | undefined {
  const [first, second] = word.split('-')
  if (first === undefined) return undefined
  if (second === undefined) return UNITS[first] ?? TENS[first] ?? SCALES[first]
  const tens = TENS[first]
  const unit = UNITS[second]
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined
}

/** Every number stated in `text`: digit groups (commas allowed) and number words, e.g. "twenty-five". */
export function numbersInText(text: string): number[] {
  const found: number[] = []
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    found.push(Number(m[0].replace(/,/g, '')))
  }
  for (const m of text.toLowerCase().matchAll(/[a-z]+(?:-[a-z]+)?/g)) {
    const value = wordValue(m[0])
    if (value !== undefined) found.push(value)
  }
  return found
}

/** Whether `value` is stated in `text` (a figure's number must be in its own quote). */
export function textStatesNumber(text: string, value: number): boolean {
  return numbersInText(text).includes(value)
}
