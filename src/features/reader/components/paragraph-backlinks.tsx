import type { MouseEvent } from 'react'
import { Link } from '@/components/link'
import { scrollToId } from '@/lib/scroll-to-anchor'
import type { Backlink, BacklinkKind } from '../lib/backlinks'

const KIND_LABELS: Record<BacklinkKind, string> = { issue: 'Issue', position: 'Position', figure: 'Figure', event: 'Event' }

/** From this many links on, a list offers a way past them: a long cable has over a hundred to Tab through. */
export const SKIP_FROM = 6

/**
 * Beside a paragraph: the issues, positions, figures and events that rest on it, each a link to its card.
 * `next`: the paragraph after it, which a long list's skip link leads to (null for the last).
 */
export function ParagraphBacklinks({ paragraph, backlinks, next }: { paragraph: number; backlinks: readonly Backlink[]; next: number | null }) {
  const headingId = `p${paragraph}-cited-by`
  // Focus moves without touching the address: "#p7" there would mark ¶7 as the linked paragraph.
  // Without JavaScript, the plain link still jumps there.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    scrollToId(`p${next}`)?.focus({ preventScroll: true })
  }
  return (
    <section className="para__backlinks" aria-labelledby={headingId}>
      <p id={headingId} className="para__backlinks-title">
        Cited by <span className="visually-hidden">paragraph {paragraph}</span>
      </p>
      {next !== null && backlinks.length >= SKIP_FROM && (
        <a className="para__skip visually-hidden-until-focused" href={`#p${next}`} onClick={skip}>
          Skip these {backlinks.length} links, to ¶{next}
        </a>
      )}
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
