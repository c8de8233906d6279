import { safeDecode } from './routes'

/**
 * The element id a location fragment names ("#issue-a%20b" → "issue-a b"), when it starts with one
 * of `prefixes`; null for any other fragment, so a page reacts only to its own anchors.
 */
export function anchorId(hash: string, prefixes: readonly string[]): string | null {
  const id = safeDecode(hash.replace(/^#/, ''))
  return prefixes.some((prefix) => id.startsWith(prefix)) ? id : null
}

/**
 * Brings the element with this id into view and returns it (null when it is not on the page).
 * Instant, not smooth: a long smooth scroll on a projector reads as the page jumping about.
 */
export function scrollToId(id: string, block: ScrollLogicalPosition = 'start'): HTMLElement | null {
  const target = document.getElementById(id)
  target?.scrollIntoView?.({ block })
  return target
}
