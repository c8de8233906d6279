import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { listResources } from '@/contract/endpoints'
import { apiClientSettings } from '@/lib/api-client'
import { renderApp } from '@/testing/render-app'
import { failing, type FailureKind } from '../../../../mocks/failures'
import { server } from '../../../../mocks/node'

describe('overview', () => {
  it('lists every venue of the cable with its counts, and the cable header', async () => {
    renderApp('/')
    const venues = await screen.findByRole('region', { name: 'Venues' })
    const items = await within(venues).findAllByRole('listitem')
    expect(items.length).toBeGreaterThanOrEqual(4)
    expect(within(venues).getByRole('heading', { name: /Beijing Copyright Bureau/ })).toBeInTheDocument()
    expect(within(venues).getByRole('heading', { name: /Chaoyang/ })).toBeInTheDocument()
    const cable = screen.getByRole('region', { name: 'Source cable' })
    expect(await within(cable).findByText('07BEIJING2566')).toBeInTheDocument()
    expect(within(cable).getByText('18 April 2007, 06:44 UTC')).toBeInTheDocument()
    expect(within(cable).getByText(/USTR CONCLUDES PROVINCIAL IPR REVIEW IN BEIJING/i)).toBeInTheDocument()
  })

  describe('when the venues cannot be loaded', () => {
    const original = apiClientSettings.timeoutMs
    afterEach(() => {
      apiClientSettings.timeoutMs = original
    })

    const cases: [FailureKind, RegExp][] = [
      ['server-error', /server had a problem.*500/is],
      ['network', /could not reach the server/i],
      ['timeout', /took too long/i],
      ['malformed-json', /not JSON/i],
      ['invalid-data', /does not match the expected shape/i],
    ]
    it.each(cases)('a %s shows a clear message in that panel and a retry that recovers', async (kind, message) => {
      apiClientSettings.timeoutMs = 200
      server.use(failing(listResources.venues.path, kind, { once: true }))
      const { user } = renderApp('/')
      const venues = screen.getByRole('region', { name: 'Venues' })
      const alert = await within(venues).findByRole('alert')
      expect(alert).toHaveTextContent(/could not load the venues/i)
      expect(alert).toHaveTextContent(message)
      // The rest of the page keeps working.
      expect(await within(screen.getByRole('region', { name: 'Source cable' })).findByText('07BEIJING2566')).toBeInTheDocument()

      await user.click(within(alert).getByRole('button', { name: /retry loading the venues/i }))
      expect(await within(venues).findByRole('heading', { name: /Beijing Copyright Bureau/ })).toBeInTheDocument()
      expect(within(venues).queryByRole('alert')).not.toBeInTheDocument()
    })
  })

  it('shows an empty state when the cable reports no venues', async () => {
    const { http, HttpResponse } = await import('msw')
    server.use(http.get(`*${listResources.venues.path}`, () => HttpResponse.json([])))
    renderApp('/')
    expect(await screen.findByText('The cable reports no meetings.')).toBeInTheDocument()
  })

  it('shows a way back on an unknown address', async () => {
    const { user } = renderApp('/no/such/page')
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Go to the overview' }))
    expect(await screen.findByRole('region', { name: 'Venues' })).toBeInTheDocument()
  })
})
