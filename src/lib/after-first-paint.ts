/**
 * Resolves once the page has painted its content (the browser's first contentful paint), in the task
 * after it, so what follows does not hold up that paint. At once where there is nothing to wait for:
 * no content on screen, or a hidden tab (which does not paint).
 */
export function afterFirstPaint(contentOnScreen: boolean): Promise<void> {
  if (!contentOnScreen || document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve, 0)
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return void requestAnimationFrame(next)
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return
      observer.disconnect()
      next()
    })
    observer.observe({ type: 'paint', buffered: true })
  })
}
