/**
 * Who said it, in words: every paraphrase and summary is shown with its speaker and the cable's
 * own reporting verb ("Wang Yefei (BCB) said: ..."), and the cable's own voice says so.
 */
import type { Attribution, CableEvent, Position } from '@/contract/schemas'
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

/** "as Xie Chaobin (Chaoyang) reported", "according to Chen Zhixing (SIPA)", or null when the cable states it itself. */
export function attributionPhrase(attribution: Attribution | null, lookups: Lookups): string | null {
  if (!attribution) return null
  if (isSourcePhrase(attribution.reportingVerb)) return `according to ${speakerName(attribution, lookups)}`
  return `as ${speakerName(attribution, lookups)} ${attribution.reportingVerb}`
}

/**
 * An event as the cable gives it: "… (as MOFCOM said)" where an official reported it, its label alone
 * where the cable states it. Without the speaker, a report reads as a fact the cable states.
 */
export function eventAsReported(event: Pick<CableEvent, 'label' | 'attribution'>, lookups: Lookups): string {
  const phrase = attributionPhrase(event.attribution, lookups)
  return phrase ? `${event.label} (${phrase})` : event.label
}
