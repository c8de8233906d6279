import { useLayoutEffect, useState } from 'react'

/**
 * An element's content width in px, following resizes; `fallback` until measured (and in tests, which
 * have no layout). Returns a callback ref: a chart that first renders its empty note has no element
 * to measure, and must be measured once its drawing appears (a ref object would not say so).
 */
export function useWidth(fallback: number): [ref: (element: HTMLElement | null) => void, width: number] {
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    if (!element) return
    const measure = () => setWidth(element.clientWidth > 0 ? Math.floor(element.clientWidth) : null)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return [setElement, width ?? fallback]
}
