import { describe, expect, it } from 'vitest'
import { mockDataset } from '../../../mocks/dataset'
import { NO_VENUE, venueNamer } from './describe-view'

describe('venueNamer', () => {
  const name = venueNamer(mockDataset().venues)

  it('names a venue by who met, never by its theme', () => {
    expect(name('chaoyang')).toBe('Chaoyang District government')
    expect(name('bcb')).toBe('Beijing Copyright Bureau')
  })

  it("gives a title several cables share its cable's id, so the venues can be told apart", () => {
    expect(name('embassy-comment')).toBe('Embassy comment (07BEIJING2566)')
    expect(name('spc2455-embassy-comment')).toBe('Embassy comment (07BEIJING2455)')
    expect(name('spc')).toBe("Supreme People's Court (07BEIJING2566)")
    const all = mockDataset().venues.map((v) => name(v.id))
    expect(new Set(all).size).toBe(all.length)
  })

  it('says when something is tied to no venue, and keeps an id it does not know', () => {
    expect(name(null)).toBe(NO_VENUE)
    expect(name('gone')).toBe('gone')
  })
})
