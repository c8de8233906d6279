import { Fragment } from 'react'
import { foldForSearch } from '@/domain/selectors/filter-dashboard'

/** Text with every case-insensitive occurrence of `query` marked. Always text, never HTML. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = foldForSearch(query.trim()).replace(/\s+/g, ' ')
  if (!needle) return <>{text}</>
  const haystack = foldForSearch(text)
  const parts: { text: string; match: boolean }[] = []
  let from = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false })
    parts.push({ text: text.slice(at, at + needle.length), match: true })
    from = at + needle.length
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false })
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  )
}
