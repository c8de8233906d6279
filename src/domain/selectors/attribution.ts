/**
 * Who said it, in words: every paraphrase and summary is shown with its speaker and the cable's
 * own reporting verb ("Wang Yefei (BCB) said: ..."), and the cable's own voice says so.
 */
import type { Attribution, Position } from '@/contract/schemas'
import type { Lookups } from './lookups'

type Speaker = { organizationId: string; personId: string | null }

/** "BCB", "Chaoyang District government": the short name where there is one, the id if the view dropped it. */
export function organizationShortName(id: string, lookups: Lookups): string {
  const org = lookups.organizations.get(id)
  return org?.shortName ?? org?.name ?? id
}

/** "Wang Yefei (BCB)", "USTR", "Chaoyang District government". */
export function speakerName(speaker: Speaker, lookups: Lookups): string {
  const orgName = organizationShortName(speaker.organizationId, lookups)
  const person = speaker.personId ? lookups.people.get(speaker.personId) : undefined
  return person ? `${person.name} (${orgName})` : orgName
}

/** "Wang Yefei (BCB) said", or "The cable states" for the reporting post's own voice. */
export function positionLeadIn(position: Pick<Position, 'organizationId' | 'personId' | 'reportingVerb'>, lookups: Lookups): string {
  if (position.reportingVerb === null) return 'The cable states'
  return `${speakerName(position, lookups)} ${position.reportingVerb}`
}

/** "as Xie Chaobin (Chaoyang) reported", or null when the cable states it itself. */
export function attributionPhrase(attribution: Attribution | null, lookups: Lookups): string | null {
  return attribution ? `as ${speakerName(attribution, lookups)} ${attribution.reportingVerb}` : null
}
