import type { Person } from '@/contract/schemas'
import type { Lookups } from '@/domain/selectors/lookups'
import { VoiceBadge } from '@/components/voice-badge'

interface ParticipantListProps {
  participantIds: string[]
  lookups: Lookups
}

/** Who met, grouped by side, names as the cable gives them. */
export function ParticipantList({ participantIds, lookups }: ParticipantListProps) {
  const people = participantIds.map((id) => lookups.people.get(id)).filter((p): p is Person => p !== undefined)
  if (people.length === 0) return null
  const sides = (['US', 'China', 'other'] as const).map((side) => ({ side, people: people.filter((p) => p.side === side) }))
  return (
    <dl className="participants">
      {sides
        .filter((group) => group.people.length > 0)
        .map((group) => (
          <div key={group.side}>
            <dt>
              <VoiceBadge voice={group.side} />
            </dt>
            <dd>
              {group.people.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  {p.name}
                  {/* Not "Econoff (unnamed) (Econoff)": a name that starts with the title already says it. */}
                  {p.title && !p.name.startsWith(p.title) && <span className="participants__title"> ({p.title})</span>}
                </span>
              ))}
            </dd>
          </div>
        ))}
    </dl>
  )
}
