import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listResources } from '@/contract/endpoints'
import { apiClientSettings } from '@/lib/api-client'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { findRetryButton } from '@/testing/retry-button'
import { coreResources, failing, failureKinds, heldOnce, optionalResources } from '../../mocks/failures'
import { mockDataset } from '../../mocks/dataset'
import { server } from '../../mocks/node'

/** The series overview, asked for afresh: it is drawn again once the data arrives, not kept from its loading state. */
const series = () => screen.getByRole('region', { name: /The review series/ })
const cards = async () => within(await screen.findByRole('region', { name: 'Venues and their issues' })).findAllByRole('article')

const core = coreResources
const optional = optionalResources

const original = apiClientSettings.timeoutMs
let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  resetFilterStore()
  apiClientSettings.timeoutMs = 150
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  apiClientSettings.timeoutMs = original
})

describe.each(failureKinds)('dashboard when a resource fails with %s', (kind) => {
  it.each(core)('%s: the dashboard panel says so with a retry that recovers; the list of cables keeps working', async (_name, path) => {
    server.use(failing(path, kind, { once: true }))
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not load the dashboard data/i)
    expect(await within(await screen.findByRole('region', { name: /The review series/ })).findByText('07BEIJING2566')).toBeInTheDocument()
    await user.click(await findRetryButton(alert))
    expect((await cards()).length).toBe(mockDataset().venues.length)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    // No uncaught errors or React error logs while failing and recovering.
    expect(consoleError).not.toHaveBeenCalled()
  })

  it.each(optional)('%s: its own message and retry, while the cards and filters keep working', async (_name, path, message) => {
    server.use(failing(path, kind, { once: true }))
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(message)
    expect((await cards()).length).toBe(mockDataset().venues.length)
    // Clicks the words a person clicks. Naming every one of the panel's 160 checkboxes by role took
    // 12–22 s under load and ran this test past its time limit; the filters' own tests check their roles.
    await user.click(within(screen.getByRole('region', { name: 'Filters' })).getByText(/^MOE\b/, { selector: 'label > span' }))
    expect((await cards()).length).toBe(1)

    await user.click(await findRetryButton(alert))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(consoleError).not.toHaveBeenCalled()
  })
})

describe('dashboard when positions fail', () => {
  it('says positions are not loaded on every card and in place of the positions chart, never a count of none', async () => {
    server.use(failing(listResources.positions.path, 'server-error'))
    renderApp('/#figure-silk-street-counterfeit-share')
    await screen.findByRole('alert')
    expect((await cards()).length).toBe(mockDataset().venues.length)
    for (const card of await cards()) expect(within(card).getByText('⚠ Positions not loaded')).toBeInTheDocument()
    expect(screen.queryByText(/Positions in this view/)).not.toBeInTheDocument()
    const chart = await screen.findByRole('region', { name: 'Positions at each venue, by who says them' })
    expect(within(chart).getByText(/Not loaded: the positions did not load/)).toBeInTheDocument()
    expect(screen.queryByText(/positions recorded in this view/)).not.toBeInTheDocument()
  })
})

describe('dashboard retrying a resource that failed', () => {
  it('keeps the page, the alert ("Retrying…") and the focus on its button while it retries, then moves focus to the results', async () => {
    // The retry waits in the second handler until released.
    const retry = heldOnce(listResources.positions.path)
    server.use(failing(listResources.positions.path, 'server-error', { once: true }), retry.handler)
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not load the positions/i)
    await user.click(await findRetryButton(alert))
    // While the positions are fetched again: the alert says so, the cards stay, and focus stays where it was.
    const retrying = within(screen.getByRole('alert')).getByRole('button', { name: 'Retrying…' })
    expect(retrying).toHaveFocus()
    expect((await cards()).length).toBe(mockDataset().venues.length)
    retry.release()
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    // The button is gone with the alert: focus goes to the results it stood in, not to the top of the page.
    await waitFor(() => expect(document.getElementById('results')).toHaveFocus())
    expect(screen.getAllByText(/Positions in this view/).length).toBeGreaterThan(0)
  })
})

describe('dashboard after an outage', () => {
  it('one Retry of the dashboard data brings back what else failed with it', async () => {
    server.use(failing(listResources.issues.path, 'server-error', { once: true }), failing(listResources.figures.path, 'server-error', { once: true }))
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/could not load the dashboard data/i)
    await user.click(await findRetryButton(alert))
    expect((await cards()).length).toBe(mockDataset().venues.length)
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(await screen.findByText(/All \d+ figures and the timeline/)).not.toHaveTextContent('All 0 figures')
  })
})

describe('the first screen when figures fail, or nothing matches', () => {
  it('does not count the figures that did not load, nor offer to go to 0 venue cards or 0 figures', async () => {
    server.use(failing(listResources.figures.path, 'server-error'))
    const { unmount } = renderApp('/')
    expect(await screen.findByRole('link', { name: 'The timeline (the figures did not load)' })).toBeInTheDocument()
    expect(series()).not.toHaveTextContent(/All 0 figures/)
    unmount()
    server.resetHandlers()
    window.history.replaceState(null, '', '/?q=zzzz')
    resetFilterStore()
    renderApp('/?q=zzzz')
    expect(await screen.findByRole('link', { name: 'No venue card in this view' })).toHaveAttribute('href', '#venues')
    expect(series()).not.toHaveTextContent(/Go to the 0 venue cards/)
    expect(screen.getByRole('link', { name: 'The timeline (no figure in this view)' })).toHaveAttribute('href', '#charts')
    expect(series()).not.toHaveTextContent(/All 0 figures/)
  })
})
