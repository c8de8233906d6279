import { Profiler } from 'react'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as dashboardData from '@/api/dashboard-data'
import { resetFilterStore } from '@/lib/filter-store'
import { createQueryClient } from '@/lib/query-client'
import * as urlState from '@/lib/url-state'
import { App } from './app'

// Count, without changing them, how often the page's data hook runs (once per render of the page) and how often the URL is parsed.
vi.mock('@/api/dashboard-data', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/api/dashboard-data')>()
  return { ...actual, useDashboardResources: vi.fn<typeof actual.useDashboardResources>(actual.useDashboardResources) }
})
vi.mock('@/lib/url-state', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/url-state')>()
  return { ...actual, parseView: vi.fn<typeof actual.parseView>(actual.parseView) }
})

// Recharts re-measures itself in extra commits of its own whenever its data changes: a stand-in keeps
// the count about the page's pipeline, which is what this test is for.
vi.mock('@/features/charts/components/charts-section', () => ({ default: () => <p>(charts)</p> }))

const cardTitles = async () =>
  within(await screen.findByRole('region', { name: 'Venues and their issues' }))
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading', { level: 3 }).textContent)

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  resetFilterStore()
})

describe('a filter click', () => {
  it('writes the store and the URL in one step: one history entry, no re-read of the URL, the page above the dashboard not rendered again', async () => {
    const commits: string[] = []
    const user = userEvent.setup()
    render(
      <Profiler id="app" onRender={(_id, phase) => commits.push(phase)}>
        <App queryClient={createQueryClient({ retry: false })} />
      </Profiler>,
    )
    const before = await cardTitles()
    // Let the page settle first (the charts' lazy chunk lands on its own schedule on a busy machine),
    // so the commits counted below are the click's and nothing else's.
    await screen.findByText('(charts)')
    const mofcom = within(screen.getByRole('region', { name: 'Filters' })).getByRole('checkbox', { name: /^MOFCOM/ })
    await user.hover(mofcom)
    commits.length = 0
    vi.mocked(dashboardData.useDashboardResources).mockClear()
    vi.mocked(urlState.parseView).mockClear()
    const historyLength = window.history.length

    await user.click(mofcom)
    await waitFor(async () => expect(await cardTitles()).toEqual(['Ministry of Commerce (MOFCOM)', 'Embassy comment']))

    expect(before.length).toBeGreaterThan(2)
    expect(window.location.search).toBe('?org=mofcom')
    expect(window.history.length).toBe(historyLength + 1)
    // The store knows what it wrote: the URL is not parsed back.
    expect(urlState.parseView).not.toHaveBeenCalled()
    // A search-only change does not re-render the route: the page (and its data hook) stay as they are.
    expect(dashboardData.useDashboardResources).not.toHaveBeenCalled()
    // The click's own commit (the checkbox), then the deferred view: nothing in between or after.
    expect(commits.length).toBeLessThanOrEqual(2)
  })

  it('back and forward still read the filters from the URL', async () => {
    const user = userEvent.setup()
    render(<App queryClient={createQueryClient({ retry: false })} />)
    const all = await cardTitles()
    await user.click(within(screen.getByRole('region', { name: 'Filters' })).getByRole('checkbox', { name: /^MOFCOM/ }))
    await waitFor(async () => expect(await cardTitles()).toEqual(['Ministry of Commerce (MOFCOM)', 'Embassy comment']))

    window.history.back()
    await waitFor(async () => expect(await cardTitles()).toEqual(all))
    expect(within(screen.getByRole('region', { name: 'Filters' })).getByRole('checkbox', { name: /^MOFCOM/ })).not.toBeChecked()
    window.history.forward()
    await waitFor(async () => expect(await cardTitles()).toEqual(['Ministry of Commerce (MOFCOM)', 'Embassy comment']))
  })
})
