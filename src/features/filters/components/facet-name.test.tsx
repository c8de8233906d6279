import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FacetGroup } from './facet-group'

describe('FacetGroup', () => {
  it('names each checkbox by its option and how many issues it would show, in words', () => {
    const options = [{ value: 'mofcom', label: 'MOFCOM' }, { value: 'moe', label: 'Ministry of Education' }]
    render(<FacetGroup legend="Agency" options={options} selected={[]} counts={new Map([['mofcom', 17], ['moe', 1]])} field="organizations" onToggle={() => {}} />)
    expect(screen.getByRole('checkbox', { name: 'MOFCOM 17 issues' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Ministry of Education 1 issue' })).toBeInTheDocument()
  })
})
