import { act, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { server } from '../../mocks/node'

/** Every API path the app asked for, in order (MSW's request log). */
let requested: string[] = []
const log = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname)
beforeEach(() => {
  requested = []
  server.events.on('request:start', log)
})
afterEach(() => server.events.removeListener('request:start', log))

const CABLE_JSON = '/api/v1/cables/07GUANGZHOU376.json'

async function openCableIndex() {
  const app = renderApp('/reader')
  const link = await screen.findByRole('link', { name: '07GUANGZHOU376' })
  // The list alone is loaded: no cable's text yet.
  expect(requested).not.toContain(CABLE_JSON)
  return { ...app, link }
}

describe('links get their page ready before the click', () => {
  it('pointing at a reader link fetches that cable before it is clicked', async () => {
    const { user, link } = await openCableIndex()
    await user.hover(link)
    await waitFor(() => expect(requested).toContain(CABLE_JSON))
    expect(window.location.pathname).toBe('/reader')

    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: /Guangzhou|South China/i })).toBeInTheDocument()
    // The click found the text in the cache: it was fetched once.
    expect(requested.filter((path) => path === CABLE_JSON)).toHaveLength(1)
  })

  it('focusing a reader link (keyboard) fetches that cable too', async () => {
    const { link } = await openCableIndex()
    act(() => link.focus())
    await waitFor(() => expect(requested).toContain(CABLE_JSON))
    expect(window.location.pathname).toBe('/reader')
  })
})
