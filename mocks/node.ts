import { setupServer } from 'msw/node'
import { apiHandlers } from './handlers/api'
import { mockDataset } from './dataset'

/** The MSW server for tests: the happy path. Tests add failures with `server.use(...)`. */
export const server = setupServer(...apiHandlers(mockDataset()))
