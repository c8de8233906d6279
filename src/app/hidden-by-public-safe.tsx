import { useMemo } from 'react'
import type { DashboardViewData } from '@/api/dashboard-data'
import type { DashboardFilters } from '@/domain/selectors/filter-dashboard'
import { buildView } from '@/domain/selectors/view'

/**
 * Why a public-safe view is empty where the full view is not: filtered to 07GUANGZHOU376, every paragraph
 * of which is SBU, it said only "No issues match these filters". Built only for the empty state.
 */
export default function HiddenByPublicSafe({ data, filters }: { data: DashboardViewData; filters: DashboardFilters }) {
  const inFullView = useMemo(() => buildView(data, { ...filters, publicSafe: false }).filtered.issues.length, [data, filters])
  if (inFullView === 0) return null
  return <p>The public-safe view hides {inFullView === 1 ? 'the one issue' : `all ${inFullView} issues`} these filters match in the full view: {inFullView === 1 ? 'it rests' : 'they rest'} only on paragraphs not marked U.</p>
}
