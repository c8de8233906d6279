import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Citation } from '@/contract/schemas'
import { createQueryClient } from '@/lib/query-client'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { server } from '../../mocks/node'
import { CitationLink } from './citation-link'

const citation: Citation = { cableId: '07BEIJING2566', paragraph: 11, quote: 'up to 80-90% of goods at Silk Street are counterfeits' }

/** ¶19 is marked SBU: the Embassy's comment, which the public-safe view hides. */
const sensitive: Citation = { cableId: '07BEIJING2566', paragraph: 19, quote: 'Emboffs have met with BCB dozens of times and have sponsored several joint programs together' }

function renderLink(path = '/', cited: Citation = citation) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <p>
        Figure <CitationLink citation={cited} /> <button type="button">Next</button>
      </p>
    </QueryClientProvider>,
  )
  return { user, link: screen.getByRole('link', { name: `Paragraph ${cited.paragraph} of ${cited.cableId}` }) }
}

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn<(options?: boolean | ScrollIntoViewOptions) => void>()
})

describe('CitationLink preview', () => {
  it('on hover shows the paragraph with the quoted words marked, described by the link', async () => {
    const { user, link } = renderLink()
    expect(screen.queryByRole('tooltip')).toBeNull()
    await user.hover(link)
    const preview = await screen.findByRole('tooltip')
    expect(preview).toHaveTextContent('07BEIJING2566 ¶11')
    expect(await within(preview).findByText(citation.quote, { selector: 'mark' })).toBeInTheDocument()
    expect(preview).toHaveTextContent('07BEIJING2566 ¶11 (U)')
    // A long paragraph shows the part around the quote, so the preview never needs scrolling.
    expect(preview).toHaveTextContent(/… .*USTR cited recent industry data showing that, in some categories, up to 80-90%/)
    expect(link).toHaveAttribute('aria-describedby', preview.id)
  })

  it('stays open while the pointer moves onto the preview, and closes when it leaves both', async () => {
    const { user, link } = renderLink()
    await user.hover(link)
    const preview = await screen.findByRole('tooltip')
    await user.hover(preview)
    expect(screen.getByRole('tooltip')).toBeInTheDocument()
    await user.unhover(preview)
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull())
  })

  it('on keyboard focus shows the preview without taking focus; Escape closes it; Tab moves on', async () => {
    const { user, link } = renderLink()
    await user.tab()
    expect(link).toHaveFocus()
    const preview = await screen.findByRole('tooltip')
    expect(await within(preview).findByText(citation.quote, { selector: 'mark' })).toBeInTheDocument()
    expect(link).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('tooltip')).toBeNull()
    expect(link).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus()
  })

  it('shows a line instead of the text when the cable cannot be loaded', async () => {
    server.use(http.get('*/api/v1/cables/07BEIJING2566.json', () => new HttpResponse(null, { status: 500 })))
    const { user, link } = renderLink()
    await user.hover(link)
    expect(await within(screen.getByRole('tooltip')).findByText(/could not load the paragraph/i)).toBeInTheDocument()
  })

  it('in the public-safe view keeps the filters in its link', () => {
    const { link } = renderLink('/?safe=1')
    expect(link).toHaveAttribute('href', `/reader/07BEIJING2566?safe=1#p11&hl=${encodeURIComponent(citation.quote)}`)
  })

  it('in the public-safe view never previews a word of an SBU paragraph, and says why', async () => {
    const { user, link } = renderLink('/?safe=1', sensitive)
    await user.hover(link)
    const preview = await screen.findByRole('tooltip')
    expect(await within(preview).findByText('This paragraph is hidden in the public-safe view.')).toBeInTheDocument()
    expect(preview).toHaveTextContent('07BEIJING2566 ¶19 (SBU)')
    expect(preview).not.toHaveTextContent(/Emboffs|BCB|WTO fallout|joint programs/)
    expect(within(preview).queryByText(/./, { selector: 'mark' })).toBeNull()
  })

  it('outside the public-safe view previews that SBU paragraph like any other', async () => {
    const { user, link } = renderLink('/', sensitive)
    await user.hover(link)
    const preview = await screen.findByRole('tooltip')
    expect(await within(preview).findByText(sensitive.quote, { selector: 'mark' })).toBeInTheDocument()
    expect(preview).toHaveTextContent('07BEIJING2566 ¶19 (SBU)')
    expect(preview).not.toHaveTextContent('hidden in the public-safe view')
  })
})

describe('following a citation', () => {
  it.each(['click', 'Enter'])('opens the reader at the paragraph with the quote marked (%s)', async (how) => {
    const { user } = renderApp('/venues/chaoyang')
    resetFilterStore()
    const figures = await screen.findByRole('region', { name: 'Figures' })
    const link = within(figures).getAllByRole('link', { name: 'Paragraph 11 of 07BEIJING2566' })[0]!
    if (how === 'click') await user.click(link)
    else {
      link.focus()
      await user.keyboard('{Enter}')
    }
    const p11 = await screen.findByRole('article', { name: 'Paragraph 11' })
    expect(window.location.pathname).toBe('/reader/07BEIJING2566')
    expect(p11).toHaveAttribute('aria-current', 'location')
    expect(within(p11).getByText(/up to 80-90% of goods at Silk Street are counterfeits/, { selector: 'mark' })).toBeInTheDocument()
  })
})
