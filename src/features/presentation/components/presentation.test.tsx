import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetFilterStore } from '@/lib/filter-store'
import { http, HttpResponse } from 'msw'
import { listResources } from '@/contract/endpoints'
import { renderApp } from '@/testing/render-app'
import { mockDataset } from '../../../../mocks/dataset'
import { server } from '../../../../mocks/node'

// The deck is a lazy chunk: on a busy machine it takes as long as it takes to arrive, like for a user.
const currentSlide = () => screen.findByRole('region', { name: /^Slide \d+ of \d+:/ }, { timeout: 15_000 })
const slideNumber = () => new URLSearchParams(window.location.search).get('slide')

async function openDeck(path: string) {
  window.history.replaceState(null, '', path)
  resetFilterStore()
  const app = renderApp(path)
  await currentSlide()
  return app
}

/** Steps from the first slide to the last, collecting each slide's accessible name and text. */
async function everySlide(user: ReturnType<typeof renderApp>['user']) {
  const total = Number(/of (\d+)/.exec((await currentSlide()).getAttribute('aria-label') ?? '')?.[1])
  const slides: { label: string; text: string }[] = []
  for (let n = 1; n <= total; n++) {
    const slide = await screen.findByRole('region', { name: new RegExp(`^Slide ${n} of ${total}:`) })
    slides.push({ label: slide.getAttribute('aria-label') ?? '', text: slide.textContent ?? '' })
    await user.keyboard('{ArrowRight}')
  }
  return slides
}

/** The text of the slide showing BCB's "Specialised IPR courts". */
const courtsSlide = (slides: { text: string }[]) => slides.find((s) => s.text.includes('Specialised IPR courts'))!.text

describe('presentation mode', () => {
  beforeEach(() => resetFilterStore())

  it('starts from the dashboard with the filters kept and focus on the first slide', async () => {
    window.history.replaceState(null, '', '/?org=mofcom')
    resetFilterStore()
    const { user } = renderApp('/?org=mofcom')
    await user.click(await screen.findByRole('button', { name: 'Present as slides' }))
    const slide = await currentSlide()
    expect(window.location.pathname).toBe('/present')
    expect(window.location.search).toBe('?org=mofcom&slide=1')
    expect(slide).toHaveAttribute('aria-roledescription', 'slide')
    // Focus moves in an effect, just after the slide appears.
    await waitFor(() => expect(slide).toHaveFocus())
    expect(within(slide).getAllByText(/Agency: MOFCOM/).length).toBeGreaterThan(0)
    // Full screen is not available in jsdom: the slides still show, and say so (once the request is refused).
    expect(await screen.findByText(/Full screen was not granted/)).toBeInTheDocument()
  })

  it('moves with arrows, Page Down, Space, Shift+Space, Home, End and number then Enter, the slide in the URL', async () => {
    const { user } = await openDeck('/present?org=mofcom&slide=1')
    const total = Number(/of (\d+)/.exec((await currentSlide()).getAttribute('aria-label') ?? '')?.[1])
    const steps: [string, string][] = [
      ['{ArrowRight}', '2'],
      ['{PageDown}', '3'],
      [' ', '4'],
      ['{Shift>} {/Shift}', '3'],
      ['{ArrowLeft}', '2'],
      ['{PageUp}', '1'],
      ['{End}', String(total)],
      ['{ArrowRight}', String(total)],
      ['{Home}', '1'],
      ['3{Enter}', '3'],
      ['99{Enter}', String(total)],
    ]
    for (const [keys, expected] of steps) {
      await user.keyboard(keys)
      await waitFor(() => expect([keys, slideNumber()]).toEqual([keys, expected]))
    }
    expect(window.location.search).toContain('org=mofcom')
    expect(screen.getByText(`Slide ${total} of ${total}: Sources cited in this deck`)).toHaveAttribute('aria-live', 'polite')
    expect(screen.getByRole('combobox', { name: `Slide ${total} of ${total}: go to slide` })).toHaveValue(String(total))
  })

  it('the position opens a list of every slide by part: choosing a venue goes to it, and a clicker still moves one slide', async () => {
    const { user } = await openDeck('/present?slide=1')
    const list = screen.getByRole('combobox', { name: /^Slide 1 of \d+: go to slide$/ })
    expect(within(list).getAllByRole('group').map((group) => group.getAttribute('label'))).toEqual(['Opening', 'Venues', 'Charts', 'Timeline', 'Sources'])
    const chaoyang = within(list).getByRole('option', { name: /^\d+\. Chaoyang District government(, 1 of \d+)?$/ }) as HTMLOptionElement
    await user.selectOptions(list, chaoyang)
    await waitFor(() => expect(slideNumber()).toBe(chaoyang.value))
    expect(await currentSlide()).toHaveAccessibleName(/Chaoyang District government/)
    expect(list).toHaveFocus()
    // Page Down on the list would jump a page of options; with the deck it is the next slide.
    await user.keyboard('{PageDown}')
    await waitFor(() => expect(slideNumber()).toBe(String(Number(chaoyang.value) + 1)))
    // Number then Enter still goes there, shown in the position's place while typed.
    expect(list).toHaveFocus()
    await user.keyboard('3')
    expect(screen.getByText('Go to 3 (Enter)')).toBeInTheDocument()
    expect(screen.getByText('Go to slide 3: press Enter.')).toHaveAttribute('aria-live', 'polite')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(slideNumber()).toBe('3'))
  })

  it('on-screen buttons move too', async () => {
    const { user } = await openDeck('/present?slide=2')
    await user.click(screen.getByRole('button', { name: /Next slide/ }))
    expect(slideNumber()).toBe('3')
    await user.click(screen.getByRole('button', { name: /Previous slide/ }))
    await user.click(screen.getByRole('button', { name: /Previous slide/ }))
    expect(slideNumber()).toBe('1')
  })

  it('number then Enter goes to that slide with focus left on the Next button by a click; Enter alone still presses it', async () => {
    const { user } = await openDeck('/present?slide=2')
    await user.click(screen.getByRole('button', { name: /Next slide/ }))
    expect(slideNumber()).toBe('3')
    expect(screen.getByRole('button', { name: /Next slide/ })).toHaveFocus()
    await user.keyboard('1')
    await user.keyboard('0')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(slideNumber()).toBe('10'))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(slideNumber()).toBe('11'))
  })

  it('a bad or too large slide number falls back instead of crashing', async () => {
    await openDeck('/present?safe=1&slide=abc')
    expect(await currentSlide()).toHaveAccessibleName(/^Slide 1 of/)
    await waitFor(() => expect(window.location.search).toBe('?safe=1&slide=1'))
  })

  it('drops an agency the data does not know and says so, as the dashboard does: not a deck of "0 cables"', async () => {
    const { user } = await openDeck('/present?org=nonsense&slide=1')
    expect(await currentSlide()).toHaveAccessibleName(new RegExp(`^Slide 1 of \\d+: IPR enforcement in ${mockDataset().cables.length} cables$`))
    const note = screen.getByText(/^Parts of this link were not understood and have been ignored:/)
    expect(note).toHaveTextContent('org: nonsense')
    await user.click(within(note.closest('[role="status"]')!).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/^Parts of this link were not understood/)).not.toBeInTheDocument()
  })

  it('a slide number past the end opens the last slide', async () => {
    await openDeck('/present?slide=999')
    expect(await currentSlide()).toHaveAccessibleName(/^Slide (\d+) of \1: Sources/)
  })

  it('B blanks the screen and B again shows the slide; the change is announced', async () => {
    const { user } = await openDeck('/present?slide=2')
    await user.keyboard('b')
    expect(screen.getByRole('button', { name: /Screen blanked/ })).toBeInTheDocument()
    expect(screen.getByText(/Screen blanked\. Press B/)).toBeInTheDocument()
    await user.keyboard('.')
    expect(screen.queryByRole('button', { name: /Screen blanked/ })).not.toBeInTheDocument()
    expect(slideNumber()).toBe('2')
  })

  it('next or back on a blank screen brings back the slide blanked, not the one after it', async () => {
    const { user } = await openDeck('/present?slide=2')
    await user.keyboard('b')
    await user.keyboard('{PageDown}')
    expect(screen.queryByRole('button', { name: /Screen blanked/ })).not.toBeInTheDocument()
    expect(slideNumber()).toBe('2')
    await user.keyboard('b')
    await user.keyboard('{ArrowLeft}')
    expect(slideNumber()).toBe('2')
    await user.keyboard('{PageDown}')
    expect(slideNumber()).toBe('3')
  })

  it('Escape returns to the dashboard with the same filters and focus on the Present button', async () => {
    const { user } = await openDeck('/present?org=mofcom&safe=1&slide=4')
    await user.keyboard('{Escape}')
    const button = await screen.findByRole('button', { name: 'Present as slides' })
    expect(window.location.pathname).toBe('/')
    expect(window.location.search).toBe('?org=mofcom&safe=1')
    await waitFor(() => expect(button).toHaveFocus())
  })

  it('every slide names the filters, its paragraphs and its highest marking; the Embassy comment is SBU', async () => {
    const { user } = await openDeck('/present?slide=1')
    const slides = await everySlide(user)
    for (const { label, text } of slides) {
      expect([label, text]).toEqual([label, expect.stringMatching(/Filters:.*Sources:.*Highest marking on this slide:/s)])
    }
    // The first of the Embassy comment slides: 07BEIJING2455 and 07BEIJING2463 have their own comment venues too.
    const embassy = slides.find((s) => s.label.includes('Embassy comment') && s.text.includes('07BEIJING2566'))
    expect(embassy?.text).toMatch(/Highest marking on this slide:\s*SBU/)
    expect(embassy?.text).toMatch(/Sources: 07BEIJING2566 ¶(18|19|20)/)
    expect(slides[0]?.text).toMatch(/Highest marking in this deck:\s*SBU/)
    // The title slide labels the filters as every footer does: not "Showing: none".
    expect(slides[0]?.text).toMatch(/^[^]*Filters:\s*none \(everything this dashboard records\)/)
    expect(slides[0]?.text).not.toMatch(/Showing:/)
    // Not "Sources: none (the cable header only)", which said none and then one.
    expect(slides[0]?.text).toMatch(/Sources:\s*no paragraph cited/)
    // The title slide cites nothing itself: its footer says so, and does not read as the deck's marking.
    expect(slides[0]?.text).toMatch(/Highest marking on this slide:\s*none/)
    // Named in a sentence, an institution has its article.
    expect(slides.map((s) => s.text).join('\n')).toMatch(/Challenged by the Chaoyang District government: /)
  })

  it('with public-safe on, no slide shows anything from the SBU paragraphs 18–20', async () => {
    const { user } = await openDeck('/present?safe=1&slide=1')
    const slides = await everySlide(user)
    expect(slides.length).toBeGreaterThan(8)
    const all = slides.map((s) => s.text).join('\n')
    expect(all).not.toMatch(/SBU\b(?! hidden)/)
    expect(all).not.toMatch(/¶(18|19|20)\b/)
    expect(all).not.toMatch(/Embassy comment|International Visitors Program|WTO dispute/)
    for (const { text } of slides) expect(text).toMatch(/Public-safe \(only U paragraphs\)/)
  })

  it('a silent side reads "No position recorded" in the whole deck, "No position in this view" once a filter is on', async () => {
    // BCB's "Specialised IPR courts" (07BEIJING2566 ¶7): Wang Yefei and the cable's own note, nothing from the US side.
    const whole = courtsSlide(await everySlide((await openDeck('/present?slide=1')).user))
    expect(whole).toContain('No position recorded.')
    expect(whole).not.toContain('No position in this view')
    cleanup()
    const filtered = courtsSlide(await everySlide((await openDeck('/present?venue=bcb&slide=1')).user))
    expect(filtered).toContain('No position in this view.')
    expect(filtered).not.toContain('No position recorded')
  })

  it('with public-safe on, names no speaker the public view hides beside their words', async () => {
    // No speaker in the five cables rests only on sensitive paragraphs; made so here, the deck must not name him.
    const people = mockDataset().people.map((p) => (p.id === 'wang-yefei' ? { ...p, markings: ['SBU' as const] } : p))
    server.use(http.get(`*${listResources.people.path}`, () => HttpResponse.json(people)))
    const { user } = await openDeck('/present?safe=1&venue=bcb&slide=1')
    const all = (await everySlide(user)).map((s) => s.text).join('\n')
    expect(all).toMatch(/BCB noted/)
    expect(all).not.toMatch(/Wang Yefei \(BCB\)/)
  })
})
