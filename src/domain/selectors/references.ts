/** Where, in a cable's text, it points at one of its references: where a reader going along a reference lands. */

/**
 * The numbers of the paragraphs that point at reference `index` of a cable's `count`: "See Reftel" where it
 * has one reference; "ref A", "reftel B", "(ref. C)" where it has several. A cable's header says only that
 * it cites the other ("REF: Beijing 02455"); its text says what for (07BEIJING2566 ¶7).
 */
export function paragraphsPointingAt(paragraphs: readonly { number: number; text: string }[], index: number, count: number): number[] {
  const letter = String.fromCharCode(65 + index)
  const pattern = count === 1 ? /\breftels?\b/i : new RegExp(String.raw`\bref(?:tel)?s?\.?\s*\(?${letter}\)?(?![a-z])`, 'i')
  return paragraphs.filter((p) => pattern.test(p.text)).map((p) => p.number)
}
