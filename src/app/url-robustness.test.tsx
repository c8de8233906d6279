import { screen } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'

const keys = ['cable', 'place', 'org', 'topic', 'venue', 'side', 'marking', 'q', 'safe', 'slide', 'junk', '']
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('mofcom', 'bcb,moe', 'US', 'China,other', 'U', 'SBU', '1', '0', '%', '%E0%A4%A', '<script>', ',,,', 'a'.repeat(300)),
)
const queryString = fc
  // Whether each value goes raw (unencoded) is drawn by fast-check too, so a failure replays from its seed.
  .array(fc.tuple(fc.constantFrom(...keys), value, fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v : encodeURIComponent(v)}`).join('&'))

describe('any address opens a page', () => {
  it('random query strings never crash the dashboard: it shows cards or the empty state', async () => {
    const consoleError = vi.spyOn(console, 'error')
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        window.history.replaceState(null, '', `/?${qs}`)
        resetFilterStore()
        const { unmount } = renderApp(`/?${qs}`)
        await screen.findByRole('heading', { name: /Venues and their issues|No issues match these filters/ })
        expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument()
        unmount()
      }),
      { numRuns: 25 },
    )
    expect(consoleError).not.toHaveBeenCalled()
  }, 180_000)

  const longQuery = `q=${'a'.repeat(100_000)}&org=${'x,'.repeat(20_000)}`
  const venue = ['heading', /Beijing Copyright Bureau/] as const
  const cards = ['heading', /Venues and their issues|No issues match these filters/] as const
  const reader = ['heading', /USTR concludes provincial IPR review/i] as const
  const slide = ['region', /^Slide 1 of/] as const
  it.each([
    ['/venues/bcb#issue-%', '/venues/bcb#issue-%', venue],
    ['/venues/bcb#issue-%E0%A4%A', '/venues/bcb#issue-%E0%A4%A', venue],
    ['/venues/bcb#%', '/venues/bcb#%', venue],
    ['/venues/bcb?(100 kB query)#issue-%', `/venues/bcb?${longQuery}#issue-%`, venue],
    ['/#%', '/#%', cards],
    ['/?org=%', '/?org=%', cards],
    ['/?org=%E0%A4%A&q=%&topic=%%', '/?org=%E0%A4%A&q=%&topic=%%', cards],
    ['/?(100 kB query)', `/?${longQuery}`, cards],
    ['/reader/07BEIJING2566#%', '/reader/07BEIJING2566#%', reader],
    ['/reader/07BEIJING2566#p3&hl=%E0%A4%A', '/reader/07BEIJING2566#p3&hl=%E0%A4%A', reader],
    ['/present#%', '/present#%', slide],
    ['/present?(100 kB query)&slide=%', `/present?${longQuery}&slide=%`, slide],
  ] as const)('a hostile address %s still opens its page, without an error', async (_label, path, [role, name]) => {
    const consoleError = vi.spyOn(console, 'error')
    Element.prototype.scrollIntoView ??= () => {}
    resetFilterStore()
    renderApp(path)
    // The page's own content, after its data loaded and its effects (hash scrolling) ran.
    await screen.findByRole(role, { name })
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument()
    expect(consoleError).not.toHaveBeenCalled()
  })

  it.each(['/venues/%E0%A4%A', '/venues/no-such-venue', '/reader/%ZZ', '/venues/', '/reader/07BEIJING2566#p999', '/venues//x', '/a/b/c/d'])(
    '%s shows a clear page, not a crash',
    async (path) => {
      window.history.replaceState(null, '', path)
      resetFilterStore()
      renderApp(path)
      await screen.findByRole('heading', { level: 1 })
      expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument()
    },
  )
})

/** Every "Remove filter …" chip that was ever in the page, even for one render: a MutationObserver sees each node added. */
function recordChips() {
  const seen = new Set<string>()
  const note = (node: Node) => {
    if (!(node instanceof Element)) return
    for (const el of [node, ...node.querySelectorAll('[aria-label^="Remove filter"]')]) {
      const label = el.getAttribute('aria-label')
      if (label?.startsWith('Remove filter')) seen.add(label)
    }
  }
  const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(note)))
  observer.observe(document.body, { childList: true, subtree: true })
  return { seen, stop: () => observer.disconnect() }
}

describe('a link naming what the data does not know', () => {
  it('drops unknown cable, place, agency and topic ids before the first render with data, names them, and corrects the URL in place', async () => {
    const path = '/?cable=07BEIJING2566,99NOWHERE1&place=beijing,atlantis&org=moe,no-such-org&topic=no-such-topic'
    const chips = recordChips()
    const historyLength = window.history.length
    renderApp(path)

    const notice = await screen.findByText(/were not understood and have been ignored/)
    expect(notice).toHaveTextContent('cable: 99NOWHERE1')
    expect(notice).toHaveTextContent('place: atlantis')
    expect(notice).toHaveTextContent('org: no-such-org')
    expect(notice).toHaveTextContent('topic: no-such-topic')
    expect(window.location.search).toBe('?cable=07BEIJING2566&place=beijing&org=moe')
    // Corrected, not added: Back still leaves the app rather than returning to the bad link.
    expect(window.history.length).toBe(historyLength)
    await screen.findByRole('button', { name: /^Remove filter Agency: / })
    chips.stop()
    // Not even one render showed a chip for an unknown id.
    expect([...chips.seen].filter((label) => /99NOWHERE1|atlantis|no-such/.test(label))).toEqual([])
    expect([...chips.seen]).toEqual(expect.arrayContaining(['Remove filter Cable: 07BEIJING2566', 'Remove filter Place: Beijing']))
  })

  it('an in-app move to a link with unknown ids, after the data loaded, is corrected the same way', async () => {
    const { user } = renderApp('/')
    await screen.findByRole('heading', { name: /Venues and their issues/ })
    const { navigate } = await import('@/lib/router')
    const { act } = await import('@testing-library/react')
    act(() => navigate('/?place=atlantis&cable=07GUANGZHOU376'))
    const notice = await screen.findByText(/were not understood and have been ignored/)
    expect(notice).toHaveTextContent('place: atlantis')
    expect(window.location.search).toBe('?cable=07GUANGZHOU376')
    expect(screen.queryByRole('button', { name: /Remove filter Place/ })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/were not understood/)).toBeNull()
    // Not back to the top of the document: the keyboard carries on from the main content, where the notice stood.
    expect(document.activeElement).toBe(screen.getByRole('main'))
  })
})
