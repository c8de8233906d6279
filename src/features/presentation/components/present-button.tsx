import { useEffect, useRef } from 'react'
import { navigate, prefetchHref } from '@/lib/router'
import { requestFullscreen } from '../hooks/fullscreen'
import { usePresentationStore } from '../hooks/presentation-store'
import { searchWithSlide, searchWithoutSlide } from '../lib/slide-param'
import { routeHref } from '@/lib/routes'

export const PRESENT_PATH = routeHref('present', {})

function present() {
  // Requested inside the click, before navigating: browsers only grant full screen to a user gesture.
  void requestFullscreen().then((granted) => usePresentationStore.setState({ fullscreenRefused: !granted }))
  navigate(PRESENT_PATH + searchWithSlide(searchWithoutSlide(window.location.search), 1))
}

/** Starts the slides of the current filtered view, full screen where the browser allows it. */
export function PresentButton() {
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    // Coming back from the slides: focus returns to where the presenter left.
    if (!usePresentationStore.getState().returningToDashboard) return
    usePresentationStore.setState({ returningToDashboard: false })
    ref.current?.focus()
  }, [])

  return (
    <button
      ref={ref}
      type="button"
      className="present-button"
      onClick={present}
      onPointerEnter={() => prefetchHref(PRESENT_PATH)}
      onFocus={() => prefetchHref(PRESENT_PATH)}
    >
      Present as slides
    </button>
  )
}
