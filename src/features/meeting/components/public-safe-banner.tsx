import { useCorpusParagraphs } from '@/api/dashboard-data'
import { useFilterStore } from '@/lib/filter-store'
import { describeHiddenParagraphs } from '@/domain/selectors/describe-view'

/** Under the header on every route while public-safe is on; a live region, so turning it on is announced. */
export function PublicSafeBanner() {
  const publicSafe = useFilterStore((s) => s.filters.publicSafe)
  const paragraphs = useCorpusParagraphs(publicSafe)
  return (
    <div role="status" className="public-safe-banner-region">
      {publicSafe && (
        <p className="public-safe-banner">
          <strong>Public-safe view:</strong> {describeHiddenParagraphs(paragraphs)} and everything resting only on them are hidden.
        </p>
      )}
    </div>
  )
}
