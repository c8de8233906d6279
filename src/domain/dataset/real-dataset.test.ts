// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../scripts/load-dataset.ts'
import { sources } from '../../../data/sources.ts'
import { datasetSchema } from '../../contract/schemas.ts'

// The same code path the static build takes (scripts/vite-plugins.ts → loadDataset).
const dataset = loadDataset()
const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const item = items.find((i) => i.id === id)
  if (!item) throw new Error(`no item ${id}`)
  return item
}

const citingCables = (id: string) => new Set(byId(dataset.organizations, id).citations.map((c) => c.cableId))

const SEED = '07BEIJING2566'
const seedCable = dataset.cables.find((c) => c.id === SEED)

describe('the corpus', () => {
  it('builds with zero problems, satisfies the contract, and holds every cable in data/sources.ts in the order sent', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true)
    expect(dataset.meta.cableIds).toEqual(sources.map((s) => s.id))
    const sent = dataset.cables.map((c) => c.sent ?? '')
    expect(sent).toEqual([...sent].sort())
  })

  it('holds each shared organization once, resting on every cable that mentions it', () => {
    for (const id of ['ustr', 'us-embassy-beijing', 'spc']) expect(dataset.organizations.filter((o) => o.id === id)).toHaveLength(1)
    expect(citingCables('spc').size).toBeGreaterThan(1)
  })

  it('gives every venue its cable and a place', () => {
    for (const venue of dataset.venues) {
      expect(dataset.meta.cableIds).toContain(venue.cableId)
      expect(venue.citations.every((c) => c.cableId === venue.cableId)).toBe(true)
      expect(venue.place.city).not.toBe('')
    }
  })
})

describe('the 07BEIJING2566 dataset', () => {
  it('has the six venues of the cable', () => {
    expect(dataset.venues.filter((v) => v.cableId === SEED).map((v) => v.id)).toEqual(['bcb', 'chaoyang', 'moe', 'mofcom', 'spc', 'embassy-comment'])
    expect(byId(dataset.venues, 'spc').date).toMatchObject({ value: '2007-03-28', precision: 'day' })
    // ¶9–14 give no day: the Chaoyang and Education meetings are dated from ¶1's visit, and say so.
    expect(byId(dataset.venues, 'chaoyang').date?.inferredFrom).toMatch(/¶1/)
    expect(byId(dataset.venues, 'moe').date?.inferredFrom).toMatch(/¶1/)
    expect(byId(dataset.venues, 'embassy-comment').kind).toBe('assessment')
  })

  it('keeps the Silk Street figure a hedged range, sourced and disputed', () => {
    const figure = byId(dataset.figures, 'silk-street-counterfeit-share')
    expect(figure.value).toEqual({ kind: 'range', min: 80, max: 90 })
    expect(figure.unit).toBe('percent')
    expect(figure.qualifiers).toEqual(['in some categories', 'up to'])
    expect(figure.source).toBe('recent industry data')
    expect(figure.assertedBy).toEqual(['ustr'])
    expect(figure.disputes[0]).toMatchObject({
      organizationId: 'chaoyang-district-government',
      reportingVerb: 'challenged',
      citation: { paragraph: 11, quote: expect.stringContaining('The Chinese side challenged those figures') },
    })
    expect(figure.chart).toBe('counterfeit-share')
  })

  it('dates the CIECC 20% US-visitor figure to February 2007, asserted by MOFCOM', () => {
    const figure = byId(dataset.figures, 'ciecc-us-visitor-share')
    expect(figure.value).toEqual({ kind: 'exact', value: 20 })
    expect(figure.asOf).toEqual({ value: '2007-02', precision: 'month', inferredFrom: null })
    expect(figure.assertedBy).toEqual(['mofcom'])
  })

  it('keeps "more than" on the 6,000 textbooks and states no royalty amount', () => {
    expect(byId(dataset.figures, 'foreign-textbooks-in-print').qualifiers).toEqual(['more than'])
    expect(dataset.figures.some((f) => f.unit.startsWith('RMB') && f.citations.some((c) => c.cableId === SEED))).toBe(false)
  })

  it('marks items resting only on ¶18–20 as SBU', () => {
    const onlyComment = [...dataset.issues, ...dataset.positions, ...dataset.figures, ...dataset.events].filter((item) =>
      item.citations.every((c) => c.paragraph >= 18 && c.paragraph <= 20),
    )
    expect(onlyComment.length).toBeGreaterThan(10)
    for (const item of onlyComment) expect(item.markings).toEqual(['SBU'])
    expect(byId(dataset.positions, 'ustr-silk-street-industry-data').markings).toEqual(['U'])
  })

  it('restores the words the news-site copy lost at page breaks', () => {
    const paragraphs = seedCable?.paragraphs ?? []
    const restored = (n: number) => {
      const p = paragraphs.find((x) => x.number === n)
      return p ? p.restored.map((r) => p.text.slice(r.start, r.end)).join(' ') : ''
    }
    expect(restored(13)).toContain('royalties')
    expect(restored(12)).toContain('misunderstandings')
    expect(restored(2)).toBe('')
    expect(seedCable?.comparedWith).toEqual(['07BEIJING2566.scoop.txt'])
  })

  it('cites every paragraph 1–20 from an issue, position, figure or event', () => {
    const cited = new Set(
      [...dataset.issues, ...dataset.positions, ...dataset.figures, ...dataset.events].flatMap((i) =>
        i.citations.filter((c) => c.cableId === SEED).map((c) => c.paragraph),
      ),
    )
    for (let n = 1; n <= 20; n++) expect(cited, `¶${n}`).toContain(n)
  })

  it.each(['chaoyang-silk-street', 'bcb-take-down-notices', 'mofcom-transparency', 'comment-meeting-access'])(
    'records both sides where they disagree: %s',
    (issueId) => {
      const sides = new Set(dataset.positions.filter((p) => p.issueId === issueId).map((p) => p.side))
      expect(sides).toEqual(new Set(['US', 'China']))
    },
  )

  it('keeps the words around the quotes to what the cable says (the issue "Fidelity, part two" examples)', () => {
    // ¶18 reports what officials said, and ¶20 calls it rhetoric: no suspension is stated as fact.
    expect(byId(dataset.venues, 'embassy-comment').summary).not.toMatch(/China suspended/)
    expect(byId(dataset.venues, 'embassy-comment').summary).toMatch(/repeatedly noted/)
    // ¶4: USTR described practice in the United States and asked that associations be allowed to file in China.
    expect(byId(dataset.issues, 'bcb-take-down-notices').summary).toMatch(/in the United States/)
    expect(byId(dataset.issues, 'bcb-take-down-notices').summary).toMatch(/allowed to file notices in China/)
    // ¶3: cases were transferred "for" trial and conviction, a purpose, not an outcome.
    expect(dataset.positions.map((p) => p.paraphrase).join(' ')).not.toMatch(/ended in/)
    // ¶18: "largely" and "considerable" stay.
    expect(byId(dataset.positions, 'embassy-meetings-granted-late').paraphrase).toMatch(/largely.*considerable/)
    // Market operators are not the Chinese government.
    expect(byId(dataset.organizations, 'silk-market').side).toBe('other')
    expect(byId(dataset.organizations, 'market-management-companies').side).toBe('other')
  })

  it('uses titles as the cable gives them', () => {
    expect(byId(dataset.people, 'xie-chaobin')).toMatchObject({ title: 'Chaoyang District Vice Governor', organizationId: 'chaoyang-district-government' })
    // The cable names no organization for An Ning's title: none is invented.
    expect(byId(dataset.people, 'an-ning').organizationId).toBeNull()
    expect(byId(dataset.people, 'zhang-jun').title).toBe("Supreme People's Court Deputy President")
  })
})
