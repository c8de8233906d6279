import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { organizations, usVisitorShare } from '../testing/fixtures'
import { UsVisitorShareChart } from './us-visitor-share-chart'

describe('UsVisitorShareChart', () => {
  it('shows the US 20% against one undivided remainder and no invented countries', async () => {
    render(<UsVisitorShareChart figure={usVisitorShare} organizations={organizations} />)
    const chart = screen.getByRole('img', { name: /20% of visitors to the CIECC website in February 2007 were from the United States, the largest foreign share/ })
    expect(within(chart).getByText('United States: 20%')).toBeInTheDocument()
    expect(within(chart).getByText('All other visitors, not broken down by the cable: 80%')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }))
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows).toHaveLength(3) // header, US, everyone else: nothing the cable does not give
    expect(within(rows[1]!).getByRole('cell', { name: '20' })).toBeInTheDocument()
    expect(within(rows[2]!).getByRole('cell', { name: '80' })).toBeInTheDocument()
  })
  it('follows the data: another share gives another takeaway', () => {
    const figure = { ...usVisitorShare, value: { kind: 'exact' as const, value: 25 }, citations: [usVisitorShare.citations[0]!] }
    render(<UsVisitorShareChart figure={figure} organizations={organizations} />)
    expect(screen.getByText(/25% of visitors .* the other 75%/)).toBeInTheDocument()
    expect(screen.queryByText(/largest foreign share/)).not.toBeInTheDocument()
  })
})
