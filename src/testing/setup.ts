import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from '../../mocks/node'

// findBy*/waitFor wait for what a person waits for, and end as soon as it is there. On the busy
// two-core machine a step that takes 1 s when idle was seen to take 10 s: a slow machine, not a bug.
configure({ asyncUtilTimeout: 15_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

// A React warning or a console.error is something a user's console would show: it fails the test
// (a duplicate key, an act() warning, an uncaught render error). A test that provokes one on purpose
// says so with allowConsoleErrors().
let consoleProblems: string[] = []
let allowed = false
export const allowConsoleErrors = () => {
  allowed = true
}
beforeEach(() => {
  consoleProblems = []
  allowed = false
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ').slice(0, 300)}`)
      original(...args)
    })
  }
})
afterEach(() => {
  const problems = consoleProblems
  consoleProblems = []
  if (!allowed && problems.length > 0) throw new Error(`The test logged ${problems.length} console problem(s):\n${problems.join('\n')}`)
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())
