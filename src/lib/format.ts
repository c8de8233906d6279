import type { PartialDate } from '@/contract/schemas'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "16 March 2007", "March 2007" or "2007": never more precise than the cable. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.value.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (date.precision === 'year' || !monthName) return year ?? date.value
  if (date.precision === 'month' || !day) return `${monthName} ${year}`
  return `${Number(day)} ${monthName} ${year}`
}

/** "18 April 2007, 06:44 UTC" from an ISO timestamp. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const hh = String(date.getUTCHours()).padStart(2, '0')
  const mm = String(date.getUTCMinutes()).padStart(2, '0')
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${hh}:${mm} UTC`
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}
