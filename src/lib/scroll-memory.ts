/**
 * Back and Forward return to where each page was left, and a link to another page starts the focus at its top. The browser's own restoration runs as Back pops
 * the entry, before the page it returns to has rendered (the dashboard's body comes in a deferred pass,
 * its off-screen cards at estimated heights), and landed thousands of pixels off; so the app keeps the
 * place itself: what was at the top of the window, and where it sat. Loaded while the app hydrates
 * (app.tsx): no link navigates in-app before that.
 */
import { historyHooks, subscribeToLocation } from './router'

interface Place {
  /** The nearest element with an id, and the path from it to what was at the top, child by child. */
  id: string
  path: number[]
  /** What was at the top, by tag: a placeholder standing in for it (the charts') may hold something else at the same path. */
  tag?: string
  /** Where that sat in the window, and the page's scroll (for a page with no such element yet; null: leave it). */
  top: number
  y: number | null
  /** Every element with an id around it, innermost first, with how far below its top the place was and its height. */
  around?: { id: string; depth: number; height: number }[]
  /** What had the focus (the link followed), found as the top is: Back left it on the page's body, and the next Tab at the page's start. */
  focus?: { id: string; path: number[] }
}

/** The path from `holder` down to `element`, child by child. */
function pathTo(holder: Element, element: Element | null): number[] {
  const path: number[] = []
  for (let el = element; el && el !== holder; el = el.parentElement) path.unshift([...el.parentElement!.children].indexOf(el))
  return path
}

/** The element at the end of `path` from the element with id `id`, if the page holds one now. */
function find(id: string, path: readonly number[]): Element | undefined {
  let el: Element | null | undefined = id ? document.getElementById(id) : null
  for (const index of path) el = el?.children[index]
  return el ?? undefined
}

/** Kept for the tab's life, so that Back after a reload still finds its place. */
const STORAGE_KEY = 'ipr-scroll-places'

/**
 * Where each page was left, by the key of its history entry: read from the tab's storage when first
 * needed (Back, a reload, leaving the page), not as the page loads. A first read of sessionStorage waits
 * on the browser, and this module loads while the page hydrates.
 */
let stored: Map<string, Place> | undefined
const places = () => (stored ??= new Map<string, Place>(read()))
let entryKey: string = history.state?.key ?? ''

function read(): [string, Place][] {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as [string, Place][]
  } catch {
    return [] // storage refused or garbled: Back then starts at the top, as a fresh page would
  }
}

/** Gives the current entry a key of its own: the entry the tab opened on has none. */
function keyEntry() {
  if (entryKey) return
  entryKey = String(Math.random())
  history.replaceState({ ...history.state, key: entryKey }, '')
}

function rememberPlace() {
  history.scrollRestoration = 'manual'
  keyEntry()
  // What is at the top of the window, mid-width (past the sticky filter panel), found again by the
  // path to it from the nearest element with an id: off-screen cards above it change height.
  const atTop = document.elementFromPoint?.(innerWidth / 2, 8) // (not in jsdom)
  const holder = atTop?.closest('#main [id]')
  const path = holder ? pathTo(holder, atTop!) : []
  const focused = document.activeElement
  const focusHolder = focused?.closest('#main [id]')
  const top = atTop?.getBoundingClientRect().top ?? 0
  const around = []
  for (let el = holder; el; el = el.parentElement?.closest('#main [id]') ?? null) {
    const box = el.getBoundingClientRect()
    around.push({ id: el.id, depth: top - box.top, height: box.height })
  }
  const focus = focusHolder && focusHolder !== focused ? { id: focusHolder.id, path: pathTo(focusHolder, focused) } : undefined
  places().set(entryKey, { id: holder?.id ?? '', path, tag: atTop?.tagName, top, y: scrollY, around, focus })
}

/**
 * Brings the page back to `place` once it has rendered: each frame until the anchor holds its place
 * for ten frames (the deferred parts above it have landed), for at most five seconds. The reader's
 * own wheel, touch or key ends it at once, and for good.
 *
 * Until what was at the top is back, the nearest element around it that is (the charts' placeholder,
 * which takes the charts' id) stands in: as tall as the content was, and where it was. At its own
 * 60vh the page was too short to scroll to a chart, and stopped at its end for half a second, then jumped.
 */
function restorePlace(place: Place) {
  const started = performance.now()
  let settled = 0
  let stopped = false
  let standIn: HTMLElement | undefined
  const stop = () => (stopped = true)
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
  for (const type of inputs) addEventListener(type, stop, { once: true, capture: true, passive: true })
  const step = () => {
    if (stopped) return end()
    let anchor = find(place.id, place.path)
    if (anchor?.tagName !== (place.tag ?? anchor?.tagName)) anchor = undefined
    const outer = anchor ? undefined : place.around?.map((a) => ({ ...a, element: document.getElementById(a.id) })).find((a) => a.element)
    if (outer?.element && outer.element !== standIn) {
      end()
      standIn = outer.element
      standIn.style.minHeight = `${outer.height}px`
    }
    const off = anchor
      ? anchor.getBoundingClientRect().top - place.top
      : outer?.element
        ? outer.element.getBoundingClientRect().top + outer.depth - place.top
        : place.y === null
          ? 0
          : place.y - scrollY
    if (Math.abs(off) > 1) {
      scrollBy(0, off)
      settled = 0
    } else if (anchor || !place.id) settled++
    if (settled < 10 && performance.now() - started < 5000) requestAnimationFrame(step)
    else {
      end()
      for (const type of inputs) removeEventListener(type, stop, { capture: true })
      // The link the reader followed has the focus again, unless they have put it elsewhere meanwhile.
      const focused = place.focus && find(place.focus.id, place.focus.path)
      if (focused instanceof HTMLElement && document.activeElement === document.body) focused.focus({ preventScroll: true })
    }
  }
  /** The stand-in's own height again, once the content is back or the reader has taken over. */
  const end = () => standIn?.style.removeProperty('min-height')
  requestAnimationFrame(step)
}

historyHooks.leave = () => {
  rememberPlace()
  // The address left, so that a link back to it can go Back instead (components/back-to-dashboard.tsx).
  return { key: (entryKey = String(Math.random())), back: location.pathname + location.search }
}
// The page left is still on screen here: the router calls this before the routes render.
historyHooks.pop = () => {
  popped = true
  if (entryKey) rememberPlace()
  entryKey = history.state?.key ?? ''
  const place = places().get(entryKey)
  if (place) restorePlace(place)
  // An entry a plain "#charts" link made has no place: it shows its target, as the browser's own
  // restoration (off here) would have. A route's own fragments ("#p11&hl=…") are the route's to handle.
  else if (/^#[\w-]+$/.test(location.hash)) restorePlace({ id: location.hash.slice(1), path: [], top: 0, y: null })
}

/**
 * A link followed to another page: the focus starts at the new page's top (<main>, which stays while the
 * routes change). The link followed went with its page, which left the focus on the body: the next Tab went
 * to the page's start, and nothing was announced. Back and Forward give the focus back to the link followed
 * (restorePlace), and a link to a fragment is the route's to handle (a paragraph takes the focus).
 */
let shownPath = location.pathname
let popped = false
subscribeToLocation(() => {
  const moved = location.pathname !== shownPath
  shownPath = location.pathname
  if (moved && !popped && !location.hash) document.getElementById('main')?.focus({ preventScroll: true })
  popped = false
})

addEventListener('pagehide', () => {
  // A reload or a return from another site: the browser restores the first paint natively; this entry's
  // place, and every other's, wait in the tab's storage for the correction below and for Back. (The key
  // was given on load: a state written as the page unloads is dropped, and took the browser's own
  // restoration with it.)
  rememberPlace()
  history.scrollRestoration = 'auto'
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...places()]))
  } catch {
    // storage refused: the places last as long as the page
  }
})

// Keyed once the page is idle, not in the task that loads this module (history.replaceState took 5 to
// 7 ms of a phone's main thread there); a link followed or a page left before then keys it itself.
if (typeof requestIdleCallback === 'function') requestIdleCallback(keyEntry, { timeout: 2000 })
else setTimeout(keyEntry, 0)

// After a reload (or Back from another site) the browser's own restoration lands off for the same reasons
// as Back's did: put it right, unless the reader has scrolled away from where the browser put them.
// (Decided at the load event, once the browser has restored the scroll.)
const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
const returned = navigation?.type === 'reload' || navigation?.type === 'back_forward' ? places().get(entryKey) : undefined
const correct = () => returned && returned.y !== null && Math.abs(scrollY - returned.y) < 2 && restorePlace(returned)
if (document.readyState === 'complete') correct()
else addEventListener('load', correct, { once: true })
