/**
 * Builds the benchmark's "lists alone" page with the dashboard's Vite version and target, to be served
 * from the generated build's own origin under /lists-alone/ (the bench passes outDir and base).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { target: 'es2022', reportCompressedSize: false, emptyOutDir: true },
})
