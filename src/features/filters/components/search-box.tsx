import { useFilterStore } from '@/lib/filter-store'

/** Free-text search; the URL follows as you type without filling the back button's history. */
export function SearchBox() {
  const query = useFilterStore((s) => s.filters.query)
  const update = useFilterStore((s) => s.update)
  return (
    <div className="search-box" role="search">
      <label htmlFor="dashboard-search">Search issues, positions, figures and paragraphs</label>
      <input
        id="dashboard-search"
        type="search"
        value={query}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => update({ query: event.target.value }, { replace: true })}
      />
    </div>
  )
}
