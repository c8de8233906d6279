/**
 * Who said it, in words: every paraphrase and summary is shown with its speaker and the cable's
 * own reporting verb ("Wang Yefei (BCB) said: ..."), and the cable's own voice says so.
 */
import type { CableEvent, Position } from '@/contract/schemas'
import type { Lookups } from './lookups'
import { organizationLabel } from './organization-labels'
import { capitalized, inSentence } from './prose'

type Speaker = { organizationId: string; personId: string | null }

/** As it reads in a sentence: "Wang Yefei (BCB)", "USTR", "the Fujian Copyright Bureau". */
export function speakerName(speaker: Speaker, lookups: Lookups): string {
  const orgName = organizationLabel(speaker.organizationId, lookups.organizations)
  const person = speaker.personId ? lookups.people.get(speaker.personId) : undefined
  return person ? `${person.name} (${orgName})` : inSentence(orgName)
}

/** "according to" and its kin put the source before the speaker's name: "According to Chen Zhixing (SIPA)". */
const isSourcePhrase = (verb: string) => /^according to$/i.test(verb.trim())

/** "Wang Yefei (BCB) said", "According to Chen Zhixing (SIPA)", or "The cable states" for the reporting post's own voice. */
export function positionLeadIn(position: Pick<Position, 'organizationId' | 'personId' | 'reportingVerb'>, lookups: Lookups): string {
  if (position.reportingVerb === null) return 'The cable states'
  if (isSourcePhrase(position.reportingVerb)) return `According to ${speakerName(position, lookups)}`
  return capitalized(`${speakerName(position, lookups)} ${position.reportingVerb}`)
}

/**
 * A paraphrase that opens with what prompted it, or when, as the cable tells it: "Asked about …", "In
 * response to a comment by …", "In a separate discussion with …", "To USTR's suggestion …", "In closing",
 * "Citing an example", "In a prior meeting with …", "On a tour …", then a colon.
 */
const PROMPTED = /^((?:Asked|In (?:response to|a separate discussion with|closing|a prior meeting)|To [^:]*suggestion|Citing|On a tour)\b[^:]*): (.+)$/s

/** A position as a sentence reads it: what prompted it (or null), who said it, and what they said. */
export interface PositionSentence {
  prompt: string | null
  leadIn: string
  text: string
}

/**
 * "Asked about a rewards system, MOFCOM replied: Different systems exist …", as the cable puts it, not
 * "MOFCOM replied: Asked about a rewards system: different systems exist …". Otherwise the lead-in and
 * the paraphrase as they are.
 */
export function positionSentence(position: Pick<Position, 'organizationId' | 'personId' | 'reportingVerb' | 'paraphrase'>, lookups: Lookups): PositionSentence {
  const prompted = position.reportingVerb !== null && !isSourcePhrase(position.reportingVerb) ? PROMPTED.exec(position.paraphrase) : null
  if (!prompted) return { prompt: null, leadIn: positionLeadIn(position, lookups), text: position.paraphrase }
  return { prompt: prompted[1]!, leadIn: `${speakerName(position, lookups)} ${position.reportingVerb}`, text: capitalized(prompted[2]!) }
}

/** The position in one line of text: "Asked about …, MOFCOM replied: Different …". */
export const positionLine = (position: Pick<Position, 'organizationId' | 'personId' | 'reportingVerb' | 'paraphrase'>, lookups: Lookups): string => {
  const { prompt, leadIn, text } = positionSentence(position, lookups)
  return `${prompt ? `${prompt}, ` : ''}${leadIn}: ${text}`
}

/**
 * An event as the cable gives it: "MOFCOM said: …" where an official reported it, as a position reads (what
 * prompted it first), and its label alone where the cable states it. Without the speaker, a report reads as a
 * fact the cable states; and "…, as MOFCOM said" would still state it, with MOFCOM agreeing.
 */
export function eventAsReported(event: Pick<CableEvent, 'label' | 'attribution'>, lookups: Lookups): string {
  // A label that opens with its prompt ("Asked what …: …") reads as a position's would: "Asked what …, MOFCOM reported: …".
  return event.attribution ? positionLine({ ...event.attribution, paraphrase: event.label }, lookups) : event.label
}
