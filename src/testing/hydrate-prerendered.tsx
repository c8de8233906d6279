import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'

/** A beforeFullRender (PrerenderedProvider) held back until the test calls `showInFull`, as boot.tsx's head start would be. */
export function heldFullRender() {
  let showInFull!: () => void
  const shownInFull = new Promise<void>((resolve) => (showInFull = resolve))
  // The same function throughout: another one would start the wait again.
  return { beforeFullRender: () => shownInFull, showInFull }
}

/**
 * Prerenders `ui` to HTML and hydrates it, as the browser takes a prerendered page over: the HTML
 * as built, the container, and every mismatch React reported (none, when the first render matches).
 */
export function hydratePrerendered(ui: ReactElement) {
  const html = renderToString(ui)
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const mismatches: unknown[] = []
  render(ui, { container, hydrate: true, onRecoverableError: (error) => void mismatches.push(error) })
  return { html, container, mismatches }
}
