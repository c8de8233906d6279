import { useEffect, useState } from 'react'
import { useFilterStore } from '@/lib/filter-store'

/** Free-text search; the URL follows as you type without filling the back button's history. */
export function SearchBox() {
  const query = useFilterStore((s) => s.filters.query)
  const update = useFilterStore((s) => s.update)
  const [text, setText] = useState(query)

  // Back/forward or "clear all" change the query from outside: show it.
  useEffect(() => setText(query), [query])

  return (
    <div className="search-box" role="search">
      <label htmlFor="dashboard-search">Search issues, positions, figures and paragraphs</label>
      <input
        id="dashboard-search"
        type="search"
        value={text}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value)
          update({ query: event.target.value }, { replace: true })
        }}
      />
    </div>
  )
}
