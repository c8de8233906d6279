import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Citation, Issue } from '@/contract/schemas'
import { emptyFilters, type DashboardData } from '@/domain/selectors/filter-dashboard'
import { buildView, corpusParagraphs } from '@/domain/selectors/view'
import { mockDataset } from '../../../../mocks/dataset'
import { briefingFileName, buildBriefingRows, CSV_COLUMNS, toBriefingCsv } from './briefing-csv'

const SBU_PHRASES = ['considerable direct intervention', 'not interfering', 'dozens of times', 'International Visitors Program']

function viewOf(publicSafe: boolean) {
  const dataset = mockDataset()
  const all: DashboardData = { ...dataset, paragraphs: corpusParagraphs(dataset.cables) }
  return { filtered: buildView(all, { ...emptyFilters, publicSafe }).filtered, names: dataset }
}

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })

describe('briefing CSV', () => {
  it('starts with a BOM, ends lines with CRLF and names every column', () => {
    const { filtered, names } = viewOf(false)
    const csv = toBriefingCsv(buildBriefingRows(filtered, names))
    expect(csv.startsWith('\uFEFFid,type,cable,venue,')).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parse(csv).meta.fields).toEqual([...CSV_COLUMNS])
  })

  it('quotes commas, double quotes and line breaks so they read back unchanged', () => {
    const tricky = 'Fakes, "copies" and\nmore; 80–90%'
    const citation: Citation = { cableId: '07BEIJING2566', paragraph: 11, quote: tricky }
    const issue: Issue = { id: 'x', venueId: 'chaoyang', title: tricky, summary: 'a "b", c', summaryVoice: 'cable', topicIds: [], organizationIds: [], citations: [citation, { ...citation, paragraph: 12 }], markings: ['U'] }
    const csv = toBriefingCsv(buildBriefingRows({ issues: [issue], positions: [], figures: [], events: [] }, mockDataset()))
    const [row] = parse(csv).data
    expect(row).toMatchObject({ id: 'x', type: 'issue', title: tricky, summary: 'a "b", c', paragraphs: '¶11; ¶12', markings: 'U' })
    expect(row!.quotes).toBe(`¶11: ${tricky}\n¶12: ${tricky}`)
  })

  it('in the public-safe view, names no agency that view hides, not even by its id', () => {
    // No agency behind a public item is hidden in the five cables; made so here by leaving MOFCOM out of the names.
    const { filtered, names } = viewOf(true)
    const csv = toBriefingCsv(buildBriefingRows(filtered, { ...names, organizations: names.organizations.filter((o) => o.id !== 'mofcom') }))
    const named = parse(csv).data.map((r) => `${r.organization} ${r.organizations} ${r.disputed} ${r.attribution}`)
    expect(named.filter((cells) => /an agency this view hides/.test(cells)).length).toBeGreaterThan(1)
    expect(named.filter((cells) => /mofcom/i.test(cells))).toEqual([])
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    const issue: Issue = { id: 'f', venueId: 'moe', title: '=HYPERLINK("x")', summary: 's', summaryVoice: 'cable', topicIds: [], organizationIds: [], citations: [{ cableId: 'c', paragraph: 1, quote: 'q' }], markings: ['U'] }
    const [row] = parse(toBriefingCsv(buildBriefingRows({ issues: [issue], positions: [], figures: [], events: [] }, mockDataset()))).data
    expect(row!.title).toBe(`'=HYPERLINK("x")`)
  })

  it('holds every issue, position, figure and event of the view with its citations', () => {
    const { filtered, names } = viewOf(false)
    const rows = parse(toBriefingCsv(buildBriefingRows(filtered, names))).data
    const count = (type: string) => rows.filter((r) => r.type === type).length
    expect([count('issue'), count('position'), count('figure'), count('event')]).toEqual([
      filtered.issues.length,
      filtered.positions.length,
      filtered.figures.length,
      filtered.events.length,
    ])
    expect(rows.every((r) => /^¶\d+/.test(r.paragraphs ?? '') && (r.quotes ?? '').length > 0)).toBe(true)
    const silk = rows.find((r) => r.type === 'figure' && r.value?.includes('80–90%'))
    expect(silk).toMatchObject({ venue: 'Chaoyang District government' })
    expect(silk!.disputed).toMatch(/Chaoyang/)
    expect(silk!.attribution).toBe('recent industry data, cited by USTR')
    expect(rows.filter((r) => r.type === 'figure').every((r) => /^(according to |.+, cited by )\S/.test(r.attribution ?? ''))).toBe(true)
    expect(silk!.quotes).toMatch(/¶\d+: /)
    // A position's voice beside its organization's side: the cable's own account is not the US side's.
    const narrated = rows.find((r) => r.type === 'position' && r.attribution === 'The cable states')
    expect(narrated).toMatchObject({ side: 'United States', voice: "The cable's own account" })
    const spoken = rows.find((r) => r.type === 'position' && r.attribution?.startsWith('USTR'))
    expect(spoken).toMatchObject({ side: 'United States', voice: 'United States' })
    // The full view does carry the SBU paragraphs: the public-safe test below is not vacuous.
    expect(SBU_PHRASES.some((phrase) => rows.some((r) => Object.values(r).join(' ').includes(phrase)))).toBe(true)
  })

  it('with public-safe data holds nothing from the SBU paragraphs 18–20', () => {
    const { filtered, names } = viewOf(true)
    const csv = toBriefingCsv(buildBriefingRows(filtered, names))
    for (const phrase of SBU_PHRASES) expect(csv).not.toContain(phrase)
    expect(csv).not.toMatch(/¶(18|19|20)\b/)
    expect(csv).not.toContain('SBU')
    expect(parse(csv).data.length).toBeGreaterThan(50)
  })

  it('names the file by cable and day, and says when it is public-safe', () => {
    expect(briefingFileName(['07BEIJING2566'], new Date(2025, 0, 31), false)).toBe('07BEIJING2566-issues-2025-01-31.csv')
    expect(briefingFileName(['07BEIJING2566'], new Date(2025, 0, 31), true)).toBe('07BEIJING2566-issues-2025-01-31-public-safe.csv')
    expect(briefingFileName(['07BEIJING2566', '07GUANGZHOU376'], new Date(2025, 0, 31), false)).toBe('2-cables-issues-2025-01-31.csv')
  })
})
