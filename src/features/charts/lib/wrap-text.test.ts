import { expect, it } from 'vitest'
import { wrapText } from './wrap-text'

it('wraps at word boundaries within the line length', () => {
  expect(wrapText('Challenged by Chaoyang District: the data are forced', 20)).toEqual(['Challenged by', 'Chaoyang District:', 'the data are forced'])
  expect(wrapText('', 20)).toEqual([])
})
