import { useEffect } from 'react'
import { useHash } from '@/lib/router'
import { scrollToId } from '@/lib/scroll-to-anchor'
import { parseReaderHash, type ReaderTarget } from './reader-hash'

/** The paragraph (and quote) the address points at; follows in-app navigation and hashchange. */
export function useReaderTarget(): ReaderTarget {
  return parseReaderHash(useHash())
}

/** Brings the target paragraph into view and gives it focus, so keyboard and screen reader users land there too. */
export function useScrollToParagraph(paragraph: number | null, ready: boolean) {
  useEffect(() => {
    if (!ready || paragraph === null) return
    scrollToId(`p${paragraph}`)?.focus({ preventScroll: true })
  }, [paragraph, ready])
}
