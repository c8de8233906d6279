/**
 * Zod's settings, applied before any schema is built: import this module first wherever
 * zod is. `jitless` stops zod from probing `new Function('')`, which a strict
 * Content-Security-Policy (no 'unsafe-eval') reports as a violation on every page, even
 * though zod catches the error. Schemas are built at module load, so the order matters.
 */
import { config } from 'zod/mini'

config({ jitless: true })
