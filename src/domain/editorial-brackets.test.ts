import { describe, expect, it } from 'vitest'
import { editorialPieces } from './editorial-brackets'

const editorial = (text: string) => editorialPieces(text).filter((p) => p.editorial).map((p) => p.text)

describe('editorialPieces', () => {
  it('sets apart what stands in square brackets, short insertions and whole notes alike', () => {
    expect(editorialPieces('Guangdong officials [should] target CD/DVD makers.')).toEqual([
      { text: 'Guangdong officials ', editorial: false },
      { text: '[should]', editorial: true },
      { text: ' target CD/DVD makers.', editorial: false },
    ])
    expect(editorial('United States data. [The cable does not say whose efforts.]')).toEqual(['[The cable does not say whose efforts.]'])
  })

  it('leaves the cable’s own brackets inside a quotation alone, straight or curly quotes', () => {
    const text = 'to note: "The embassy did not provide us with this question [in advance]." [The brackets around "in advance" are the cable\'s own.]'
    expect(editorial(text)).toEqual(['[The brackets around "in advance" are the cable\'s own.]'])
    expect(editorial('He said “it is [very] fair” [in 2007].')).toEqual(['[in 2007]'])
  })

  it('gives the text back whole, and an unclosed bracket as plain text', () => {
    for (const text of ['No brackets at all.', 'An open [bracket never closed', '[Only a note.]', 'a [b] c [d] e']) {
      expect(editorialPieces(text).map((p) => p.text).join('')).toBe(text)
    }
    expect(editorial('An open [bracket never closed')).toEqual([])
    expect(editorialPieces('')).toEqual([])
  })
})
