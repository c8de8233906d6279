import { memo, useLayoutEffect, useRef } from 'react'
import { usePageRuns, useRenderedInSteps } from '@/lib/prerendered'
import type { CableSummary, Issue, Organization, Position, Topic, Venue } from '@/contract/schemas'
import { SIDE_LABELS, voiceOf } from '@/domain/selectors/voices'
import { spacedCableId } from '@/domain/selectors/cables'
import type { CableMatrixRow } from '@/domain/selectors/counts'
import { viewSteps } from '@/domain/selectors/view'
import { useFilterStore } from '@/lib/filter-store'
import { pluralize } from '@/lib/format'
import { isUnnamedGroup, organizationLabel } from '@/domain/selectors/organization-labels'
import { withAside } from '@/domain/selectors/prose'

interface CorpusViewsProps {
  cables: readonly CableSummary[]
  issues: readonly Issue[]
  positions: readonly Position[]
  /** Every venue after public-safe, to find an issue's cable. */
  venues: readonly Venue[]
  topics: readonly Topic[]
  organizations: readonly Organization[]
  /** False when positions failed to load: the agencies table says so instead of counting none. */
  positionsLoaded: boolean
  /** The chosen topics and organizations (of the deferred view), shown pressed. */
  selectedTopics: readonly string[]
  selectedOrganizations: readonly string[]
}

/** A prerendered page holds these tables for up to this many cables (the five in data/); a larger corpus's follow once the page runs. */
const PRERENDERED_CORPUS_CABLES = 12

/**
 * What only a corpus shows: which problems recur in which cables, and which agencies spoke where.
 * Tables, not charts: every number is readable, sortable by eye, and needs no colour.
 */
export const CorpusViews = memo(function CorpusViews(props: CorpusViewsProps) {
  // A large corpus's tables follow after hydration one at a time: each is a commit of thousands of cells.
  const tables = useRenderedInSteps(2, props.cables.length <= PRERENDERED_CORPUS_CABLES ? 2 : 0, 1)
  return (
    <section id="corpus" className="panel corpus-views" aria-labelledby="corpus-heading" tabIndex={-1}>
      <h2 id="corpus-heading">Across the cables</h2>
      {tables > 0 ? (
        <div className="corpus-views__grid">
          <TopicsByCable {...props} />
          {tables < 2 ? null : props.positionsLoaded ? (
            <AgenciesByCable {...props} />
          ) : (
            <div className="corpus-matrix">
              <h3>Positions by agency and cable</h3>
              <p>Positions not loaded: see the message above to retry.</p>
            </div>
          )}
        </div>
      ) : (
        <TablesToFollow cables={props.cables.length} />
      )}
    </section>
  )
})

/** In the prerender, that the tables need JavaScript; once the page runs, that they are being counted. */
function TablesToFollow({ cables }: { cables: number }) {
  return <p>{usePageRuns() ? `Counting the tables across ${cables} cables…` : `The tables across ${cables} cables follow once the page has loaded (they need JavaScript).`}</p>
}

// Each table counts in its own component: at a large corpus each count is a render of its own, which
// React may pause between (the tables follow in a transition), instead of one long task for both.

function TopicsByCable({ cables, issues, venues, topics, selectedTopics }: CorpusViewsProps) {
  const byTopic = viewSteps.issuesByTopicAndCable(issues, venues)
  const topicName = new Map(topics.map((t) => [t.id, t.label]))
  const recurring = byTopic.filter((row) => row.cableCount > 1)
  return (
    <CableMatrix
      id="topics-by-cable"
      title="Issues by topic and cable"
      takeaway={
        byTopic.length === 0
          ? 'No issues in this view.'
          : recurring.length === 0
            ? `No topic comes up in more than one cable in this view (${pluralize(byTopic.length, 'topic')}).`
            : `${pluralize(recurring.length, 'topic')} of ${byTopic.length} ${recurring.length === 1 ? 'comes' : 'come'} up in more than one cable in this view, most widely ${recurring[0] ? `“${topicName.get(recurring[0].id) ?? recurring[0].id}” (${recurring[0].cableCount} cables)` : ''}.`
      }
      rowHeader="Topic"
      unit="issues"
      cables={cables}
      rows={byTopic}
      rowLabel={(id) => topicName.get(id) ?? id}
      filterField="topics"
      selected={selectedTopics}
    />
  )
}

function AgenciesByCable({ cables, issues, positions, venues, organizations, selectedOrganizations }: CorpusViewsProps) {
  const byAgency = viewSteps.positionsByOrganizationAndCable(positions, issues, venues)
  const org = new Map(organizations.map((o) => [o.id, o]))
  // Unnamed officials in two cables may be different people: not one agency in more than one cable.
  const agenciesInSeveral: CableMatrixRow[] = []
  const unnamedInSeveral: CableMatrixRow[] = []
  for (const row of byAgency) if (row.cableCount > 1) (isUnnamedGroup(org.get(row.id)) ? unnamedInSeveral : agenciesInSeveral).push(row)
  const ownAccount = positions.filter((p) => voiceOf(p) === 'cable').length
  const unnamedNote = unnamedInSeveral.map((row) => ` ${organizationLabel(row.id, organizations)} in ${row.cableCount} cables may not be the same people: not counted as one agency across cables.`).join('')
  const notCounted = (ownAccount ? ` ${pluralize(ownAccount, 'position')} in the cable's own voice, not an agency's, ${ownAccount === 1 ? 'is' : 'are'} not counted here.` : '') + unnamedNote
  return (
    <CableMatrix
      id="agencies-by-cable"
      title="Positions by agency and cable"
      takeaway={
        byAgency.length === 0
          ? `No agency's positions in this view.${notCounted}`
          : agenciesInSeveral.length === 0
            ? `No agency takes positions in more than one cable in this view (${pluralize(byAgency.length, 'agency', 'agencies')}).${notCounted}`
            : `${pluralize(agenciesInSeveral.length, 'agency', 'agencies')} of ${byAgency.length} ${agenciesInSeveral.length === 1 ? 'takes' : 'take'} positions in more than one cable in this view.${notCounted}`
      }
      rowHeader="Agency (side)"
      unit="positions"
      cables={cables}
      rows={byAgency}
      rowLabel={(id) => {
        const o = org.get(id)
        const name = organizationLabel(id, organizations)
        return o ? withAside(name, SIDE_LABELS[o.side]) : name
      }}
      filterField="organizations"
      selected={selectedOrganizations}
    />
  )
}

interface CableMatrixProps {
  id: string
  title: string
  takeaway: string
  rowHeader: string
  unit: string
  cables: readonly CableSummary[]
  rows: readonly CableMatrixRow[]
  rowLabel: (id: string) => string
  filterField: 'topics' | 'organizations'
  selected: readonly string[]
}

/** A table of counts, rows × cables; a row's name filters the dashboard to it. */
function CableMatrix({ id, title, takeaway, rowHeader, unit, cables, rows, rowLabel, filterField, selected }: CableMatrixProps) {
  const toggle = useFilterStore((s) => s.toggle)
  const max = Math.max(1, ...rows.flatMap((row) => [...row.byCable.values()]))
  const matrix = useRef<HTMLDivElement>(null)
  // A row chosen here filters the cards above it, and the page is laid out anew: scroll anchoring held the
  // charts below in place, and the focused row's button was left 1,900 px above the window. Run once each
  // new view (its rows) is laid out.
  useLayoutEffect(() => {
    const focused = document.activeElement
    if (!focused || !matrix.current?.contains(focused)) return
    const box = focused.getBoundingClientRect()
    if (box.bottom < 0 || box.top > innerHeight) focused.scrollIntoView({ block: 'center' })
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [rows])
  return (
    <div ref={matrix} className={`corpus-matrix${cables.length <= FEW_CABLES ? ' corpus-matrix--few-cables' : ''}`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p className="corpus-matrix__takeaway">{takeaway}</p>
      {rows.length > 0 && (
        <div className="corpus-matrix__scroll">
          <table className="corpus-table">
            <caption className="visually-hidden">
              {title}: {unit} per cable in this view. Choose a row name to filter the dashboard by it.
            </caption>
            <thead>
              <tr>
                <th scope="col">{rowHeader}</th>
                {cables.map((cable) => (
                  <th key={cable.id} scope="col" className="num corpus-table__cable">
                    {/* "07 GUANGZHOU 376" wraps into a narrow column; the cable id is read out whole. */}
                    <span aria-hidden="true">{spacedCableId(cable.id)}</span>
                    <span className="visually-hidden">{cable.id}</span>
                  </th>
                ))}
                <th scope="col" className="num">
                  Cables
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button type="button" className="link-button" aria-pressed={selected.includes(row.id)} onClick={() => toggle(filterField, row.id)}>
                      {rowLabel(row.id)}
                    </button>
                  </th>
                  {cables.map((cable) => {
                    const n = row.byCable.get(cable.id) ?? 0
                    // The shade only repeats the number, never replaces it.
                    return (
                      <td key={cable.id} className="num corpus-table__cell" style={{ ['--share' as string]: n / max }} data-zero={n === 0 || undefined}>
                        {n === 0 ? (
                          <>
                            <span aria-hidden="true">·</span>
                            <span className="visually-hidden">none</span>
                          </>
                        ) : (
                          n
                        )}
                      </td>
                    )
                  })}
                  <td className="num">{row.cableCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {/* The box shows about nine rows, and a phone not every column; scrollbars are often hidden until used. */}
      {rows.length > ROWS_IN_VIEW && <p className="corpus-matrix__more">{rows.length} rows: scroll the table for them all.</p>}
      {rows.length > 0 && <p className="corpus-matrix__more corpus-matrix__sideways">Scroll the table sideways for every cable.</p>}
    </div>
  )
}

/** About as many rows as the table's box shows before it scrolls (overview.css: .corpus-matrix__scroll). */
const ROWS_IN_VIEW = 8
/** As many cables as a table fits in a box 41rem wide (overview.css: .corpus-matrix--few-cables). */
const FEW_CABLES = 5
