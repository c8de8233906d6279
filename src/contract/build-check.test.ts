import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../mocks/dataset'
import { checkApiFileForBuild, firstDifference } from './build-check'
import { apiFiles, listResources, metaResource, resourceAt } from './endpoints'

describe("the build's check of its static API", () => {
  it('gives every file of the dataset its resource and the SHA-256 of its bytes', async () => {
    for (const [path, body] of apiFiles(mockDataset())) {
      const text = JSON.stringify(body)
      await expect(checkApiFileForBuild(path, text)).resolves.toEqual({ resource: resourceAt(path), sha256: createHash('sha256').update(text).digest('hex') })
    }
    await expect(checkApiFileForBuild(listResources.venues.path, '[]')).resolves.toMatchObject({ resource: 'venues' })
  })

  it('fails the build on a file that breaks its contract, naming the file and the place', async () => {
    const venues = mockDataset().venues.map((venue, i) => (i === 1 ? { ...venue, id: 7 } : venue))
    await expect(checkApiFileForBuild(listResources.venues.path, JSON.stringify(venues))).rejects.toThrow(/venues\.json does not match its contract at 1\.id/)
  })

  it('fails the build when the check would change the data: its bytes would not stand for what was checked', async () => {
    // An object key the schema does not know is dropped by the check.
    const meta = { ...mockDataset().meta, unexpected: true }
    await expect(checkApiFileForBuild(metaResource.path, JSON.stringify(meta))).rejects.toThrow(/meta\.json: the contract's check changes the data at unexpected/)
  })

  it('refuses a path outside the contract', async () => {
    await expect(checkApiFileForBuild('/api/v1/unknown.json', '[]')).rejects.toThrow(/not a file of the API's contract/)
  })
})

describe('firstDifference', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, null],
    [{ a: 1, b: [1, { c: 'x' }] }, { a: 1, b: [1, { c: 'y' }] }, 'b.1.c'],
    [{ a: 1 }, { a: 1, b: 2 }, 'b'],
    [{ a: 1, b: 2 }, { a: 1, c: 2 }, 'b'],
    [[1, 2], [1, 2, 3], ''],
    [{ a: null }, { a: {} }, 'a'],
    [[], {}, ''],
  ])('%j and %j differ at %j', (a, b, at) => {
    expect(firstDifference(a, b)).toBe(at)
  })
})
