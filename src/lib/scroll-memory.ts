/**
 * Back and Forward return to where each page was left. The browser's own restoration runs as Back pops
 * the entry, before the page it returns to has rendered (the dashboard's body comes in a deferred pass,
 * its off-screen cards at estimated heights), and landed thousands of pixels off; so the app keeps the
 * place itself: what was at the top of the window, and where it sat. Loaded once the app has taken
 * the page over (app.tsx): no link navigates in-app before that.
 */
import { historyHooks } from './router'

interface Place {
  /** The nearest element with an id, and the path from it to what was at the top, child by child. */
  id: string
  path: number[]
  /** Where that sat in the window, and the page's scroll (for a page with no such element yet). */
  top: number
  y: number
}
/** Where each page was left, by the key of its history entry. */
const places = new Map<string, Place>()
let entryKey = ''

function rememberPlace() {
  history.scrollRestoration = 'manual'
  if (!entryKey) {
    entryKey = history.state?.key ?? String(Math.random())
    history.replaceState({ ...history.state, key: entryKey }, '')
  }
  // What is at the top of the window, mid-width (past the sticky filter panel), found again by the
  // path to it from the nearest element with an id: off-screen cards above it change height.
  const atTop = document.elementFromPoint?.(innerWidth / 2, 8) // (not in jsdom)
  const holder = atTop?.closest('#main [id]')
  const path: number[] = []
  if (holder) for (let el = atTop; el && el !== holder; el = el.parentElement) path.unshift([...el.parentElement!.children].indexOf(el))
  places.set(entryKey, { id: holder?.id ?? '', path, top: atTop?.getBoundingClientRect().top ?? 0, y: scrollY })
}

/**
 * Brings the page back to `place` once it has rendered: each frame until the anchor holds its place
 * for ten frames (the deferred parts above it have landed), for at most five seconds; the reader's
 * own scroll, tap or key press ends it at once.
 */
function restorePlace(place: Place) {
  const started = performance.now()
  let settled = 0
  const stop = () => (settled = Infinity)
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
  for (const type of inputs) addEventListener(type, stop, { once: true, capture: true })
  const step = () => {
    let anchor: Element | null | undefined = place.id ? document.getElementById(place.id) : null
    for (const index of place.path) anchor = anchor?.children[index]
    const off = anchor ? anchor.getBoundingClientRect().top - place.top : place.y - scrollY
    if (Math.abs(off) > 1) {
      scrollBy(0, off)
      settled = 0
    } else if (anchor || !place.id) settled++
    if (settled < 10 && performance.now() - started < 5000) requestAnimationFrame(step)
    else for (const type of inputs) removeEventListener(type, stop, { capture: true })
  }
  requestAnimationFrame(step)
}

historyHooks.leave = () => {
  rememberPlace()
  return { key: (entryKey = String(Math.random())) }
}
// The page left is still on screen here: the router calls this before the routes render.
historyHooks.pop = () => {
  if (entryKey) rememberPlace()
  entryKey = history.state?.key ?? ''
  const place = places.get(entryKey)
  if (place) restorePlace(place)
}
// A reload restores natively, at the first paint of the prerendered page.
addEventListener('pagehide', () => (history.scrollRestoration = 'auto'))

