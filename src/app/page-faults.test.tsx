/**
 * The fault matrix beyond the dashboard (see dashboard-faults.test.tsx): for each API file
 * that fails, the venue page, the reader and the slides say which part is missing, where it
 * would be, with a retry that recovers, and never show the gap as a fact.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cableListResource, cablePath, listResources } from '@/contract/endpoints'
import { apiClientSettings } from '@/lib/api-client'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { findRetryButton } from '@/testing/retry-button'
import { coreResources, failing, heldOnce, optionalResources } from '../../mocks/failures'
import { server } from '../../mocks/node'

const CABLE = '07BEIJING2566'
const core = coreResources
const optional = optionalResources

const original = apiClientSettings.timeoutMs
let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  resetFilterStore()
  Element.prototype.scrollIntoView ??= () => {}
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  apiClientSettings.timeoutMs = original
})
/** No uncaught errors or React error logs while failing and recovering. */
const expectNoConsoleErrors = () => expect(consoleError).not.toHaveBeenCalled()

/** The alert whose text matches, once it is there. */
const alertNamed = (text: RegExp) =>
  waitFor(() => {
    const alert = screen.queryAllByRole('alert').find((a) => text.test(a.textContent ?? ''))
    if (!alert) throw new Error(`no alert saying ${text}`)
    return alert
  })
const noAlertLeft = () => waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())

const venueHeading = () => screen.findByRole('heading', { level: 1, name: 'Chaoyang District government' })
const readerTitle = () => screen.findByRole('heading', { level: 1, name: /USTR concludes provincial IPR review/i })
const slide = (n = 1) => screen.findByRole('region', { name: new RegExp(`^Slide ${n} of \\d+:`) })

describe('venue page', () => {
  it.each(core)('%s failing: the venue says so with a retry that recovers', async (_name, path) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/venues/chaoyang')
    await user.click(await findRetryButton(await alertNamed(/could not load the venue/i)))
    expect(await venueHeading()).toBeInTheDocument()
    expectNoConsoleErrors()
  })

  it('venues failing while the issues are still on their way: Retry can be pressed at once and recovers', async () => {
    // Under load the other files arrive after the failure; the Retry of the venues must not wait for them.
    const issues = heldOnce(listResources.issues.path)
    server.use(failing(listResources.venues.path, 'server-error', { once: true }), issues.handler)
    const { user } = renderApp('/venues/chaoyang')
    const alert = await alertNamed(/could not load the venue/i)
    // The way back does not wait on the data.
    expect(screen.getByRole('link', { name: '← Back to the dashboard' })).toHaveAttribute('href', '/')
    expect(within(alert).getByRole('button', { name: 'Retry loading the venue' })).toBeEnabled()
    await user.click(within(alert).getByRole('button', { name: 'Retry loading the venue' }))
    issues.release()
    expect(await venueHeading()).toBeInTheDocument()
  })

  it.each(optional)('%s failing: the venue and its issues still show, with an alert and a Retry that recovers', async (_name, path, message) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/venues/chaoyang')
    expect(await venueHeading()).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang' })).toBeInTheDocument()
    await user.click(await findRetryButton(await alertNamed(message)))
    await noAlertLeft()
    expectNoConsoleErrors()
  })

  it.each([
    ['positions', listResources.positions.path, 'Issues and positions'],
    ['figures', listResources.figures.path, 'Figures'],
    ['events', listResources.events.path, 'Events'],
  ] as const)('%s failing: the alert stands in the section where they would be', async (name, path, section) => {
    server.use(failing(path, 'server-error'))
    renderApp('/venues/chaoyang')
    const alert = await alertNamed(new RegExp(`could not load the ${name}`, 'i'))
    expect(within(screen.getByRole('region', { name: section })).getByRole('alert')).toBe(alert)
  })

  it('positions failing: no column claims "No position recorded"; Retry brings the sides back', async () => {
    server.use(failing(listResources.positions.path, 'server-error', { once: true }))
    const { user } = renderApp('/venues/chaoyang')
    const alert = await alertNamed(/could not load the positions/i)
    expect(screen.queryByText(/No position recorded/)).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 4, name: /United States/ })).not.toBeInTheDocument()
    await user.click(await findRetryButton(alert))
    expect((await screen.findAllByRole('heading', { level: 4, name: /United States/ })).length).toBeGreaterThan(0)
  })

  it('figures failing: Retry brings the disputed Silk Street figure back', async () => {
    server.use(failing(listResources.figures.path, 'server-error', { once: true }))
    const { user } = renderApp('/venues/chaoyang')
    await user.click(await findRetryButton(await alertNamed(/could not load the figures/i)))
    // The alert's region stays, reading "Retrying…", until the figures replace it.
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Figures' })).getByText(/80–90%/)).toBeInTheDocument(), { timeout: 15_000 })
  })
})

describe('reader', () => {
  it.each([
    ['the list of cables', cableListResource.path, /could not load the list of cables/i],
    ['the cable itself', cablePath(CABLE), /could not load cable 07BEIJING2566/i],
  ] as const)('%s failing: there is nothing to read, so the page says so, and Retry recovers', async (_name, path, message) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp(`/reader/${CABLE}`)
    const alert = await alertNamed(message)
    // The way back does not wait on the data.
    expect(screen.getByRole('link', { name: '← Back to the dashboard' })).toHaveAttribute('href', '/')
    await user.click(await findRetryButton(alert))
    expect(await readerTitle()).toBeInTheDocument()
    expectNoConsoleErrors()
  })

  it.each([
    ...core.map(([name, path]) => [name, path, /could not load what cites the cable/i] as const),
    ...optional.filter(([name]) => name !== 'cable'),
  ])('%s failing: the text is still there, an alert says its links are missing, and Retry recovers', async (_name, path, message) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp(`/reader/${CABLE}`)
    expect(await readerTitle()).toBeInTheDocument()
    expect(screen.getByRole('article', { name: 'Paragraph 11' })).toBeInTheDocument()
    const alert = await alertNamed(message)
    // What is missing is said in the alert, not crammed into the button's name.
    expect(alert).toHaveTextContent(/links from .* to its paragraphs are missing|links to the paragraphs are missing/i)
    expect(within(alert).getByRole('button', { name: /^Retry loading (what cites the cable|the \w+( \w+)?)$/ })).toBeInTheDocument()
    await user.click(await findRetryButton(alert))
    await noAlertLeft()
    expectNoConsoleErrors()
  })
})

describe('presentation', () => {
  it.each(core)('%s failing: an error instead of slides, with a retry that recovers', async (_name, path) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/present?slide=1')
    const alert = await alertNamed(/could not load the slides/i)
    expect(screen.queryByRole('region', { name: /^Slide/ })).not.toBeInTheDocument()
    await user.click(await findRetryButton(alert))
    expect(await slide()).toBeInTheDocument()
    expectNoConsoleErrors()
  })

  it.each([
    ['positions', listResources.positions.path, 'the positions'],
    ['figures', listResources.figures.path, 'the figures'],
    ['events', listResources.events.path, 'the events'],
    ['people', listResources.people.path, 'the people'],
    ['cable', cablePath(CABLE), 'the cable texts'],
  ] as const)('%s failing: no deck, a notice saying what is missing, and Retry brings the full deck', async (_name, path, what) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/present?slide=1')
    const notice = await screen.findByRole('heading', { level: 1, name: `⚠ The slides are not ready: ${what} did not load` })
    await waitFor(() => expect(notice).toHaveFocus())
    expect(screen.queryByRole('region', { name: /^Slide/ })).not.toBeInTheDocument()
    expect(screen.queryByText(/\b0 (positions|figures|events)\b/)).not.toBeInTheDocument()
    await user.click(await findRetryButton(screen.getByRole('alert')))
    const title = await slide()
    expect(title).toHaveTextContent(/\d+ positions · \d+ figures · \d+ events/)
    expect(title).not.toHaveTextContent(/not loaded/i)
    expectNoConsoleErrors()
  })

  it('the presenter may go on without the positions: every affected slide says "not loaded", none says "No position recorded" or counts them', async () => {
    server.use(failing(listResources.positions.path, 'server-error'))
    const { user } = renderApp('/present?slide=1')
    await user.click(await screen.findByRole('button', { name: 'Present without the positions' }))
    const title = await slide(1)
    expect(title).toHaveTextContent(/positions not loaded/)
    expect(title).not.toHaveTextContent(/\b0 positions\b/)
    const total = Number(/of (\d+)/.exec(title.getAttribute('aria-label') ?? '')?.[1])
    const texts: string[] = []
    for (let n = 1; n <= total; n++) {
      texts.push((await slide(n)).textContent ?? '')
      await user.keyboard('{ArrowRight}')
    }
    expect(texts.filter((t) => /No position recorded/.test(t))).toEqual([])
    // Each venue slide with issues, and the chart that would count positions by who says them, say so instead.
    expect(texts.filter((t) => /Not loaded\. The positions did not load/.test(t)).length).toBeGreaterThan(4)
    expect(texts.some((t) => t.startsWith('Positions at each venue, by who says them: not loaded'))).toBe(true)
    expectNoConsoleErrors()
  })
})
