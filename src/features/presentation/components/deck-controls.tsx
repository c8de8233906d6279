import { usePresentationStore } from '../hooks/presentation-store'
import type { DeckAction } from '../lib/keyboard'

interface DeckControlsProps {
  current: number
  total: number
  /** Digits typed for "number then Enter", shown so the presenter sees what will happen. */
  typed: string
  blank: boolean
  isFullscreen: boolean
  onAction: (action: DeckAction) => void
  onToggleFullscreen: () => void
}

/** On-screen controls for a mouse or touch screen; the keyboard and clickers do the same. */
export function DeckControls({ current, total, typed, blank, isFullscreen, onAction, onToggleFullscreen }: DeckControlsProps) {
  const fullscreenRefused = usePresentationStore((s) => s.fullscreenRefused)
  const atStart = current <= 1
  const atEnd = current >= total
  return (
    <nav className="deck-controls" aria-label="Slide controls">
      {/* aria-disabled, not disabled: a disabled button would drop the focus at either end of the deck. */}
      <button type="button" aria-disabled={atStart} onClick={() => !atStart && onAction({ type: 'previous' })}>
        <span aria-hidden="true">← </span>Previous slide
      </button>
      <p className="deck-controls__position">
        Slide {current} of {total}
        {typed && <span className="deck-controls__typed"> · go to {typed}, press Enter</span>}
      </p>
      <button type="button" aria-disabled={atEnd} onClick={() => !atEnd && onAction({ type: 'next' })}>
        Next slide<span aria-hidden="true"> →</span>
      </button>
      <button type="button" aria-pressed={blank} onClick={() => onAction({ type: 'toggle-blank' })}>
        Blank screen (B)
      </button>
      <button type="button" onClick={onToggleFullscreen}>
        {isFullscreen ? 'Exit full screen' : 'Full screen'}
      </button>
      <button type="button" onClick={() => onAction({ type: 'leave' })}>
        Leave presentation (Esc)
      </button>
      {fullscreenRefused && !isFullscreen && <p className="deck-controls__note">Full screen was not granted: the slides fill this window instead.</p>}
    </nav>
  )
}
