import { useEffect } from 'react'
import type { CableEvent, CableSummary, Figure, Issue, Organization, Position, Topic, Venue } from '@/contract/schemas'
import { isCounterfeitShareFigure, isUsVisitorShareFigure, keyFigures } from '@/domain/selectors/figures'
import type { Lookups } from '@/domain/selectors/lookups'
import { POSITIONS_BY_VOICE_TITLE } from '@/domain/selectors/venue-counts'
import { anchorId, scrollToId } from '@/lib/scroll-to-anchor'
import '../charts.css'
import { EventsTimelineChart } from './events-timeline-chart'
import { IssuesByTopicChart } from './issues-by-topic-chart'
import { KeyFigureTiles } from './key-figure-tiles'
import { PositionsByVoiceChart } from './positions-by-voice-chart'
import { SilkStreetChart } from './silk-street-chart'
import { UsVisitorShareChart } from './us-visitor-share-chart'

export interface ChartsSectionProps {
  figures: readonly Figure[]
  issues: readonly Issue[]
  positions: readonly Position[]
  events: readonly CableEvent[]
  topics: readonly Topic[]
  organizations: readonly Organization[]
  /** all venues, unfiltered, for stable colours/order */
  allVenues: readonly Venue[]
  /** The corpus's cables, in order: the timeline's lanes when the view holds several, and their posts. */
  cables: readonly CableSummary[]
  /** Names of agencies and people: who said what (the timeline's events). */
  lookups: Lookups
  /** Resources that failed to load: their charts say so instead of drawing an empty picture. */
  notLoaded?: readonly ('positions' | 'figures' | 'events')[]
}

/** In place of a chart whose data did not load: never a chart of zeros. */
function NotLoadedCard({ title, what }: { title: string; what: string }) {
  return (
    <section className="chart-card panel" aria-label={title}>
      <h3>{title}</h3>
      <p className="chart-card__empty" role="status">
        ⚠ Not loaded: {what} did not load, so this chart is not drawn. The message at the top of the page has a Retry.
      </p>
    </section>
  )
}

/**
 * The charts of the cables' statistics, drawn from already-filtered data. The page loads this
 * module lazily; it is the only way in, so recharts stays out of the initial bundle.
 */
export default function ChartsSection({ figures, issues, positions, events, topics, organizations, allVenues, cables, lookups, notLoaded = [] }: ChartsSectionProps) {
  useScrollToHashTarget()
  const missing = new Set(notLoaded)
  // "The cable" while the view rests on one cable, "the cables" once it spans several.
  const several = citedCables([...figures, ...issues, ...positions, ...events]).size > 1
  return (
    <section id="charts" className="charts-section" aria-labelledby="charts-heading" tabIndex={-1}>
      {/* The same words as the placeholder before this module loads: the heading names the dashboard's sources, not the view's. */}
      <h2 id="charts-heading">Figures the cables give, and counts of what this dashboard records</h2>
      <div className="charts-section__grid">
        {missing.has('figures') ? (
          <NotLoadedCard title={several ? "The cables' figures" : "The cable's figures"} what="the figures" />
        ) : (
          <>
            <SilkStreetChart figure={figures.find(isCounterfeitShareFigure)} organizations={organizations} />
            <UsVisitorShareChart figure={figures.find(isUsVisitorShareFigure)} organizations={organizations} />
            <KeyFigureTiles figures={keyFigures(figures)} organizations={organizations} cables={cables} />
          </>
        )}
        <IssuesByTopicChart issues={issues} topics={topics} allVenues={allVenues} />
        {missing.has('positions') ? (
          <NotLoadedCard title={POSITIONS_BY_VOICE_TITLE} what="the positions" />
        ) : (
          <PositionsByVoiceChart positions={positions} issues={issues} allVenues={allVenues} />
        )}
        {missing.has('events') ? <NotLoadedCard title="Timeline of dated events" what="the events" /> : <EventsTimelineChart events={events} allVenues={allVenues} cables={cables} lookups={lookups} />}
      </div>
    </section>
  )
}

/** The cables a set of records cites. */
function citedCables(records: readonly { citations: readonly { cableId: string }[] }[]): Set<string> {
  return new Set(records.flatMap((r) => r.citations.map((c) => c.cableId)))
}

/** A backlink from the reader (/#figure-… or /#event-…) lands once the lazily loaded charts exist. */
function useScrollToHashTarget() {
  useEffect(() => {
    const id = anchorId(window.location.hash, ['figure-', 'event-'])
    if (id) scrollToId(id, 'center')
  }, [])
}
