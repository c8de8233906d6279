import type { CableEvent, Organization, Person, Position, Topic, Venue } from '@/contract/schemas'
import { eventAsReported, positionSentence, type PositionSentence } from '@/domain/selectors/attribution'
import { buildLookups } from '@/domain/selectors/lookups'
import { HIDDEN_AGENCY, organizationLabel } from '@/domain/selectors/organization-labels'
import { venueNamer } from '@/domain/selectors/describe-view'

/** How slides name things: short where space is tight, the id when the view has dropped the item. */
export interface DeckNames {
  organization: (id: string) => string
  organizationFull: (id: string) => string
  /** "Wang Yefei (BCB) said" and the paraphrase, or "The cable states"; what prompted it first where the cable says. */
  position: (position: Pick<Position, 'organizationId' | 'personId' | 'reportingVerb' | 'paraphrase'>) => PositionSentence
  /** "MOFCOM said: …", or the label alone for the cable's own voice. */
  event: (event: Pick<CableEvent, 'label' | 'attribution'>) => string
  topic: (id: string) => string
  /** By title, a title several cables share with its cable's id ("Embassy comment (07BEIJING2455)"). */
  venue: (id: string | null) => string
}

export function buildDeckNames(data: { organizations: readonly Organization[]; people: readonly Person[]; topics: readonly Topic[]; venues: readonly Venue[] }): DeckNames {
  const lookups = buildLookups(data)
  const { organizations, topics } = lookups
  return {
    organization: (id) => organizationLabel(id, organizations),
    organizationFull: (id) => organizations.get(id)?.name ?? HIDDEN_AGENCY,
    position: (position) => positionSentence(position, lookups),
    event: (event) => eventAsReported(event, lookups),
    topic: (id) => topics.get(id)?.label ?? id,
    venue: venueNamer(data.venues),
  }
}
