import { useEffect, useEffectEvent, useRef } from 'react'
import { exitFullscreen, useIsFullscreen } from './fullscreen'

/**
 * In full screen the browser keeps Escape for itself and only leaves full screen; the presenter
 * meant "leave the slides", so leaving full screen that way leaves the presentation too.
 * Returns `exitDeliberately`, for the on-screen "Exit full screen" button, which must not.
 */
export function useLeaveOnFullscreenExit(leave: () => void): { isFullscreen: boolean; exitDeliberately: () => void } {
  const isFullscreen = useIsFullscreen()
  const wasFullscreen = useRef(isFullscreen)
  const deliberate = useRef(false)
  const onLeftFullscreen = useEffectEvent(leave)

  useEffect(() => {
    if (wasFullscreen.current && !isFullscreen && !deliberate.current) onLeftFullscreen()
    wasFullscreen.current = isFullscreen
    deliberate.current = false
  }, [isFullscreen])

  return {
    isFullscreen,
    exitDeliberately: () => {
      deliberate.current = true
      exitFullscreen()
    },
  }
}
