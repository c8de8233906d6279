import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../../mocks/dataset'
import { buildDeckNames } from '../lib/deck-names'
import { KeyFiguresSlide } from './key-figures-slide'

const data = mockDataset()
const names = buildDeckNames(data)

describe('the key figures slide', () => {
  it('gives a figure an agency only cites with its source, not as that agency’s own count', () => {
    const wtoCases = data.figures.find((f) => f.id === 'customs-wto-cases-count')!
    render(<KeyFiguresSlide figures={[wtoCases]} names={names} />)
    // The year is the cable's (¶5 says only "April 9"): marked, as the timeline marks its dates.
    expect(screen.getByText("USTR's April 9 announcement, cited by the Embassy, as of 9 April 2007 (inferred); 07BEIJING2463 ¶5")).toBeInTheDocument()
  })

  it('gives the 07BEIJING2455 count of the same two cases the same source', () => {
    render(<KeyFiguresSlide figures={data.figures.filter((f) => f.label.startsWith('WTO cases') || f.id === 'spc2455-wto-cases')} names={names} />)
    // Each says whose it is: side by side, two identical tiles read as a double count.
    expect(screen.getByText("USTR's April 9 announcement, cited by the Embassy, as of 9 April 2007 (inferred); 07BEIJING2455 ¶12")).toBeInTheDocument()
    expect(screen.getByText("USTR's April 9 announcement, cited by the Embassy, as of 9 April 2007 (inferred); 07BEIJING2463 ¶5")).toBeInTheDocument()
  })

  it('gives a figure with no source stated who gives it', () => {
    const complaintCentres = data.figures.find((f) => f.id === 'nationwide-complaint-centers')!
    render(<KeyFiguresSlide figures={[complaintCentres]} names={names} />)
    expect(screen.getByText(/^According to MOFCOM; 07BEIJING2566 ¶15$/)).toBeInTheDocument()
  })
})
