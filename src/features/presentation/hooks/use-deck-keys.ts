import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { interpretKey, type DeckAction } from '../lib/keyboard'

/**
 * Listens on the whole document, so keys work wherever focus is (a clicker sends keys, not
 * clicks). Returns the digits typed so far for "number then Enter".
 */
export function useDeckKeys(perform: (action: DeckAction) => void): string {
  const [typed, setTyped] = useState('')
  const typedRef = useRef('')
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return
    // Space and Enter on a focused button or link press it; handling them too would act twice. But
    // Enter after typed digits is "go to that slide", even with focus left on the Next button by a click.
    const target = event.target instanceof Element ? event.target : null
    // (On the list of slides too: Enter there would open the list over the slide.)
    const goingToTyped = event.key === 'Enter' && typedRef.current !== '' && !target?.closest('input, textarea')
    if ((event.key === ' ' || event.key === 'Enter') && !goingToTyped && target?.closest('button, a, input, select, textarea')) return
    const result = interpretKey(event, typedRef.current)
    typedRef.current = result.typed
    setTyped(result.typed)
    if (result.handled) event.preventDefault()
    if (result.action) perform(result.action)
  })

  // A click ends a number being typed: Enter on the button it focused then presses that button.
  const forgetTyped = useEffectEvent(() => {
    typedRef.current = ''
    setTyped('')
  })

  useEffect(() => {
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', forgetTyped)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', forgetTyped)
    }
  }, [])

  return typed
}
