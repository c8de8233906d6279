import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../../mocks/dataset'
import { generateDataset } from '../../../../mocks/generate-large-dataset'
import { emptyFilters, filterDashboard, indexIssues } from '@/domain/selectors/filter-dashboard'
import { buildLookups } from '@/domain/selectors/lookups'
import { PrerenderedProvider } from '@/lib/prerendered'
import { heldFullRender, hydratePrerendered } from '@/testing/hydrate-prerendered'
import { VenueCardGrid } from './venue-card-grid'

/** More venues than a prerendered page holds cards for (30). */
const corpus = generateDataset(mockDataset(), { venues: 60, issues: 120, positionsPerIssue: 1, cables: 5 })
const data = { ...corpus, paragraphs: [] }
const filtered = filterDashboard(data, indexIssues(data), emptyFilters)
const lookups = buildLookups(corpus)

describe('the venue cards past those a prerendered page holds', () => {
  it('are left out of its HTML, which says they need JavaScript; once the page runs it says they are being added, then shows them all', async () => {
    const { beforeFullRender, showInFull } = heldFullRender()
    const grid = (
      <PrerenderedProvider hydrating beforeFullRender={beforeFullRender}>
        <VenueCardGrid filtered={filtered} lookups={lookups} query="" search="" />
      </PrerenderedProvider>
    )
    const venues = filtered.venues.length
    expect(venues).toBeGreaterThan(30)
    const { html, container, mismatches } = hydratePrerendered(grid)
    expect(html).toContain(`${venues - 30} more venues follow once the page has loaded (the rest need JavaScript).`)
    expect(await screen.findByText(`Adding ${venues - 30} more venues…`)).toBeInTheDocument()
    expect(screen.queryByText(/need JavaScript/)).not.toBeInTheDocument()
    // The HTML was taken over as it was: the words changed after hydration, not in it.
    expect(mismatches).toEqual([])

    showInFull()
    await waitFor(() => expect(container.querySelectorAll('.venue-grid > *')).toHaveLength(venues))
    expect(screen.queryByText(/more venues/)).not.toBeInTheDocument()
  })
})
