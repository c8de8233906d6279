import type { ReactNode, Ref } from 'react'
import { formatCitations } from '@/lib/citations'
import type { Slide } from '../lib/build-slides'
import { highestMarking } from '@/domain/selectors/markings'

interface SlideFrameProps {
  ref: Ref<HTMLElement>
  slide: Slide
  number: number
  total: number
  filtersLine: string
  children: ReactNode
}

/** "07BEIJING2566 ¶9–12": where everything on the slide comes from, per cable. */
function sourceLine(slide: Slide): string {
  // The title slide: its cables' ids and dates are their headers', its counts the dashboard's own.
  return slide.citations.length === 0 ? 'no paragraph cited' : formatCitations(slide.citations)
}

/** The slide itself: its heading and body, and on every slide the filters, its paragraphs and its highest marking. */
export function SlideFrame({ ref, slide, number, total, filtersLine, children }: SlideFrameProps) {
  const marking = highestMarking(slide.markings)
  return (
    // Focusable so a slide that overflows a small window can still be scrolled from the keyboard.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- WCAG asks scrollable regions to be reachable (axe scrollable-region-focusable)
    <section ref={ref} className="slide" tabIndex={0} aria-roledescription="slide" aria-label={`Slide ${number} of ${total}: ${slide.title}`}>
      <h1 className="slide__title">{slide.title}</h1>
      <div className="slide__body">{children}</div>
      <footer className="slide__meta">
        <p>
          <span className="slide__meta-label">Filters:</span> {filtersLine}
        </p>
        <p>
          <span className="slide__meta-label">Sources:</span> {sourceLine(slide)}
        </p>
        <p className={`slide__marking slide__marking--${marking === 'U' || marking === 'none' ? 'plain' : 'raised'}`}>
          <span className="slide__meta-label">Highest marking on this slide:</span> <strong>{marking}</strong>
        </p>
      </footer>
    </section>
  )
}
