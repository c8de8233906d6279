import { useState, type ReactNode } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createQueryClient } from '@/lib/query-client'
import { ViewSearchProvider } from '@/lib/view-search'

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <ViewSearchProvider>{children}</ViewSearchProvider>
    </QueryClientProvider>
  )
}
