import { lazy, type ComponentType } from 'react'

/**
 * React.lazy for a chunk that is loaded ahead (links prefetch it; a prerendered page loads it before
 * it hydrates): once `load` has resolved, the component renders at once instead of suspending. This
 * matters for hydration: a prerendered part that suspends, and is updated before it has hydrated,
 * is thrown away and drawn again from nothing.
 */
export function lazyPreloaded<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: M | undefined
  const preload = () => load().then((module) => (loaded = module))
  const Component = lazy(() => {
    if (loaded === undefined) return preload().then((module) => ({ default: pick(module) }))
    const module = loaded
    // A thenable that settles as it is asked: React.lazy reads it in the same render (a resolved
    // Promise would settle a microtask later, and the render would suspend). Never awaited.
    // oxlint-disable-next-line unicorn/no-thenable
    return { then: (resolve: (value: { default: ComponentType<P> }) => void) => resolve({ default: pick(module) }) } as unknown as Promise<{ default: ComponentType<P> }>
  })
  return { Component, preload }
}
