/** Small helpers shared by the benchmark's parts. */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createStaticServer } from '../static-server.ts'

export { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts'

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile (p in 0–100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  if (p === 50 && sorted.length % 2 === 0) {
    const hi = sorted.length / 2
    return ((sorted[hi - 1] as number) + (sorted[hi] as number)) / 2
  }
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export interface RunningServer {
  url: string
  close: () => Promise<void>
}

/** Serves `root` with the production static server on a free loopback port. */
export async function serve(root: string): Promise<RunningServer> {
  const server: Server = createStaticServer(root)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  let closed = false
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      if (closed) return Promise.resolve()
      closed = true
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
