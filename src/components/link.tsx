import type { AnchorHTMLAttributes, FocusEvent, MouseEvent, PointerEvent } from 'react'
import { navigate, prefetchHref } from '@/lib/router'

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/** A plain left click, the one a link handles in-app: with a modifier or another button, the browser's own (a new tab, a window). */
export const isPlainClick = (event: MouseEvent) => event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)

/**
 * An ordinary anchor that navigates in-app on a plain left click and keeps new-tab clicks working.
 * Pointing at it or focusing it starts loading the target page's code and data.
 */
export function Link({ href, onClick, onPointerEnter, onFocus, children, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event)
    if (event.defaultPrevented || !isPlainClick(event) || rest.target) return
    event.preventDefault()
    navigate(href)
    if (!href.includes('#')) window.scrollTo({ top: 0 })
  }
  function handlePointerEnter(event: PointerEvent<HTMLAnchorElement>) {
    onPointerEnter?.(event)
    prefetchHref(href)
  }
  function handleFocus(event: FocusEvent<HTMLAnchorElement>) {
    onFocus?.(event)
    prefetchHref(href)
  }
  return (
    <a href={href} onClick={handleClick} onPointerEnter={handlePointerEnter} onFocus={handleFocus} {...rest}>
      {children}
    </a>
  )
}
