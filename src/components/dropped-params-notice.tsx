import type { MouseEvent } from 'react'
import { useFilterStore } from '@/lib/filter-store'

/**
 * Says, once, that parts of a link were not understood; the rest of the view still opened. On the
 * dashboard and in the slides' controls, which check a link's ids against the data alike.
 */
export function DroppedParamsNotice() {
  const dropped = useFilterStore((s) => s.dropped)
  const dismissDropped = useFilterStore((s) => s.dismissDropped)
  if (dropped.length === 0) return null
  const dismiss = (event: MouseEvent<HTMLButtonElement>) => {
    // The button goes with the notice: focus would fall back to the top of the document, so a keyboard
    // user starts again from the page's main content, where the notice stood.
    const main = event.currentTarget.closest('main')
    dismissDropped()
    main?.focus()
  }
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
