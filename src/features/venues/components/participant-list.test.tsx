import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildLookups } from '@/domain/selectors/lookups'
import { mockDataset } from '../../../../mocks/dataset'
import { ParticipantList } from './participant-list'

describe('ParticipantList', () => {
  it('gives each person their title once: not again after a name that already says it', () => {
    const data = mockDataset()
    render(<ParticipantList participantIds={['stanford-mccoy', 'gz-econoff']} lookups={buildLookups(data)} />)
    const us = screen.getByRole('definition')
    expect(us).toHaveTextContent(/^Stanford McCoy \(USTR Chief Negotiator for Intellectual Property \(IP\) Enforcement\), Econoff \(unnamed\)$/)
  })
})
