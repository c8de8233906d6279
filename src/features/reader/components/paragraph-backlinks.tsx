import { Link } from '@/components/link'
import type { Backlink, BacklinkKind } from '../lib/backlinks'

const KIND_LABELS: Record<BacklinkKind, string> = { issue: 'Issue', position: 'Position', figure: 'Figure', event: 'Event' }

/** Beside a paragraph: the issues, positions, figures and events that rest on it, each a link to its card. */
export function ParagraphBacklinks({ paragraph, backlinks }: { paragraph: number; backlinks: readonly Backlink[] }) {
  const headingId = `p${paragraph}-cited-by`
  return (
    <section className="para__backlinks" aria-labelledby={headingId}>
      <p id={headingId} className="para__backlinks-title">
        Cited by <span className="visually-hidden">paragraph {paragraph}</span>
      </p>
      {backlinks.length === 0 ? (
        <p className="para__no-backlinks">Nothing in the dashboard rests on this paragraph.</p>
      ) : (
        <ul>
          {backlinks.map((link) => (
            <li key={`${link.kind}-${link.id}`}>
              <span className={`backlink-kind backlink-kind--${link.kind}`}>{KIND_LABELS[link.kind]}</span>{' '}
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
