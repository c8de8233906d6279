/**
 * The entry script: small on purpose. A prerendered page is already readable, so nothing here may
 * hold up its first paint: the app's code (boot.tsx, preloaded by the page) is evaluated only after
 * that paint, in tasks of its own, and the browser paints the HTML first however fast the code arrives.
 */
import './styles.css'

function afterFirstPaint(): Promise<void> {
  // A hidden tab paints nothing and runs no animation frame: start at once.
  if (document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

void afterFirstPaint().then(() => import('./boot'))
