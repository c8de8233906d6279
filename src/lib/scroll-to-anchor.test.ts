import { afterEach, describe, expect, it, vi } from 'vitest'
import { anchorId, scrollToId } from './scroll-to-anchor'

afterEach(() => document.body.replaceChildren())

describe('anchorId', () => {
  it('reads the decoded id of a fragment with one of the page’s prefixes', () => {
    expect(anchorId('#issue-silk%20street', ['issue-'])).toBe('issue-silk street')
    expect(anchorId('#event-olympics', ['figure-', 'event-'])).toBe('event-olympics')
  })
  it('ignores other fragments, and survives a malformed one', () => {
    expect(anchorId('#p11', ['issue-'])).toBeNull()
    expect(anchorId('', ['issue-'])).toBeNull()
    expect(anchorId('#issue-%E0%A4%A', ['issue-'])).toBe('issue-%E0%A4%A')
  })
})

describe('scrollToId', () => {
  it('scrolls the element into view, where asked, and returns it', () => {
    const target = Object.assign(document.createElement('section'), { id: 'figure-silk' })
    const scroll = vi.fn<(options?: boolean | ScrollIntoViewOptions) => void>()
    target.scrollIntoView = scroll
    document.body.append(target)
    expect(scrollToId('figure-silk', 'center')).toBe(target)
    expect(scroll).toHaveBeenCalledWith({ block: 'center' })
  })
  it('returns null when nothing has that id', () => {
    expect(scrollToId('issue-none')).toBeNull()
  })
})
