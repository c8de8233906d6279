import { useMemo, type ReactNode } from 'react'
import type { DashboardViewData } from '@/api/dashboard-data'
import { Link } from '@/components/link'
import type { Cable, CableSummary } from '@/contract/schemas'
import { isPublicMarking, redactForPublic } from '@/domain/selectors/filter-dashboard'
import { useFilterStore } from '@/lib/filter-store'
import { useSearch } from '@/lib/router'
import { backlinksByParagraph } from '../lib/backlinks'
import { selectedNames } from '../lib/highlight-terms'
import { useReaderTarget, useScrollToParagraph } from '../lib/use-reader-target'
import { CableHeader } from './cable-header'
import { ParagraphCard } from './paragraph-card'
import { ReaderNotes } from './reader-notes'
import { routeHref } from '@/lib/routes'

/** `children`: notices about data that did not load, shown under the cable's header. */
export function Reader({ cable, corpus, data, children }: { cable: Cable; corpus: readonly CableSummary[]; data: DashboardViewData; children?: ReactNode }) {
  const filters = useFilterStore((s) => s.filters)
  const search = useSearch()
  const target = useReaderTarget()
  const visible = useMemo(() => (filters.publicSafe ? redactForPublic(data) : data), [data, filters.publicSafe])
  const backlinks = useMemo(() => backlinksByParagraph(visible, cable.id, search, new Map(cable.paragraphs.map((p) => [p.number, p.text]))), [visible, cable, search])
  const names = useMemo(() => selectedNames(filters.organizations, visible.organizations, visible.people), [filters.organizations, visible])
  const found = target.paragraph === null || cable.paragraphs.some((p) => p.number === target.paragraph)
  useScrollToParagraph(found ? target.paragraph : null, true)
  const isHidden = (marking: Cable['paragraphs'][number]['marking']) => filters.publicSafe && !isPublicMarking(marking)
  const hiddenCount = cable.paragraphs.filter((p) => isHidden(p.marking)).length

  return (
    <article className="reader" aria-labelledby="reader-title">
      <CableHeader cable={cable} corpus={corpus} paragraphs={visible.paragraphs} />
      {children}
      {!found && (
        <div className="reader__missing" role="alert">
          <p>
            Paragraph {target.paragraph} is not in {cable.id}
            {cable.paragraphs.length ? `, which has paragraphs ${cable.paragraphs[0]?.number}–${cable.paragraphs.at(-1)?.number}` : ''}.
          </p>
          <Link href={routeHref('reader', { cableId: cable.id }, search)}>Read from the start</Link>
        </div>
      )}
      <ReaderNotes cable={cable} hiddenCount={hiddenCount} />
      <section className="reader__text" aria-labelledby="reader-text-heading">
        <h2 id="reader-text-heading">Text of the cable</h2>
        {cable.paragraphs.length === 0 && <p>This cable has no numbered paragraphs.</p>}
        {cable.paragraphs.map((paragraph, i) => {
          const active = paragraph.number === target.paragraph
          const previous = cable.paragraphs[i - 1]
          const hidden = isHidden(paragraph.marking)
          return (
            <ParagraphCard
              key={paragraph.number}
              cableId={cable.id}
              paragraph={paragraph}
              showHeading={!hidden && paragraph.heading !== null && (paragraph.heading !== previous?.heading || isHidden(previous.marking))}
              hidden={hidden}
              active={active}
              quote={active ? target.quote : null}
              query={filters.query}
              names={names}
              backlinks={backlinks.get(paragraph.number) ?? []}
              next={cable.paragraphs[i + 1]?.number ?? null}
            />
          )
        })}
      </section>
    </article>
  )
}
