import type { CableSummary } from '@/contract/schemas'
import type { ViewNames } from '@/domain/selectors/describe-view'
import type { CorpusParagraph, DashboardFilters, FilteredDashboard } from '@/domain/selectors/filter-dashboard'
import { lazy, memo, Suspense } from 'react'
import { usePrerendered } from '@/lib/prerendered'

// Its code arrives once the page has hydrated, as the cover itself does: the first load carries none of it.
const PrintCoverSheet = lazy(() => import('./print-cover-sheet'))

export interface PrintCoverProps {
  /** The cables the view draws on, in the corpus's order. */
  cables: readonly CableSummary[]
  filters: DashboardFilters
  filtered: FilteredDashboard
  names: ViewNames
  /** Every cable's paragraphs (unredacted), to name what public-safe hides. */
  paragraphs: readonly CorpusParagraph[]
}

/**
 * The handout's first page, printed only: what this is, which view, how safe, and the link back to it.
 * Memoised and fed the deferred view: a filter click's urgent render leaves it alone.
 */
export const PrintCover = memo(function PrintCover(props: PrintCoverProps) {
  // Printed only, and it names the page's full address, which the prerender cannot know: it joins after hydration.
  return usePrerendered() ? null : (
    <Suspense fallback={null}>
      <PrintCoverSheet {...props} />
    </Suspense>
  )
})
