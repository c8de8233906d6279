import type { CableEvent } from '@/contract/schemas'
import { compareText } from '@/domain/compare-text'

/** Where an event ends: its start when it has no end (a moment). */
const endOf = (event: Pick<CableEvent, 'start' | 'end'>) => (event.end ?? event.start).value

/**
 * Events in date order, as every list of them reads: by start, then by end, a moment (no end) before a
 * span from the same start ("2004" before "2004 – 2005"); ISO dates of any precision sort as text. Events
 * of the same dates keep the order they come in, the cables' own: by label, the tour "Following the
 * meeting" came before the meeting it followed.
 */
export const chronological = <E extends Pick<CableEvent, 'start' | 'end'>>(events: readonly E[]): E[] =>
  [...events].sort((a, b) => compareText(a.start.value, b.start.value) || compareText(endOf(a), endOf(b)))
