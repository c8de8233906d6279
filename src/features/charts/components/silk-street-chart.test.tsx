import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { counterfeitShare, organizations } from '../testing/fixtures'
import { SilkStreetChart } from './silk-street-chart'


describe('SilkStreetChart', () => {
  it('headlines "up to 80–90%", never the bare range, with its qualifiers and the dispute visible on the chart', () => {
    const { container } = render(<SilkStreetChart figure={counterfeitShare} organizations={organizations} />)
    const chart = screen.getByRole('img', { name: /challenged by the Chaoyang District government/ })
    expect(within(chart).getByText('up to 80–90%')).toBeInTheDocument()
    expect(within(chart).queryByText('80–90%')).not.toBeInTheDocument()
    expect(within(chart).getByText('⚠ disputed')).toBeInTheDocument()
    expect(within(chart).getByText(/pale bar reaches the highest figure/)).toBeInTheDocument()
    // The bar starts at 0% ("up to" is a ceiling); the 80–90 range is a bracket, not a floating block.
    expect(container.querySelector('[data-range-bracket]')).not.toBeNull()
    expect(within(chart).getByText(/“in some categories”, “up to”/)).toBeInTheDocument()
    expect(within(chart).getByText(/recent industry data cited by USTR/)).toBeInTheDocument()
    expect(within(chart).getAllByText(/Challenged by the Chaoyang District government/)).toHaveLength(2)
    // Each dispute reads as one note: its wrapped lines are as red and bold as its first.
    const red = [...container.querySelectorAll('text[fill="#a3171b"]')].filter((t) => t.textContent !== '⚠ disputed')
    expect(red.length).toBeGreaterThan(2)
    for (const line of red) expect(line).toHaveAttribute('font-weight', '700')
  })
  it('shows the range in the data table when asked', async () => {
    render(<SilkStreetChart figure={counterfeitShare} organizations={organizations} />)
    await userEvent.click(screen.getByRole('button', { name: 'Show data table' }))
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true')
    const row = screen.getByRole('row', { name: /Counterfeit share/ })
    expect(within(row).getByRole('cell', { name: '80–90' })).toBeInTheDocument()
    expect(within(row).getByRole('cell', { name: 'not stated' })).toBeInTheDocument()
    expect(within(row).queryByRole('cell', { name: '80' })).not.toBeInTheDocument()
    expect(within(row).getByRole('cell', { name: 'Chaoyang District government' })).toBeInTheDocument()
    // The paragraphs of the figure and of its disputes, as the chart's own source line gives them.
    expect(within(row).getByRole('cell', { name: '¶11, 12' })).toBeInTheDocument()
  })
  it('says so when the figure is filtered out', () => {
    render(<SilkStreetChart figure={undefined} organizations={organizations} />)
    expect(screen.getByText(/not among the figures the current filters show/)).toBeInTheDocument()
  })
})
