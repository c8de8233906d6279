// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Cable, Citation } from '@/contract/schemas'
import { apiFiles, cableListResource, cablePath, listPagePath, listPagePaths, listResources, metaResource, type ListResource } from '@/contract/endpoints'
import { parseResource } from '@/contract/parse-resource'
import type { ResourceName } from '@/contract/resource-schemas'
import { checkContent } from '@/domain/dataset/checks'
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
  })

  it('serves every API file in the shape the contract requires, the client’s own check', () => {
    const resourceOf = new Map<string, ResourceName>([
      [metaResource.path, 'meta'],
      [cableListResource.path, 'cables'],
      ...generated.cables.map((c): [string, ResourceName] => [cablePath(c.id), 'cable']),
      ...(Object.keys(listResources) as ListResource[]).flatMap((name) => listPagePaths(name, generated[name].length).map((path): [string, ResourceName] => [path, name])),
    ])
    // 600 issues and 1,800 positions: served in pages, every one of them a known file.
    expect(resourceOf.get(listPagePath('positions', 4))).toBe('positions')
    expect([...apiFiles(generated).keys()].filter((path) => !resourceOf.has(path))).toEqual([])
    const problems = [...apiFiles(generated)].flatMap(([path, body]) => {
      const check = parseResource(resourceOf.get(path)!, body)
      return check.success ? [] : [`${path} at ${check.path.join('.')}: ${check.message}`]
    })
    expect(problems).toEqual([])
    // The meta file's counts are what the lists hold, as the dashboard's header reports them.
    const { counts } = generated.meta
    for (const name of Object.keys(counts) as (keyof typeof counts)[]) expect([name, counts[name]]).toEqual([name, generated[name].length])
  })

  it('defaults to 50 cables', () => {
    expect(generateDataset(real, { venues: 50, issues: 50, positionsPerIssue: 2 }).meta.cableIds).toHaveLength(50)
  })

  it('passes the build’s checks: cites only its venue’s cable, quotes found in the cited paragraphs, known references, true markings', () => {
    const cableOf = new Map(generated.venues.map((v) => [v.id, v.cableId]))
    const issueCable = new Map(generated.issues.map((i) => [i.id, cableOf.get(i.venueId)]))
    for (const v of generated.venues) expect(citedCables(v.citations)).toEqual([v.cableId])
    for (const i of generated.issues) expect(citedCables(i.citations)).toEqual([cableOf.get(i.venueId)])
    for (const p of generated.positions) expect(citedCables(p.citations)).toEqual([issueCable.get(p.issueId)])
    for (const f of generated.figures) {
      expect(citedCables([...f.citations, ...f.disputes.map((d) => d.citation)])).toEqual([cableOf.get(f.venueId)])
    }
    for (const e of generated.events) expect(citedCables(e.citations)).toEqual([cableOf.get(e.venueId ?? '')])
    // Every check the build runs on the real dataset that does not need annotation files: ids, verbatim
    // quotes in paragraphs that exist, references, sides, figure numbers, dates, markings that match the paragraphs.
    const cablesById = new Map(generated.cables.map((c) => [c.id, c]))
    expect(checkContent(generated, cablesById)).toEqual([])
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
