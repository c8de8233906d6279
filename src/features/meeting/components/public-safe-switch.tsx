import { useFilterStore } from '@/lib/filter-store'
import '../meeting.css'
// The header shows on every route, so its module brings the handout's print rules everywhere.
import '../print.css'

/** The one public-safe switch: a toggle button bound to the URL's `safe=1`. */
export function PublicSafeSwitch() {
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const update = useFilterStore((s) => s.update)
  return (
    <button type="button" className="public-safe-switch" aria-pressed={publicSafe} onClick={() => update({ publicSafe: !publicSafe })}>
      <span className="public-safe-switch__track" aria-hidden="true">
        <span className="public-safe-switch__thumb" />
      </span>
      Public-safe view (hide SBU)
      <span className="public-safe-switch__state" aria-hidden="true">
        {publicSafe ? 'On' : 'Off'}
      </span>
    </button>
  )
}
