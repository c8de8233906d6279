import { useEffect } from 'react'
import type { DashboardViewData } from '@/api/dashboard-data'
import { NO_MARKING } from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from '@/lib/filter-store'

/** A link may name an agency, topic or venue the data does not know: drop it and say so. */
export function useUnknownFilterIds(data: DashboardViewData) {
  const filters = useFilterStore((s) => s.filters)
  const update = useFilterStore((s) => s.update)
  const reportUnknown = useFilterStore((s) => s.reportUnknown)

  useEffect(() => {
    const known = {
      organizations: new Set(data.organizations.map((o) => o.id)),
      topics: new Set(data.topics.map((t) => t.id)),
      venues: new Set(data.venues.map((v) => v.id)),
      // Item markings too: the cable text may have failed to load while the issues did not.
      markings: new Set([...data.paragraphs.map((p) => p.marking), ...data.issues.flatMap((i) => i.markings)].map((m) => m ?? NO_MARKING)),
    }
    const labels = { organizations: 'org', topics: 'topic', venues: 'venue', markings: 'marking' } as const
    const change: Partial<Record<keyof typeof known, string[]>> = {}
    for (const field of Object.keys(known) as (keyof typeof known)[]) {
      const unknown = filters[field].filter((id) => !known[field].has(id))
      if (unknown.length === 0) continue
      reportUnknown(labels[field], unknown)
      change[field] = filters[field].filter((id) => known[field].has(id))
    }
    if (Object.keys(change).length > 0) update(change, { replace: true })
  }, [data, filters, update, reportUnknown])
}
