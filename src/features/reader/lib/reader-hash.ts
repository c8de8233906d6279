import { readerFragment } from '@/lib/routes'

/** What the reader's fragment asks for: `#p11` or `#p11&hl=<quote>` (see paragraphHref). */
export interface ReaderTarget {
  /** The paragraph to show, or null when the fragment names none. */
  paragraph: number | null
  /** Words to mark in that paragraph: the quote of the citation that led here. */
  quote: string | null
}

const MAX_QUOTE = 500

/** Never throws: a malformed fragment just targets nothing. */
export function parseReaderHash(hash: string): ReaderTarget {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  const amp = raw.indexOf('&')
  const head = amp === -1 ? raw : raw.slice(0, amp)
  const match = new RegExp(`^${readerFragment.paragraphPrefix}(\\d{1,4})$`).exec(head)
  const paragraph = match ? Number(match[1]) : null
  let quote: string | null = null
  if (amp !== -1) {
    try {
      quote = new URLSearchParams(raw.slice(amp + 1)).get(readerFragment.quote)?.trim().slice(0, MAX_QUOTE) || null
    } catch {
      quote = null
    }
  }
  return { paragraph: paragraph && paragraph > 0 ? paragraph : null, quote: paragraph ? quote : null }
}
