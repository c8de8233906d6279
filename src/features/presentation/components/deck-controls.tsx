import type { CSSProperties } from 'react'
import { DroppedParamsNotice } from '@/components/dropped-params-notice'
import { usePresentationStore } from '../hooks/presentation-store'
import type { DeckAction } from '../lib/keyboard'
import type { OutlineGroup } from '../lib/slide-outline'

interface DeckControlsProps {
  current: number
  total: number
  outline: readonly OutlineGroup[]
  /** Digits typed for "number then Enter", shown so the presenter sees what will happen. */
  typed: string
  blank: boolean
  isFullscreen: boolean
  onAction: (action: DeckAction) => void
  onToggleFullscreen: () => void
}

/** On-screen controls for a mouse or touch screen; the keyboard and clickers do the same. */
export function DeckControls({ current, total, outline, typed, blank, isFullscreen, onAction, onToggleFullscreen }: DeckControlsProps) {
  const fullscreenRefused = usePresentationStore((s) => s.fullscreenRefused)
  const atStart = current <= 1
  const atEnd = current >= total
  return (
    <nav className="deck-controls" aria-label="Slide controls">
      {/* aria-disabled, not disabled: a disabled button would drop the focus at either end of the deck. */}
      <button type="button" aria-disabled={atStart} onClick={() => !atStart && onAction({ type: 'previous' })}>
        <span aria-hidden="true">← </span>Previous <Wordy>slide</Wordy>
      </button>
      {/* The position is also the list of every slide, by part: in a meeting the room asks for a venue, not a number. */}
      <label className="deck-controls__position" style={{ '--total-digits': String(total).length } as CSSProperties}>
        {/* Typed digits take the position's place, not more room: the bar must not wrap and shrink the slide. */}
        <span aria-hidden="true">
          {typed ? (
            <span className="deck-controls__typed">Go to {typed} (Enter)</span>
          ) : (
            <>
              Slide {current} of {total} <span className="deck-controls__caret">▾</span>
            </>
          )}
        </span>
        <select
          aria-label={`Slide ${current} of ${total}: go to slide`}
          value={current}
          onChange={(event) => onAction({ type: 'go-to', slide: Number(event.target.value) })}
        >
          {outline.map((group) => (
            <optgroup key={group.label + group.slides[0]!.number} label={group.label}>
              {group.slides.map((slide) => (
                <option key={slide.number} value={slide.number}>
                  {slide.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="button" aria-disabled={atEnd} onClick={() => !atEnd && onAction({ type: 'next' })}>
        Next <Wordy>slide</Wordy>
        <span aria-hidden="true"> →</span>
      </button>
      <button type="button" aria-pressed={blank} onClick={() => onAction({ type: 'toggle-blank' })}>
        Blank <Wordy>screen</Wordy> (B)
      </button>
      <button type="button" onClick={onToggleFullscreen}>
        {isFullscreen ? 'Exit full screen' : 'Full screen'}
      </button>
      <button type="button" onClick={() => onAction({ type: 'leave' })}>
        Leave <Wordy>presentation</Wordy> (Esc)
      </button>
      {fullscreenRefused && !isFullscreen && <p className="deck-controls__note">Full screen was not granted: the slides fill this window instead.</p>}
      <div className="deck-controls__note">
        <DroppedParamsNotice />
      </div>
    </nav>
  )
}

/**
 * Words a narrow window's bar shows only to screen readers (the names stay whole): on a projector at 125%
 * the bar took two rows, 108 px of a 614 px window, and the slides above it overflowed.
 */
function Wordy({ children }: { children: string }) {
  return <span className="deck-controls__wordy">{children}</span>
}
