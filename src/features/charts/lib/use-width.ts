import { useLayoutEffect, useState, type RefObject } from 'react'

/** The element's content width in px, following resizes; `fallback` until measured (and in tests, which have no layout). */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => setWidth(element.clientWidth > 0 ? Math.floor(element.clientWidth) : null)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return width ?? fallback
}
