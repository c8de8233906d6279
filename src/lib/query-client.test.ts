import { waitFor } from '@testing-library/react'
import { focusManager, MutationObserver, onlineManager, QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from './query-client'

afterEach(() => {
  focusManager.setFocused(undefined)
  onlineManager.setOnline(true)
})

describe('createQueryClient without mutations (no-mutation-cache.ts)', () => {
  it('still refetches a stale query on focus and on reconnect: the client resumes mutations first, and finds none', async () => {
    const client = createQueryClient({ retry: false })
    client.mount()
    const read = vi.fn<() => Promise<string>>(async () => 'snapshot')
    // The app's own queries never go stale (staleTime 'static'): this one does, to see the client's focus and reconnect steps run to the end.
    const observer = new QueryObserver(client, { queryKey: ['stale'], queryFn: read, staleTime: 0, refetchOnWindowFocus: true, refetchOnReconnect: true })
    const unsubscribe = observer.subscribe(() => {})
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1))

    focusManager.setFocused(false)
    focusManager.setFocused(true)
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2))
    onlineManager.setOnline(false)
    onlineManager.setOnline(true)
    await waitFor(() => expect(read).toHaveBeenCalledTimes(3))
    expect(client.isMutating()).toBe(0)

    unsubscribe()
    client.clear()
    expect(client.getQueryCache().getAll()).toEqual([])
    client.unmount()
  })

  it('refuses a mutation as soon as one is made (useMutation makes its observer as it first renders), naming the stand-in to remove', () => {
    const client = createQueryClient()
    expect(() => new MutationObserver(client, { mutationFn: async () => 'written' })).toThrow(/This app runs no mutations: see src\/lib\/no-mutation-cache\.ts/)
    expect(() => client.getMutationCache().build(client, { mutationFn: async () => 'written' })).toThrow(/This app runs no mutations/)
    expect(client.getMutationCache().getAll()).toEqual([])
  })
})
