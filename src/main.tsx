import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { appEnv } from './lib/env'
import './styles.css'

/** In dev the API is mocked by MSW; the import is dead code in production builds. */
async function startMockApi() {
  if (!import.meta.env.DEV || appEnv().apiConfigured) return
  const { startWorker } = await import('../mocks/browser')
  await startWorker()
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
try {
  appEnv()
} catch (error) {
  // Nothing else can work: say which setting is wrong on the page, not only in the console.
  container.textContent = error instanceof Error ? error.message : String(error)
  throw error
}

void startMockApi().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
