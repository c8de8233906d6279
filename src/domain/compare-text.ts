/**
 * Orders text alike in the build's prerender (Node) and in every browser, without ICU.
 * `localeCompare` follows each machine's default locale, so the prerendered order could differ
 * from the hydrating one, and its first call loads a collator: about 60 ms on a phone-speed CPU,
 * inside the task that hydrates the page. Case-insensitive first, so "beta" sorts beside "Beta";
 * then by code unit, so equal-looking labels still have one fixed order.
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x !== y) return x < y ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}
