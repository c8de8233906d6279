/**
 * The query client's mutation cache, for an app that never writes: the dashboard reads a static API and
 * runs no mutation. TanStack Query's QueryClient always builds a MutationCache, which brings the code of
 * mutations with it: 0.9 kB gzip of the first load that never runs. The build puts this module in
 * its place (withoutMutations in scripts/vite-plugins.ts), and createQueryClient passes it in, so the
 * tests run the same client as the page.
 *
 * It does what QueryClient asks of a cache with no mutations: none to find, count, clear or resume.
 * Starting one (useMutation) fails at once, naming this file. To use mutations, remove it from
 * createQueryClient and withoutMutations from vite.config.ts.
 */
import type { Mutation, MutationCache as LibraryMutationCache } from '@tanstack/react-query'

// Short: it ships in the first load, and the file it names says what to undo.
const noneHere = () => new Error('This app runs no mutations: see src/lib/no-mutation-cache.ts')

/** What QueryClient calls on its cache (the build checks that list, withoutMutations), and what the hooks reading the cache would. */
type AskedOfTheCache = 'build' | 'notify' | 'clear' | 'find' | 'findAll' | 'getAll' | 'resumePausedMutations' | 'subscribe' | 'hasListeners'

export class NoMutationCache implements Pick<LibraryMutationCache, AskedOfTheCache> {
  /** A mutation's observer (useMutation) calls this as it is made: the first sign of one. */
  notify(): never {
    throw noneHere()
  }
  build(): never {
    throw noneHere()
  }
  clear(): void {}
  find(): undefined {
    return undefined
  }
  findAll(): Mutation[] {
    return []
  }
  getAll(): Mutation[] {
    return []
  }
  resumePausedMutations(): Promise<unknown> {
    return Promise.resolve()
  }
  /** Nothing ever changes here, so a listener is never called. */
  subscribe(): () => void {
    return () => {}
  }
  hasListeners(): boolean {
    return false
  }
}

/** The name query-core's own module exports, for the build's stand-in. */
export { NoMutationCache as MutationCache }
