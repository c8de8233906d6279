/**
 * `npm start` runs this after the build: serve dist/ (or DIST_DIR) on PORT (default 4173)
 * and print the URL. PORT=0 picks a free port; the printed URL has the real one, which is
 * how the benchmark starts a fresh server for its cold-start check.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createStaticServer } from './static-server'

const root = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : fileURLToPath(new URL('../dist', import.meta.url))
if (!existsSync(root)) {
  console.error(`${root} does not exist: run \`npm run build\` first (npm start does both).`)
  process.exit(1)
}
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
const server = createStaticServer(root)
server.listen(port, host, () => {
  const { port: actual } = server.address() as AddressInfo
  console.log(`IPR Enforcement Dashboard: http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
