import { describe, expect, it } from 'vitest'
import { paragraphsPointingAt } from './references'

const paragraphs = [
  { number: 1, text: 'Summary. The review covered four cities (ref C).' },
  { number: 2, text: 'The court supports the move. See Reftel.' },
  { number: 3, text: 'As reported in reftel A and refs B, nothing changed; a referee said so.' },
  { number: 4, text: 'No reference here, nor in "references".' },
]

describe('paragraphsPointingAt', () => {
  it('finds "See Reftel" for a cable with one reference', () => {
    expect(paragraphsPointingAt(paragraphs.filter((p) => p.number !== 3), 0, 1)).toEqual([2])
  })

  it('finds the reference by its letter where there are several, and no other letter', () => {
    expect(paragraphsPointingAt(paragraphs, 0, 3)).toEqual([3])
    expect(paragraphsPointingAt(paragraphs, 1, 3)).toEqual([3])
    expect(paragraphsPointingAt(paragraphs, 2, 3)).toEqual([1])
    expect(paragraphsPointingAt(paragraphs, 3, 4)).toEqual([])
  })
})
