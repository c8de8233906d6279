import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../mocks/dataset'
import { positionLine, positionSentence } from './attribution'
import { buildLookups } from './lookups'

const data = mockDataset()
const lookups = buildLookups(data)
const position = (id: string) => data.positions.find((p) => p.id === id)!

describe('a position as a sentence', () => {
  it('puts what prompted it first, as the cable does, not after the speaker and a second colon', () => {
    expect(positionLine(position('mofcom-rewards-per-system'), lookups)).toMatch(
      /^Asked about the existence of a rewards system for IPR enforcement, MOFCOM replied: Different enforcement and administrative systems exist/,
    )
    expect(positionSentence(position('bcb-jiang-supports'), lookups)).toEqual({
      prompt: 'In response to a comment by the Senior IPR Attache',
      leadIn: 'Wang Yefei (BCB) noted',
      text: expect.stringMatching(/^At least the chief judge of the Supreme People's Court civil IPR tribunal/),
    })
    expect(positionLine(position('mofcom-confidentiality'), lookups)).toBe(
      "To USTR's suggestion to release more information about take-down actions, MOFCOM replied: This has to do with confidentiality of rights holders.",
    )
  })

  it('leaves a colon inside what was said alone ("three principles: …"), and the cable’s own voice as it is', () => {
    expect(positionSentence(position('spc2455-three-principles'), lookups)).toMatchObject({ prompt: null, leadIn: 'Zhang Jun (SPC) offered', text: position('spc2455-three-principles').paraphrase })
    const ownVoice = data.positions.find((p) => p.reportingVerb === null)!
    expect(positionSentence(ownVoice, lookups)).toEqual({ prompt: null, leadIn: 'The cable states', text: ownVoice.paraphrase })
  })

  it('in the five cables, no line says what prompted a position after the speaker', () => {
    const late = data.positions.map((p) => positionLine(p, lookups)).filter((line) => /^[^:]+: (Asked|In response to|In a separate discussion|To [^:]*suggestion|In closing|Citing|In a prior meeting|On a tour)/.test(line))
    expect(late).toEqual([])
  })
})
