import { clampSlide } from './slide-param'

/** What a key press asks the deck to do: pure, so a clicker's keys can be tested without a browser. */
export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go-to'; slide: number }
  | { type: 'toggle-blank' }
  | { type: 'leave' }

export interface KeyPress {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  altKey?: boolean
  metaKey?: boolean
}

export interface KeyResult {
  /** Digits typed so far for "number then Enter". */
  typed: string
  action: DeckAction | null
  /** Whether the deck used the key, so the browser's default (scrolling, ...) should be prevented. */
  handled: boolean
}

const MAX_DIGITS = 4

// Presentation clickers send PageDown/PageUp (some send arrows), and B or . to blank the screen.
const ACTIONS: Record<string, DeckAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  Escape: { type: 'leave' },
  b: { type: 'toggle-blank' },
  B: { type: 'toggle-blank' },
  '.': { type: 'toggle-blank' },
}

/** Maps one key press (and the digits typed before it) to a deck action. */
export function interpretKey(press: KeyPress, typed: string): KeyResult {
  // Browser and system shortcuts (Ctrl+L, Alt+Left, ...) stay the browser's.
  if (press.ctrlKey || press.altKey || press.metaKey) return { typed, action: null, handled: false }
  const { key } = press
  if (/^[0-9]$/.test(key)) return { typed: (typed + key).slice(-MAX_DIGITS), action: null, handled: true }
  if (key === 'Enter') {
    if (!typed) return { typed: '', action: null, handled: false }
    return { typed: '', action: { type: 'go-to', slide: Number(typed) }, handled: true }
  }
  if (key === 'Backspace' && typed) return { typed: typed.slice(0, -1), action: null, handled: true }
  if (key === ' ') return { typed: '', action: { type: press.shiftKey ? 'previous' : 'next' }, handled: true }
  const action = ACTIONS[key]
  if (action) return { typed: '', action, handled: true }
  // Modifier keys alone (Shift before Shift+Space) must not wipe the digits typed so far.
  if (key === 'Shift') return { typed, action: null, handled: false }
  return { typed: '', action: null, handled: false }
}

/** The slide an action leads to, from `current` (1-based) in a deck of `total`. */
export function slideAfter(action: DeckAction, current: number, total: number): number {
  switch (action.type) {
    case 'next':
      return clampSlide(current + 1, total)
    case 'previous':
      return clampSlide(current - 1, total)
    case 'first':
      return 1
    case 'last':
      return clampSlide(total, total)
    case 'go-to':
      return clampSlide(action.slide, total)
    default:
      return current
  }
}
