import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetFilterStore } from '@/lib/filter-store'
import { renderApp } from '@/testing/render-app'
import { mockDataset } from './dataset'
import { largeDataset } from './large-dataset'
import { server } from './node'
import { scenarioHandlers, scenarioNames } from './scenarios'

const datasets = { real: mockDataset, large: largeDataset }

beforeEach(() => resetFilterStore())

describe('dev scenarios', () => {
  it('names every scenario the README documents', () => {
    expect(scenarioNames).toEqual(expect.arrayContaining(['normal', 'slow', 'failing', 'empty', 'large', 'failing-figures']))
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

  it('large serves 200 venues and 10,000 issues through the same contract', () => {
    const large = largeDataset()
    expect(large.venues).toHaveLength(200)
    expect(large.issues).toHaveLength(10_000)
  })
})
