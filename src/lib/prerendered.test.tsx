import { act, render, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PrerenderedProvider, useRenderedInFull, useRenderedInSteps } from './prerendered'

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

/** Shows how many of `total` items it renders, and logs each count it commits. */
function Stepped({ total, commits }: { total: number; commits: number[] }) {
  const shown = useRenderedInSteps(total, 2, 2)
  useEffect(() => void commits.push(shown), [shown, commits])
  return <p>{`${shown} of ${total}`}</p>
}

/** Renders Stepped as the render that hydrates a prerendered page; returns the counts it commits. */
function renderStepped(total: number): number[] {
  const commits: number[] = []
  render(
    <PrerenderedProvider hydrating>
      <Stepped total={total} commits={commits} />
    </PrerenderedProvider>,
  )
  return commits
}

describe('a long list renders in steps after hydration', () => {
  it('holds the first items in the prerender', () => {
    const html = renderToString(
      <PrerenderedProvider hydrating>
        <Stepped total={7} commits={[]} />
      </PrerenderedProvider>,
    )
    expect(html).toContain('2 of 7')
  })

  it('adds the rest a few at a time, each step a commit of its own, until all are shown', async () => {
    const commits = renderStepped(7)
    expect(await screen.findByText('7 of 7')).toBeInTheDocument()
    // All at once, the commits would be [2, 7].
    expect(commits).toEqual([2, 4, 6, 7])
  })

  it('shows a list no longer than its first items whole, with no steps', async () => {
    const commits = renderStepped(1)
    await act(async () => {})
    expect(screen.getByText('1 of 1')).toBeInTheDocument()
    expect(commits).toEqual([1])
  })
})
