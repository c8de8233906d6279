import { useSyncExternalStore } from 'react'

/**
 * Asks for full screen. Must run inside the click that starts the presentation (browsers refuse
 * it later); resolves to false when refused or unsupported, and the slides then fill the window.
 */
export function requestFullscreen(): Promise<boolean> {
  const root = document.documentElement
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return Promise.resolve(false)
  return root.requestFullscreen().then(
    () => true,
    () => false,
  )
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => {})
}

function subscribe(listener: () => void) {
  document.addEventListener('fullscreenchange', listener)
  return () => document.removeEventListener('fullscreenchange', listener)
}

const isFullscreen = () => Boolean(document.fullscreenElement)

/** Whether the page is in full screen now; re-renders when it enters or leaves. */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(subscribe, isFullscreen, () => false)
}
