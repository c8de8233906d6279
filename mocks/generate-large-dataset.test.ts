// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Cable, Citation } from '@/contract/schemas'
import { checkOneCablePerItem, checkQuotes, checkReferences, checkUniqueIds } from '@/domain/dataset/checks'
import { loadDataset } from '../scripts/load-dataset'
import { generateDataset } from './generate-large-dataset'

const real = loadDataset()
const options = { venues: 60, issues: 600, positionsPerIssue: 3, cables: 12 }
const generated = generateDataset(real, options)
const URL_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i
const citedCables = (citations: readonly Citation[]) => [...new Set(citations.map((c) => c.cableId))]

describe('generateDataset', () => {
  it('spreads the venues over the asked number of cables, cloned from the real ones under new ids', () => {
    expect(generated.cables).toHaveLength(12)
    expect(generated.meta.cableIds).toEqual(generated.cables.map((c) => c.id))
    const ids = generated.cables.map((c) => c.id)
    expect(new Set(ids).size).toBe(12)
    for (const id of ids) {
      expect(id).toMatch(URL_ID)
      expect(real.meta.cableIds).not.toContain(id)
    }
    generated.cables.forEach((clone, k) => {
      const source = real.cables[k % real.cables.length] as Cable
      expect({ ...clone, id: source.id }).toEqual(source)
    })
    expect(new Set(generated.venues.map((v) => v.cableId))).toEqual(new Set(ids))
    expect(generated.issues).toHaveLength(600)
  })

  it('defaults to 50 cables', () => {
    expect(generateDataset(real, { venues: 50, issues: 50, positionsPerIssue: 2 }).meta.cableIds).toHaveLength(50)
  })

  it('cites only its venue cable, with quotes found in the cited paragraphs, and refers only to known items', () => {
    const cableOf = new Map(generated.venues.map((v) => [v.id, v.cableId]))
    const issueCable = new Map(generated.issues.map((i) => [i.id, cableOf.get(i.venueId)]))
    for (const v of generated.venues) expect(citedCables(v.citations)).toEqual([v.cableId])
    for (const i of generated.issues) expect(citedCables(i.citations)).toEqual([cableOf.get(i.venueId)])
    for (const p of generated.positions) expect(citedCables(p.citations)).toEqual([issueCable.get(p.issueId)])
    for (const f of generated.figures) {
      expect(citedCables([...f.citations, ...f.disputes.map((d) => d.citation)])).toEqual([cableOf.get(f.venueId)])
    }
    for (const e of generated.events) expect(citedCables(e.citations)).toEqual([cableOf.get(e.venueId ?? '')])
    // The builder's own checks: one cable per item, verbatim quotes in clones that exist (registry included), ids.
    const cablesById = new Map(generated.cables.map((c) => [c.id, c]))
    expect(checkOneCablePerItem(generated)).toEqual([])
    expect(checkQuotes(generated, cablesById)).toEqual([])
    expect(checkReferences(generated)).toEqual([])
    expect(checkUniqueIds(generated)).toEqual([])
    const everyCitation = [generated.organizations, generated.people, generated.topics, generated.venues, generated.issues, generated.positions, generated.figures, generated.events]
      .flat()
      .flatMap((item) => item.citations)
    expect(everyCitation.every((c) => cablesById.has(c.cableId))).toBe(true)
  })

  it('gives the same dataset for the same seed, and another for another seed', () => {
    expect(generateDataset(real, { ...options, seed: 7 })).toEqual(generateDataset(real, { ...options, seed: 7 }))
    expect(generateDataset(real, options)).toEqual(generated)
    expect(generateDataset(real, { ...options, seed: 8 }).venues).not.toEqual(generateDataset(real, { ...options, seed: 7 }).venues)
  })

  it('needs at least one clone of every real cable', () => {
    expect(() => generateDataset(real, { ...options, cables: real.cables.length - 1 })).toThrow(/at least/)
  })
})
