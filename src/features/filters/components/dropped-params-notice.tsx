import { useFilterStore } from '@/lib/filter-store'

/** Says, once, that parts of a link were not understood; the rest of the view still opened. */
export function DroppedParamsNotice() {
  const dropped = useFilterStore((s) => s.dropped)
  const dismiss = useFilterStore((s) => s.dismissDropped)
  if (dropped.length === 0) return null
  return (
    <div className="notice" role="status">
      <p>
        Parts of this link were not understood and have been ignored: <strong>{dropped.join('; ')}</strong>.
      </p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  )
}
