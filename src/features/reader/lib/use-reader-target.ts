import { useEffect, useSyncExternalStore } from 'react'
import { subscribeToLocation } from '@/lib/router'
import { scrollToId } from '@/lib/scroll-to-anchor'
import { parseReaderHash, type ReaderTarget } from './reader-hash'

function subscribe(listener: () => void) {
  const unsubscribe = subscribeToLocation(listener)
  // A plain `#p12` link or an edited address bar changes only the fragment.
  window.addEventListener('hashchange', listener)
  return () => {
    unsubscribe()
    window.removeEventListener('hashchange', listener)
  }
}

const currentHash = () => window.location.hash

/** The paragraph (and quote) the address points at; follows in-app navigation and hashchange. */
export function useReaderTarget(): ReaderTarget {
  return parseReaderHash(useSyncExternalStore(subscribe, currentHash))
}

/** Brings the target paragraph into view and gives it focus, so keyboard and screen reader users land there too. */
export function useScrollToParagraph(paragraph: number | null, ready: boolean) {
  useEffect(() => {
    if (!ready || paragraph === null) return
    scrollToId(`p${paragraph}`)?.focus({ preventScroll: true })
  }, [paragraph, ready])
}
