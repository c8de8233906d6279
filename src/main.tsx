import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './styles.css'

/** In dev the API is mocked by MSW; the import is dead code in production builds. */
async function startMockApi() {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return
  const { startWorker } = await import('../mocks/browser')
  await startWorker()
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

void startMockApi().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
