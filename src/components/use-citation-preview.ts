import { useCallback, useEffect, useRef, useState } from 'react'

/** Long enough to cross the gap from a link to its preview (WCAG 1.4.13: hoverable). */
const HOVER_GRACE_MS = 300

/**
 * When the preview shows: while the pointer is over the link or the preview, or the link
 * has focus; until Escape (dismissable) — it never closes on a timer while in use (persistent).
 */
export function useCitationPreview() {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const open = (hovered || focused) && !dismissed

  useEffect(() => () => clearTimeout(timer.current), [])
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open])

  const onMouseEnter = useCallback(() => {
    clearTimeout(timer.current)
    if (!hovered) setDismissed(false)
    setHovered(true)
  }, [hovered])
  const onMouseLeave = useCallback(() => {
    timer.current = setTimeout(() => setHovered(false), HOVER_GRACE_MS)
  }, [])
  const onFocus = useCallback(() => {
    setDismissed(false)
    setFocused(true)
  }, [])
  const onBlur = useCallback(() => setFocused(false), [])
  return { open, anchorHandlers: { onMouseEnter, onMouseLeave }, linkHandlers: { onFocus, onBlur } }
}
