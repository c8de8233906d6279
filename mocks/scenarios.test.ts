import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { listQueryOptions } from '@/api/list-query'
import { cableListResource, cablePath, metaResource } from '@/contract/endpoints'
import { fetchResource } from '@/lib/api-client'
import { createQueryClient } from '@/lib/query-client'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { mockDataset } from './dataset'
import { largeDataset } from './large-dataset'
import { server } from './node'
import { scenarioHandlers, scenarioNames } from './scenarios'
import readme from '../README.md?raw'

/**
 * The scenarios the README's "Mock API scenarios" table lists: literal names (`slow`), patterns
 * (`failing-<resource>`), and the example names its descriptions give (`failing-figures`).
 */
function documentedScenarios(markdown: string) {
  const start = markdown.indexOf('## Mock API scenarios')
  const end = markdown.indexOf('\n## ', start + 1)
  expect(start, 'the README has a "Mock API scenarios" section').toBeGreaterThan(-1)
  const rows = markdown
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .map((line) => /^\| `([^`]+)` \|(.*)\|$/.exec(line))
    .filter((match) => match !== null)
  const cells = rows.map((m) => m[1]!)
  const names = cells.filter((cell) => !cell.includes('<'))
  const patterns = cells.filter((cell) => cell.includes('<')).map((cell) => new RegExp(`^${cell.replace(/<[^>]+>/g, '[a-z-]+')}$`))
  const examples = rows.flatMap((m) => [...m[2]!.matchAll(/`([a-z][a-z-]*)`/g)].map((e) => e[1]!)).filter((word) => patterns.some((p) => p.test(word)))
  return { names, patterns, examples }
}

const datasets = { real: mockDataset, large: largeDataset }

beforeEach(() => resetFilterStore())

describe('dev scenarios', () => {
  it('names every scenario the README documents, and the README documents every scenario', () => {
    const { names, patterns, examples } = documentedScenarios(readme)
    expect(names).toEqual(expect.arrayContaining(['normal', 'large']))
    expect(patterns.map(String)).toEqual(['/^failing-[a-z-]+$/'])
    const ours: readonly string[] = scenarioNames
    // README → code: every name in the table, and every example it gives of a pattern, is a scenario.
    expect(ours).toEqual(expect.arrayContaining([...names, ...examples]))
    for (const pattern of patterns) expect(ours.some((name) => pattern.test(name))).toBe(true)
    // Code → README: every scenario is in the table, by name or by a pattern.
    expect(ours.filter((name) => !names.includes(name) && !patterns.some((p) => p.test(name)))).toEqual([])
  })

  it('failing-figures fails that one resource and nothing else', async () => {
    server.use(...scenarioHandlers('failing-figures', datasets))
    renderApp('/')
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not load the figures/i)
    expect(await within(await screen.findByRole('region', { name: 'Venues and their issues' })).findAllByRole('article')).toHaveLength(datasets.real().venues.length)
  })

  it('failing fails every request', async () => {
    server.use(...scenarioHandlers('failing', datasets))
    renderApp('/')
    expect(await screen.findByText(/could not load the dashboard data/i)).toBeInTheDocument()
  })

  it('empty serves a contract-valid cable with nothing annotated', async () => {
    server.use(...scenarioHandlers('empty', datasets))
    renderApp('/')
    expect(await screen.findByText('The data holds no venues yet.')).toBeInTheDocument()
  })

  it('large serves what the README says through the contract the client checks, every citation on a paragraph of its venue’s cable', async () => {
    server.use(...scenarioHandlers('large', datasets))
    // fetchResource validates each body against its zod schema, as the app does: a wrong shape throws.
    // The lists are read as the app reads them, page by page (10,000 issues are 20 files).
    const client = createQueryClient({ retry: false })
    const [meta, cableList, venues, issues] = await Promise.all([
      fetchResource(metaResource.path, 'meta'),
      fetchResource(cableListResource.path, 'cables'),
      client.fetchQuery(listQueryOptions('venues')),
      client.fetchQuery(listQueryOptions('issues')),
    ])
    expect([venues.length, issues.length, cableList.length]).toEqual([200, 10_000, 50])
    expect(meta.counts).toMatchObject({ venues: venues.length, issues: issues.length })
    expect(meta.cableIds).toEqual(cableList.map((c) => c.id))
    const cables = await Promise.all(cableList.map((c) => fetchResource(cablePath(c.id), 'cable')))
    const paragraphsOf = new Map(cables.map((cable) => [cable.id, new Set(cable.paragraphs.map((p) => p.number))]))
    const cableOfVenue = new Map(venues.map((v) => [v.id, v.cableId]))
    const cited = [
      ...venues.map((v) => ({ label: `venues/${v.id}`, cableId: v.cableId, citations: v.citations })),
      ...issues.map((i) => ({ label: `issues/${i.id}`, cableId: cableOfVenue.get(i.venueId), citations: i.citations })),
    ]
    const stray = cited.flatMap(({ label, cableId, citations }) =>
      citations.filter((c) => c.cableId !== cableId || !paragraphsOf.get(c.cableId)?.has(c.paragraph)).map((c) => `${label}: ${c.cableId} ¶${c.paragraph}`),
    )
    expect(stray).toEqual([])
  })
})
