import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What the boundary guards, in words: "this page". */
  label: string
  children: ReactNode
}

/** Last line of defence: a bug in one page shows a message and a way out, never a blank screen. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Error in ${this.props.label}:`, error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <section className="panel query-state--error" role="alert">
        <h1>Something went wrong in {this.props.label}</h1>
        <p>{this.state.error.message}</p>
        <p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>{' '}
          <a href="/">Start again from the dashboard</a>
        </p>
      </section>
    )
  }
}
