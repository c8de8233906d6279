import { useLayoutEffect, type RefObject } from 'react'

/**
 * The smallest a slide's type may shrink to fit: 60% of the deck's size, and never under 16 of the screen's
 * pixels nor 12 of the page's. Browser zoom enlarges the page's pixels: on a projector at 125% the deck's
 * 18 px floor (the window is 819 px wide) wrapped its lines a quarter shorter than the slides were cut for,
 * and with 16 px as the fit's floor, 62 of 104 slides overflowed into a scroll that the keys cannot reach.
 */
const SMALLEST_SCALE = 0.6
const SMALLEST_SCREEN_PX = 16
const SMALLEST_PX = 12

/**
 * Shrinks a slide's type, before it is painted, until its content fits the frame: slides are split by
 * counting rows, but a row's height depends on how its words wrap on this screen, and a projector
 * must not need scrolling. Past the smallest readable size the slide scrolls as before (it is
 * focusable). Sets `--slide-fit` on the slide; again when the window changes size.
 */
export function useFitToFrame(ref: RefObject<HTMLElement | null>, content: unknown) {
  useLayoutEffect(() => {
    const slide = ref.current
    if (!slide) return
    const fits = (scale: number) => {
      slide.style.setProperty('--slide-fit', String(scale))
      return slide.scrollHeight <= slide.clientHeight
    }
    const fit = () => {
      if (fits(1)) return
      const smallestPx = Math.max(SMALLEST_PX, SMALLEST_SCREEN_PX / (window.devicePixelRatio || 1))
      const deckPx = Number.parseFloat(getComputedStyle(slide.parentElement ?? slide).fontSize) || smallestPx
      let low = Math.max(SMALLEST_SCALE, Math.min(1, smallestPx / deckPx))
      let high = 1
      if (!fits(low)) return
      // Halving six times comes within 1% of the largest size that fits.
      for (let step = 0; step < 6; step++) {
        const middle = (low + high) / 2
        if (fits(middle)) low = middle
        else high = middle
      }
      fits(low)
    }
    fit()
    if (typeof ResizeObserver === 'undefined') return
    // The slide's own box is fixed by the deck, so only a new window size changes it (not the type).
    let lastSize = `${slide.clientWidth}x${slide.clientHeight}`
    const observer = new ResizeObserver(() => {
      const size = `${slide.clientWidth}x${slide.clientHeight}`
      if (size === lastSize) return
      lastSize = size
      fit()
    })
    observer.observe(slide)
    return () => observer.disconnect()
    // `content` is read from the DOM, not here: a new slide is fitted afresh.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, content])
}
