import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { asksForReload, describeError } from '@/lib/api-client'
import type { PanelQuery } from '@/lib/combine-queries'
import './query-state.css'

interface QueryStateProps<T> {
  query: PanelQuery<T>
  /** What is loading, in words: "the venues". */
  label: string
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
  /** Loading is already visible on screen (say, the parts that did arrive): announce it, draw nothing that could shift. */
  announceLoadingOnly?: boolean
}

/** Loading, error-with-retry and empty states for one panel, so a failure stays in its panel. */
export function QueryState<T>({ query, label, isEmpty, empty, children, announceLoadingOnly = false }: QueryStateProps<T>) {
  if (query.status === 'pending') {
    return (
      <p className={announceLoadingOnly ? 'visually-hidden' : 'query-state query-state--loading'} role="status">
        Loading {label}…
      </p>
    )
  }
  if (query.status === 'error') {
    return <QueryError error={query.error} label={label} retrying={query.isFetching} onRetry={query.retry} />
  }
  if (isEmpty?.(query.data)) return <div className="query-state query-state--empty">{empty ?? <p>No {label} to show.</p>}</div>
  return <>{children(query.data)}</>
}

interface QueryErrorProps {
  error: unknown
  label: string
  retrying: boolean
  onRetry: () => void
  /** What the page lacks meanwhile, as a sentence ("Their links to the paragraphs are missing."): not in the button's name. */
  consequence?: string
}

export function QueryError({ error, label, retrying, onRetry, consequence }: QueryErrorProps) {
  const { title, detail } = describeError(error)
  // Retrying would fetch the new API's list beside the old API's others: only a reload brings them together.
  const changed = asksForReload(error)
  const button = useRef<HTMLButtonElement>(null)
  // A retry that works replaces this panel, button and all. Focus on the button would fall to the top of the
  // page: it goes instead to the nearest container that takes focus (a section, or <main>), where the data now is.
  useLayoutEffect(
    () => () => {
      const pressed = button.current
      if (!pressed || document.activeElement !== pressed) return
      const container = pressed.parentElement?.closest<HTMLElement>('[tabindex="-1"], main')
      if (container) queueMicrotask(() => container.isConnected && container.focus())
    },
    [],
  )
  return (
    <div className="query-state query-state--error" role="alert">
      <p className="query-state__title">
        Could not load {label}. {title}.
      </p>
      <p className="query-state__detail">{detail}</p>
      {consequence && <p className="query-state__detail">{consequence}</p>}
      {/* aria-disabled, not disabled, while retrying: a disabled button drops the focus of the person who pressed it. */}
      <button
        ref={button}
        type="button"
        onClick={changed ? () => location.reload() : retrying ? undefined : onRetry}
        aria-disabled={retrying}
        aria-busy={retrying}
      >
        {changed ? 'Reload the page' : retrying ? 'Retrying…' : `Retry loading ${label}`}
      </button>
    </div>
  )
}
