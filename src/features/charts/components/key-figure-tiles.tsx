import { CitationList } from '@/components/citation-link'
import type { CableSummary, Figure, Organization } from '@/contract/schemas'
import { postName } from '@/domain/selectors/cables'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import { pluralize, joinNames } from '@/lib/format'
import { formatDatePointMarked } from '@/lib/format-marked'
import type { TableData } from '@/lib/csv'
import { qualifiersNotShown } from '@/domain/selectors/figures'
import { organizationLabel } from '@/domain/selectors/organization-labels'
import { inSentence } from '@/domain/selectors/prose'
import { organizationFullName } from '../lib/names'
import { ChartFrame } from './chart-frame'

/** The cable a figure comes from: that of its first citation. */
const figureCable = (figure: Figure) => figure.citations[0]?.cableId ?? null

/** "07GUANGZHOU376 (Consulate Guangzhou)", or the id alone when the cable list lacks it. */
function cableName(id: string, cables: readonly CableSummary[]): string {
  const post = postName(cables.find((c) => c.id === id)?.origin ?? null)
  return post ? `${id} (${post})` : id
}

function FigureTile({ figure, organizations, cables }: { figure: Figure; organizations: readonly Organization[]; cables: readonly CableSummary[] }) {
  const cable = figureCable(figure)
  const asserters = joinNames(figure.assertedBy.map((id) => organizationLabel(id, organizations)))
  const missing = qualifiersNotShown(figure)
  const disputers = joinNames(figure.disputes.map((d) => inSentence(organizationFullName(d.organizationId, organizations))))
  return (
    <li id={`figure-${figure.id}`} className={`figure-tile${figure.disputes.length ? ' figure-tile--disputed' : ''}`}>
      <p className="figure-tile__value">{figure.display}</p>
      <p className="figure-tile__label">{figure.label}</p>
      {missing.length > 0 && <p className="figure-tile__qualifiers">Qualified: {missing.map((q) => `“${q}”`).join(', ')}</p>}
      <dl className="figure-tile__facts">
        {cable && (<><dt>Cable</dt><dd>{cableName(cable, cables)}</dd></>)}
        {figure.asOf && (<><dt>As of</dt><dd>{formatDatePointMarked(figure.asOf)}</dd></>)}
        {asserters && (<><dt>Asserted by</dt><dd>{asserters}</dd></>)}
        {figure.source && (<><dt>Source</dt><dd>{figure.source}</dd></>)}
      </dl>
      {disputers && <p className="figure-tile__dispute"><span aria-hidden="true">⚠ </span>Disputed by {disputers}</p>}
      <CitationList citations={figure.citations} />
    </li>
  )
}

/** Every other figure as a tile: its cable's own wording first, the number never stripped of its hedge, the cable named. */
export function KeyFigureTiles({ figures, organizations, cables = [] }: { figures: readonly Figure[]; organizations: readonly Organization[]; cables?: readonly CableSummary[] }) {
  const disputed = figures.filter((f) => f.disputes.length > 0).length
  const cableIds = [...new Set(figures.map(figureCable).filter((id): id is string => id !== null))]
  const several = cableIds.length > 1
  const title = `Key figures, as the ${several ? 'cables state' : 'cable states'} them`
  const takeaway = `${pluralize(figures.length, 'further figure')} from ${several ? `${cableIds.length} cables` : (cableIds[0] ?? 'the cable')} in this view${disputed ? `, ${disputed} of them disputed` : figures.length === 1 ? ', not disputed in this view' : ', none disputed in this view'}; each is shown with its own qualifiers and who gave it.`
  const table: TableData = {
    caption: `${title}: value, qualifiers and who asserted it`,
    columns: ['Figure', 'Cable', 'As the cable puts it', 'Value', 'Unit', 'Qualifiers', 'As of', 'Asserted by', 'Source', 'Disputed by', 'Paragraphs'],
    rows: figures.map((f) => [
      f.label,
      figureCable(f) ?? '',
      f.display,
      f.value.kind === 'range' ? `${f.value.min}–${f.value.max}` : f.value.value,
      f.unit,
      f.qualifiers.join('; '),
      f.asOf ? formatDatePointMarked(f.asOf) : '',
      joinNames(f.assertedBy.map((id) => organizationLabel(id, organizations))),
      // The asserter may only cite it: "USTR's April 9 announcement", cited by the Embassy.
      f.source ?? 'not stated',
      joinNames(f.disputes.map((d) => organizationFullName(d.organizationId, organizations))),
      formatParagraphs(citedParagraphs(f.citations)),
    ]),
  }
  return (
    <ChartFrame
      slug="key-figures"
      title={title}
      takeaway={takeaway}
      citations={figures.flatMap((f) => f.citations)}
      markings={figures.flatMap((f) => f.markings)}
      table={table}
      textOnly
      emptyNote={figures.length === 0 ? 'No further figures match the current filters.' : null}
    >
      <ul className="figure-tiles">
        {figures.map((figure) => (
          <FigureTile key={figure.id} figure={figure} organizations={organizations} cables={cables} />
        ))}
      </ul>
    </ChartFrame>
  )
}
