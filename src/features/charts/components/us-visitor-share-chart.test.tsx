import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { organizations, usVisitorShare } from '../testing/fixtures'
import { UsVisitorShareChart } from './us-visitor-share-chart'

describe('UsVisitorShareChart', () => {
  it('shows the US 20% against one undivided remainder, with no number or country the cable does not give', async () => {
    render(<UsVisitorShareChart figure={usVisitorShare} organizations={organizations} />)
    const chart = screen.getByRole('img', { name: 'MOFCOM said 20% of visitors to the CIECC website in February 2007 were from the United States; the cable does not break down the rest.' })
    expect(within(chart).getByText('United States: 20%')).toBeInTheDocument()
    expect(within(chart).getByText('All other visitors, not broken down by the cable')).toBeInTheDocument()
    expect(within(chart).queryByText(/other visitors.*\d+%/i)).not.toBeInTheDocument()
    // The "largest proportion" sentence is the cable's own (¶17): quoted with its paragraph, not credited to MOFCOM.
    expect(screen.getByText('Also in ¶17: “United States visitors represented the largest proportion of foreign visitors to the site”')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }))
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows).toHaveLength(3) // header, US, everyone else: nothing the cable does not give
    expect(within(rows[1]!).getByRole('cell', { name: '20' })).toBeInTheDocument()
    expect(within(rows[2]!).getByRole('cell', { name: 'not stated' })).toBeInTheDocument()
  })
  it('follows the data: another share gives another takeaway', () => {
    const figure = { ...usVisitorShare, value: { kind: 'exact' as const, value: 25 }, citations: [usVisitorShare.citations[0]!] }
    render(<UsVisitorShareChart figure={figure} organizations={organizations} />)
    expect(screen.getByRole('img', { name: /25% of visitors .* the rest\./ })).toBeInTheDocument()
    expect(screen.queryByText(/largest proportion/)).not.toBeInTheDocument()
  })
})
