/**
 * Builds the blank baseline with the dashboard's Vite version, React plugin and target.
 * `vite build --config scripts/bench/blank/vite.config.ts --outDir <tmp>` (the bench passes outDir).
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', reportCompressedSize: false, emptyOutDir: true },
})
