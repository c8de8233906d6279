import { useSyncExternalStore } from 'react'

const lists = new Map<string, MediaQueryList>()
/** One MediaQueryList per query: reading `.matches` on a kept list is cheap, parsing a new one on every render is not. */
function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null
  let list = lists.get(query)
  if (!list) lists.set(query, (list = window.matchMedia(query)))
  return list
}

/** Whether a CSS media query matches now; follows changes (window resized, print). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaQueryList(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    () => mediaQueryList(query)?.matches ?? false,
  )
}
