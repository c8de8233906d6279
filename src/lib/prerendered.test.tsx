import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PrerenderedProvider, useRenderedInFull } from './prerendered'

function Shows() {
  return <p>{useRenderedInFull() ? 'in full' : 'first screen'}</p>
}

/** A promise and the means to settle it from the test. */
function pending() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('a hydrated page renders in full', () => {
  it('right after hydrating, when nothing has to be built first', async () => {
    render(
      <PrerenderedProvider hydrating>
        <Shows />
      </PrerenderedProvider>,
    )
    expect(await screen.findByText('in full')).toBeInTheDocument()
  })

  it('once what only the full render shows is built, not before', async () => {
    const build = pending()
    let asked = 0
    render(
      <PrerenderedProvider hydrating beforeFullRender={() => (asked++, build.promise)}>
        <Shows />
      </PrerenderedProvider>,
    )
    await act(async () => {})
    expect(asked).toBe(1)
    expect(screen.getByText('first screen')).toBeInTheDocument()
    await act(async () => build.resolve())
    expect(await screen.findByText('in full')).toBeInTheDocument()
  })

  it('even when building it ahead failed: the render builds what it needs itself', async () => {
    const build = pending()
    render(
      <PrerenderedProvider hydrating beforeFullRender={() => build.promise}>
        <Shows />
      </PrerenderedProvider>,
    )
    await act(async () => build.reject(new Error('no head start')))
    expect(await screen.findByText('in full')).toBeInTheDocument()
  })

  it('at once, without building anything, when the page was not prerendered', async () => {
    let asked = 0
    render(
      <PrerenderedProvider hydrating={false} beforeFullRender={async () => void asked++}>
        <Shows />
      </PrerenderedProvider>,
    )
    expect(screen.getByText('in full')).toBeInTheDocument()
    await act(async () => {})
    expect(asked).toBe(0)
  })
})
