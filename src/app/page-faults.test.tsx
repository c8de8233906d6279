/**
 * The fault matrix beyond the dashboard (see dashboard-faults.test.tsx): for each API file
 * that fails, the venue page, the reader and the slides say which part is missing, where it
 * would be, with a retry that recovers, and never show the gap as a fact.
 */
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cableListResource, cablePath, listResources } from '@/contract/endpoints'
import { apiClientSettings } from '@/lib/api-client'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { failing } from '../../mocks/failures'
import { server } from '../../mocks/node'

const CABLE = '07BEIJING2566'
const core = [
  ['venues', listResources.venues.path],
  ['issues', listResources.issues.path],
  ['organizations', listResources.organizations.path],
  ['topics', listResources.topics.path],
] as const
/** Each optional file, and the name of the page region where its data would be on the venue page. */
const optional = [
  ['positions', listResources.positions.path, 'Issues and positions'],
  ['figures', listResources.figures.path, 'Figures'],
  ['events', listResources.events.path, 'Events'],
  ['people', listResources.people.path, null],
  ['cable', cablePath(CABLE), null],
] as const

const original = apiClientSettings.timeoutMs
let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  resetFilterStore()
  Element.prototype.scrollIntoView ??= () => {}
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  apiClientSettings.timeoutMs = original
  // No uncaught errors or React error logs while failing and recovering.
  expect(consoleError).not.toHaveBeenCalled()
})

/** The alert whose text matches, once it is there. */
const alertNamed = (text: RegExp) =>
  vi.waitFor(
    () => {
      const alert = screen.queryAllByRole('alert').find((a) => text.test(a.textContent ?? ''))
      if (!alert) throw new Error(`no alert saying ${text}`)
      return alert
    },
    { timeout: 5000 },
  )
const retryIn = (alert: HTMLElement) => within(alert).getByRole('button', { name: /retry/i })

describe('venue page', () => {
  const venueHeading = () => screen.findByRole('heading', { level: 1, name: 'Chaoyang District government' }, { timeout: 5000 })

  it.each(core)('%s failing: the venue says so with a retry that recovers', async (_name, path) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/venues/chaoyang')
    const alert = await alertNamed(/could not load the venue/i)
    await user.click(retryIn(alert))
    expect(await venueHeading()).toBeInTheDocument()
  })

  it.each(optional)('%s failing: the venue still shows, with the alert where that data would be, and Retry recovers', async (name, path, region) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/venues/chaoyang')
    expect(await venueHeading()).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Counterfeits at the Silk Street Market' })).toBeInTheDocument()
    const label = name === 'cable' ? /could not load the cable text/i : new RegExp(`could not load the ${name}`, 'i')
    const alert = await alertNamed(label)
    if (region) expect(within(screen.getByRole('region', { name: region })).getByRole('alert')).toBe(alert)
    // A gap is not a fact: with the positions missing no column says "No position recorded".
    if (name === 'positions') expect(screen.queryByText(/No position recorded/)).not.toBeInTheDocument()
    await user.click(retryIn(alert))
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    if (name === 'positions') expect(screen.getAllByRole('heading', { level: 4, name: /United States/ }).length).toBeGreaterThan(0)
    if (name === 'figures') expect(within(screen.getByRole('region', { name: 'Figures' })).getByText(/80–90%/)).toBeInTheDocument()
  })
})

describe('reader', () => {
  const title = () => screen.findByRole('heading', { level: 1, name: /USTR concludes provincial IPR review/i }, { timeout: 5000 })

  it.each([
    ['the list of cables', cableListResource.path, /could not load the list of cables/i],
    ['the cable itself', cablePath(CABLE), /could not load cable 07BEIJING2566/i],
  ] as const)('%s failing: there is nothing to read, so the page says so, and Retry recovers', async (_name, path, message) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp(`/reader/${CABLE}`)
    const alert = await alertNamed(message)
    await user.click(retryIn(alert))
    expect(await title()).toBeInTheDocument()
  })

  it.each([...core, ...optional.filter(([name]) => name !== 'cable')])(
    '%s failing: the text is still there, an alert says the links to it are missing, and Retry recovers',
    async (name, path) => {
      server.use(failing(path, 'server-error', { once: true }))
      const { user } = renderApp(`/reader/${CABLE}`)
      expect(await title()).toBeInTheDocument()
      expect(screen.getByRole('article', { name: 'Paragraph 11' })).toBeInTheDocument()
      const isCore = core.some(([n]) => n === name)
      const alert = await alertNamed(isCore ? /could not load what cites the cable/i : new RegExp(`could not load the ${name}`, 'i'))
      await user.click(retryIn(alert))
      await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    },
  )
})

describe('presentation', () => {
  const slide = (n = 1) => screen.findByRole('region', { name: new RegExp(`^Slide ${n} of \\d+:`) }, { timeout: 5000 })

  it.each(core)('%s failing: an error instead of slides, with a retry that recovers', async (_name, path) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/present?slide=1')
    const alert = await alertNamed(/could not load the slides/i)
    expect(screen.queryByRole('region', { name: /^Slide/ })).not.toBeInTheDocument()
    await user.click(retryIn(alert))
    expect(await slide()).toBeInTheDocument()
  })

  it.each(optional)('%s failing: no deck, a notice saying what is missing, and Retry brings the full deck', async (name, path) => {
    server.use(failing(path, 'server-error', { once: true }))
    const { user } = renderApp('/present?slide=1')
    const notice = await screen.findByRole('heading', { level: 1, name: new RegExp(`slides are not ready: the ${name === 'cable' ? 'cable text' : name} did not load`, 'i') }, { timeout: 5000 })
    expect(notice).toHaveFocus()
    expect(screen.queryByRole('region', { name: /^Slide/ })).not.toBeInTheDocument()
    expect(screen.queryByText(/\b0 (positions|figures|events)\b/)).not.toBeInTheDocument()
    await user.click(retryIn(screen.getByRole('alert')))
    const title = await slide()
    expect(title).toHaveTextContent(/\d+ positions · \d+ figures · \d+ events/)
    expect(title).not.toHaveTextContent(/not loaded/i)
  })

  it('the presenter may go on without the positions: every affected slide says "not loaded", none says "No position recorded" or counts them', async () => {
    server.use(failing(listResources.positions.path, 'server-error'))
    const { user } = renderApp('/present?slide=1')
    await user.click(await screen.findByRole('button', { name: 'Present without the positions' }, { timeout: 5000 }))
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
    const venueSlides = texts.filter((t) => /Issues? of this venue|Not loaded\. The positions/.test(t))
    expect(venueSlides.length).toBeGreaterThan(3)
    expect(texts.some((t) => /Positions by side and venue: not loaded/.test(t) || /Not loaded\. The positions did not load/.test(t))).toBe(true)
  })
})
