import { useEffect } from 'react'
import type { CableEvent, Figure, Issue, Organization, Position, Topic, Venue } from '@/contract/schemas'
import { isCounterfeitShareFigure, isUsVisitorShareFigure, keyFigures } from '@/domain/selectors/figures'
import '../charts.css'
import { EventsTimelineChart } from './events-timeline-chart'
import { IssuesByTopicChart } from './issues-by-topic-chart'
import { KeyFigureTiles } from './key-figure-tiles'
import { PositionsBySideChart } from './positions-by-side-chart'
import { SilkStreetChart } from './silk-street-chart'
import { UsVisitorShareChart } from './us-visitor-share-chart'

export interface ChartsSectionProps {
  figures: Figure[]
  issues: Issue[]
  positions: Position[]
  events: CableEvent[]
  venues: Venue[]
  topics: Topic[]
  organizations: Organization[]
  /** all venues, unfiltered, for stable colours/order */
  allVenues: Venue[]
}

/**
 * The charts of the cable's statistics, drawn from already-filtered data. The page loads this
 * module lazily; it is the only way in, so recharts stays out of the initial bundle.
 */
export default function ChartsSection({ figures, issues, positions, events, venues, topics, organizations, allVenues }: ChartsSectionProps) {
  useScrollToHashTarget()
  return (
    <section className="charts-section" aria-labelledby="charts-heading">
      <h2 id="charts-heading">Figures the cable gives, and counts of what this dashboard records</h2>
      <div className="charts-section__grid">
        <SilkStreetChart figure={figures.find(isCounterfeitShareFigure)} organizations={organizations} />
        <UsVisitorShareChart figure={figures.find(isUsVisitorShareFigure)} organizations={organizations} />
        <KeyFigureTiles figures={keyFigures(figures)} organizations={organizations} />
        <IssuesByTopicChart issues={issues} topics={topics} venues={venues} allVenues={allVenues} />
        <PositionsBySideChart positions={positions} issues={issues} allVenues={allVenues} />
        <EventsTimelineChart events={events} allVenues={allVenues} />
      </div>
    </section>
  )
}

/** A backlink from the reader (/#figure-… or /#event-…) lands once the lazily loaded charts exist. */
function useScrollToHashTarget() {
  useEffect(() => {
    const id = window.location.hash.slice(1)
    if (!/^(figure|event)-/.test(id)) return
    const target = document.getElementById(id)
    target?.scrollIntoView?.({ block: 'center' })
  }, [])
}
