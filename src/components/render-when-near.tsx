import { useEffect, useRef, useState, type ReactNode } from 'react'

interface RenderWhenNearProps {
  children: ReactNode
  /** Shown (and measured) until the content is due; reserve its height to avoid layout shift. */
  placeholder: ReactNode
  /** Render at once anyway, e.g. when a link points inside the content. */
  eager?: boolean
}

/**
 * Renders heavy content (the charts) only when it scrolls near the viewport or the page
 * is printed, so it never competes with the first paint and the first interactions.
 */
export function RenderWhenNear({ children, placeholder, eager = false }: RenderWhenNearProps) {
  // Not due in the prerender (the HTML holds the placeholder) nor, to match it, in the render that hydrates it.
  const [due, setDue] = useState(false)
  const anchor = useRef<HTMLDivElement>(null)
  // A link into the content makes it due at once (in this render), and it stays due when the link changes.
  if (eager && !due) setDue(true)

  useEffect(() => {
    if (due) return
    const reveal = () => setDue(true)
    if (typeof IntersectionObserver === 'undefined') return reveal()
    const print = window.matchMedia('print')
    // Printing began before this effect ran (a prerendered page printed before it hydrated).
    if (print.matches) return reveal()
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reveal(), { rootMargin: '800px 0px' })
    if (anchor.current) observer.observe(anchor.current)
    window.addEventListener('beforeprint', reveal)
    print.addEventListener('change', reveal)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', reveal)
      print.removeEventListener('change', reveal)
    }
  }, [due])

  return due ? <>{children}</> : <div ref={anchor}>{placeholder}</div>
}
