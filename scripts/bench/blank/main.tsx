/** The benchmark's baseline: the smallest Vite + React 19 app, built like the dashboard. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing')
createRoot(root).render(
  <StrictMode>
    <h1>Blank</h1>
  </StrictMode>,
)
