import { useQuery } from '@tanstack/react-query'
import { PRIMARY_CABLE_ID } from '@/api/dashboard-data'
import { cableQuery } from '@/api/cables'
import { useFilterStore } from '@/lib/filter-store'
import { describeHiddenParagraphs } from '../lib/describe-view'

/** Under the header on every route while public-safe is on; a live region, so turning it on is announced. */
export function PublicSafeBanner() {
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const cable = useQuery({ ...cableQuery(PRIMARY_CABLE_ID), enabled: publicSafe })
  return (
    <div role="status" className="public-safe-banner-region">
      {publicSafe && (
        <p className="public-safe-banner">
          <strong>Public-safe view:</strong> {describeHiddenParagraphs(cable.data?.paragraphs)} and everything resting only on them are hidden.
        </p>
      )}
    </div>
  )
}
