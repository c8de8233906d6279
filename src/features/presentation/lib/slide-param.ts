/**
 * The slide number in the URL: `?slide=3`, 1-based, beside the filters. A missing or bad value
 * means the first slide; a number past the end means the last. Parsing never throws.
 */
import { slideParam } from '@/lib/routes'

export const SLIDE_PARAM = slideParam.key

/**
 * A slide number (1-based) kept within the deck: below 1 is the first slide, past the end the last.
 * Here, not with the deck's keys (keyboard.ts): the dashboard's Present button reaches this module,
 * and whatever module it imports loads with the dashboard.
 */
export function clampSlide(slide: number, total: number): number {
  if (total < 1) return 1
  if (!Number.isFinite(slide) || slide < 1) return 1
  return Math.min(Math.trunc(slide), total)
}

export function slideFromSearch(search: string, total: number): number {
  const raw = new URLSearchParams(search).get(SLIDE_PARAM)?.trim() ?? ''
  if (!/^\d{1,6}$/.test(raw)) return 1
  return clampSlide(Number(raw), total)
}

/** `search` with the slide set, every other parameter (the filters) kept as it is. */
export function searchWithSlide(search: string, slide: number): string {
  const params = new URLSearchParams(search)
  params.set(SLIDE_PARAM, String(slide))
  return `?${params.toString().replace(/%2C/g, ',')}`
}

/** `search` without the slide: the dashboard's own view of the same filters. */
export function searchWithoutSlide(search: string): string {
  const params = new URLSearchParams(search)
  params.delete(SLIDE_PARAM)
  const text = params.toString().replace(/%2C/g, ',')
  return text ? `?${text}` : ''
}
