import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from '../../mocks/node'

// findBy*/waitFor wait for what a person waits for, and end as soon as it is there. On the busy
// two-core machine a step that takes 1 s when idle was seen to take 10 s: a slow machine, not a bug.
configure({ asyncUtilTimeout: 15_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())
