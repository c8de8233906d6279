/** `npm start` runs this after the build: serve dist/ on PORT (default 4173) and print the URL. */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createStaticServer } from './static-server'

const root = fileURLToPath(new URL('../dist', import.meta.url))
if (!existsSync(root)) {
  console.error('dist/ does not exist: run `npm run build` first (npm start does both).')
  process.exit(1)
}
const port = Number(process.env.PORT ?? 4173)
const host = process.env.HOST ?? '127.0.0.1'
const server = createStaticServer(root)
server.listen(port, host, () => {
  console.log(`IPR Enforcement Dashboard: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
