import type { CableEvent, DatePoint, PartialDate } from '@/contract/schemas'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "16 March 2007", "March 2007" or "2007": never more precise than the cable. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.value.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (date.precision === 'year' || !monthName) return year ?? date.value
  if (date.precision === 'month' || !day) return `${monthName} ${year}`
  return `${Number(day)} ${monthName} ${year}`
}

/** "August–September 2006", "March 2007 – April 2007": a range as precise as each of its ends. */
export function formatDateRange(start: PartialDate, end: PartialDate | null): string {
  if (!end || end.value === start.value) return formatPartialDate(start)
  const [startYear] = start.value.split('-')
  const [endYear] = end.value.split('-')
  if (start.precision === 'month' && end.precision === 'month' && startYear === endYear) {
    return `${formatPartialDate(start).replace(` ${startYear}`, '')}–${formatPartialDate(end)}`
  }
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`
}

/**
 * An event's date as the timeline, lists and exports write it: a plan says it is one, a state
 * says "as of", a range keeps both ends.
 */
export function formatEventDate(event: Pick<CableEvent, 'kind' | 'start' | 'end'>): string {
  if (event.kind === 'state') {
    // A state measured over one period ("in February 2007") is that period, not a "since".
    if (event.end && event.end.value === event.start.value) return `in ${formatPartialDate(event.start)}`
    return event.end ? `since ${formatPartialDate(event.start)}, as of ${formatPartialDate(event.end)}` : `as of ${formatPartialDate(event.start)}`
  }
  const when = formatDateRange(event.start, event.end)
  return event.kind === 'plan' ? `planned: ${when}` : when
}

/**
 * The bases of every inferred end of a date, for a visible "inferred from ..." note, each said once:
 * a basis lists its reasons with "; ", and a range's two ends often share one (the cable's date).
 */
export function inferredBases(...dates: (DatePoint | null | undefined)[]): string[] {
  return [...new Set(dates.flatMap((d) => (d?.inferredFrom ? d.inferredFrom.split('; ') : [])))]
}

/** "18 April 2007, 06:44 UTC" from an ISO timestamp. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  // toISOString is in UTC and ends "hh:mm:ss.sssZ" (counted from the end: a year past 9999 is longer).
  return Number.isNaN(date.getTime()) ? iso : `${formatDay(iso)}, ${date.toISOString().slice(-13, -8)} UTC`
}

/** "18 April 2007": the day of a timestamp (UTC), for tables where the hour is noise. */
export function formatDay(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}

/** "USTR and Embassy Beijing", "A, B and C"; each name once. */
export function joinNames(all: readonly string[]): string {
  const names = [...new Set(all)]
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
