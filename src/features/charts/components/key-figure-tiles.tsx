import { CitationList } from '@/components/citation-link'
import type { Figure, Organization } from '@/contract/schemas'
import { citedParagraphs, formatParagraphs } from '@/lib/citations'
import { formatPartialDate, pluralize, joinNames } from '@/lib/format'
import type { TableData } from '@/lib/csv'
import { qualifiersMissingFromDisplay } from '@/domain/selectors/figures'
import { organizationFullName, organizationLabel } from '../lib/names'
import { ChartFrame } from './chart-frame'

const TITLE = 'Key figures, as the cable states them'

function FigureTile({ figure, organizations }: { figure: Figure; organizations: readonly Organization[] }) {
  const asserters = joinNames(figure.assertedBy.map((id) => organizationLabel(id, organizations)))
  const missing = qualifiersMissingFromDisplay(figure)
  const disputers = joinNames(figure.disputes.map((d) => organizationFullName(d.organizationId, organizations)))
  return (
    <li id={`figure-${figure.id}`} className={`figure-tile${figure.disputes.length ? ' figure-tile--disputed' : ''}`}>
      <p className="figure-tile__value">{figure.display}</p>
      <p className="figure-tile__label">{figure.label}</p>
      {missing.length > 0 && <p className="figure-tile__qualifiers">Qualified: {missing.map((q) => `“${q}”`).join(', ')}</p>}
      <dl className="figure-tile__facts">
        {figure.asOf && (<><dt>As of</dt><dd>{formatPartialDate(figure.asOf)}</dd></>)}
        {asserters && (<><dt>Asserted by</dt><dd>{asserters}</dd></>)}
        {figure.source && (<><dt>Source</dt><dd>{figure.source}</dd></>)}
      </dl>
      {disputers && <p className="figure-tile__dispute"><span aria-hidden="true">⚠ </span>Disputed by {disputers}</p>}
      <CitationList citations={figure.citations} />
    </li>
  )
}

/** Every other figure as a tile: the cable's own wording first, the number never stripped of its hedge. */
export function KeyFigureTiles({ figures, organizations }: { figures: readonly Figure[]; organizations: readonly Organization[] }) {
  const disputed = figures.filter((f) => f.disputes.length > 0).length
  const takeaway = `${pluralize(figures.length, 'further figure')} from the cable in this view${disputed ? `, ${disputed} of them disputed` : figures.length === 1 ? ', not disputed in this view' : ', none disputed in this view'}; each is shown with its own qualifiers and who gave it.`
  const table: TableData = {
    caption: `${TITLE}: value, qualifiers and who asserted it`,
    columns: ['Figure', 'As the cable puts it', 'Value', 'Unit', 'Qualifiers', 'As of', 'Asserted by', 'Disputed by', 'Paragraphs'],
    rows: figures.map((f) => [
      f.label,
      f.display,
      f.value.kind === 'range' ? `${f.value.min}–${f.value.max}` : f.value.value,
      f.unit,
      f.qualifiers.join('; '),
      f.asOf ? formatPartialDate(f.asOf) : '',
      joinNames(f.assertedBy.map((id) => organizationLabel(id, organizations))),
      joinNames(f.disputes.map((d) => organizationFullName(d.organizationId, organizations))),
      formatParagraphs(citedParagraphs(f.citations)),
    ]),
  }
  return (
    <ChartFrame
      slug="key-figures"
      title={TITLE}
      takeaway={takeaway}
      citations={figures.flatMap((f) => f.citations)}
      table={table}
      textOnly
      emptyNote={figures.length === 0 ? 'No further figures match the current filters.' : null}
    >
      <ul className="figure-tiles">
        {figures.map((figure) => (
          <FigureTile key={figure.id} figure={figure} organizations={organizations} />
        ))}
      </ul>
    </ChartFrame>
  )
}
