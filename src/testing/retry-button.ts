import { within } from '@testing-library/react'

/**
 * An alert's Retry button once a person can press it. While a retry is under way it reads
 * "Retrying…" and is aria-disabled (it keeps its focus), and a click on it does nothing: wait for it, as a person would.
 */
export const findRetryButton = (alert: HTMLElement) => within(alert).findByRole('button', { name: /^Retry loading\b/ })
