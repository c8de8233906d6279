import { useEffect, useMemo, useRef, useState } from 'react'
import { navigate, useSearch } from '@/lib/router'
import { requestFullscreen } from '../hooks/fullscreen'
import { usePresentationStore } from '../hooks/presentation-store'
import { useDeckKeys } from '../hooks/use-deck-keys'
import { useFitToFrame } from '../hooks/use-fit-to-frame'
import { useLeaveOnFullscreenExit } from '../hooks/use-leave-on-fullscreen-exit'
import type { Slide } from '../lib/build-slides'
import type { DeckNames } from '../lib/deck-names'
import { slideAfter, type DeckAction } from '../lib/keyboard'
import { searchWithSlide, searchWithoutSlide, slideFromSearch } from '../lib/slide-param'
import { slideOutline } from '../lib/slide-outline'
import { DeckControls } from './deck-controls'
import { PRESENT_PATH } from './present-button'
import { SlideBody } from './slide-body'
import { SlideFrame } from './slide-frame'

interface SlideDeckProps {
  slides: Slide[]
  names: DeckNames
  filtersLine: string
  cableLine: string
}

/** One slide at a time; the URL's `?slide=` is the current slide, so a reload or a link reopens it. */
export function SlideDeck({ slides, names, filtersLine, cableLine }: SlideDeckProps) {
  const search = useSearch()
  const total = slides.length
  const current = slideFromSearch(search, total)
  const slide = slides[current - 1] ?? slides[0]!
  const [blank, setBlank] = useState(false)
  const slideRef = useRef<HTMLElement>(null)
  const outline = useMemo(() => slideOutline(slides, names), [slides, names])

  // A missing, bad or too-large ?slide= is corrected in place, without a history entry.
  useEffect(() => {
    const wanted = searchWithSlide(search, current)
    if (wanted !== search) navigate(PRESENT_PATH + wanted, { replace: true })
  }, [search, current])

  useEffect(() => slideRef.current?.focus(), [])
  useFitToFrame(slideRef, slide)

  const { isFullscreen, exitDeliberately } = useLeaveOnFullscreenExit(backToDashboard)

  function goTo(slideNumber: number) {
    setBlank(false)
    if (slideNumber !== current) navigate(PRESENT_PATH + searchWithSlide(search, slideNumber), { replace: true })
  }
  function backToDashboard() {
    usePresentationStore.setState({ returningToDashboard: true })
    navigate('/' + searchWithoutSlide(search))
  }
  function leave() {
    exitDeliberately()
    backToDashboard()
  }
  function perform(action: DeckAction) {
    if (action.type === 'leave') leave()
    else if (action.type === 'toggle-blank') setBlank((b) => !b)
    // A clicker's next or back while the screen is blank brings back the slide the room last saw, as B does:
    // stepping on showed a slide the presenter had not yet talked to. A slide chosen by number goes there.
    else if (blank && (action.type === 'next' || action.type === 'previous')) setBlank(false)
    else goTo(slideAfter(action, current, total))
  }
  const typed = useDeckKeys(perform)

  return (
    <div className="deck">
      <SlideFrame ref={slideRef} slide={slide} number={current} total={total} filtersLine={filtersLine}>
        <SlideBody slide={slide} names={names} filtersLine={filtersLine} cableLine={cableLine} />
      </SlideFrame>
      {blank && (
        <button type="button" className="deck__blank" onClick={() => setBlank(false)}>
          <span className="visually-hidden">Screen blanked: show the slide again</span>
        </button>
      )}
      <DeckControls
        current={current}
        total={total}
        outline={outline}
        typed={typed}
        blank={blank}
        isFullscreen={isFullscreen}
        onAction={perform}
        onToggleFullscreen={isFullscreen ? exitDeliberately : () => void enterFullscreenAgain()}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {/* The typed digits are heard too: on screen they show in the position, which the list of slides covers. */}
        {blank ? 'Screen blanked. Press B to show the slide again.' : typed ? `Go to slide ${typed}: press Enter.` : `Slide ${current} of ${total}: ${slide.title}`}
      </p>
    </div>
  )
}

/** From the on-screen button: a click, so the browser may grant what it refused to a link. */
async function enterFullscreenAgain() {
  usePresentationStore.setState({ fullscreenRefused: !(await requestFullscreen()) })
}
