import { useEffect, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies the address of the exact view; the address bar holds the same link if copying is refused. */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = window.setTimeout(() => setState('idle'), 4000)
    return () => window.clearTimeout(timer)
  }, [state])

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link to this view
      </button>
      <span role="status" className="copy-link__status">
        {state === 'copied' ? 'Link copied.' : state === 'failed' ? 'Copying was refused: copy the address bar instead.' : ''}
      </span>
    </span>
  )
}
