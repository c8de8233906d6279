import { render } from '@testing-library/react'
import { expect, it } from 'vitest'
import { allowConsoleErrors } from './setup'

it('sees a React warning (a duplicate key) that the setup then fails the test for, unless allowed', () => {
  render(
    <ul>
      {['same', 'same'].map((key) => (
        <li key={key}>{key}</li>
      ))}
    </ul>,
  )
  const logged = (console.error as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '))
  expect(logged.some((line) => line.includes('same key'))).toBe(true)
  // Without this line the setup's afterEach throws "The test logged 1 console problem(s)".
  allowConsoleErrors()
})
