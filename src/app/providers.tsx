import { useState, type ReactNode } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createQueryClient } from '@/lib/query-client'
import { PrerenderedProvider } from '@/lib/prerendered'
import { ViewSearchProvider } from '@/lib/view-search'

export function AppProviders({ children, queryClient, hydrating = false, beforeFullRender }: { children: ReactNode; queryClient?: QueryClient; hydrating?: boolean; beforeFullRender?: () => Promise<void> }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <PrerenderedProvider hydrating={hydrating} beforeFullRender={beforeFullRender}>
        <ViewSearchProvider>{children}</ViewSearchProvider>
      </PrerenderedProvider>
    </QueryClientProvider>
  )
}
