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
