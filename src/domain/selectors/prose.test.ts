import { describe, expect, it } from 'vitest'
import { capitalized, inSentence } from './prose'

describe('names in sentences', () => {
  it('gives an institution its article, by the noun the name is about', () => {
    expect(inSentence('Fujian Copyright Bureau')).toBe('the Fujian Copyright Bureau')
    expect(inSentence('Embassy')).toBe('the Embassy')
    expect(inSentence('Chaoyang District government')).toBe('the Chaoyang District government')
    expect(inSentence('Office of the United States Trade Representative')).toBe('the Office of the United States Trade Representative')
    expect(inSentence('Ministry of Education Department of International Exchanges')).toBe('the Ministry of Education Department of International Exchanges')
    expect(inSentence('Shanghai Service Center for IP Protection')).toBe('the Shanghai Service Center for IP Protection')
    expect(inSentence('U.S. Mission in China')).toBe('the U.S. Mission in China')
  })
  it('leaves acronyms, places, companies and groups of people bare', () => {
    for (const name of ['MOFCOM', 'Chaoyang', 'China Customs', 'Xiamen Customs', 'Nike', 'AmCham-South China', 'Putian officials', 'Chinese officials (unnamed)', 'Shanghai courts', 'Industry associations', 'an agency this view hides']) {
      expect(inSentence(name)).toBe(name)
    }
  })
  it('starts a sentence with a capital', () => {
    expect(capitalized('the Embassy told MOFCOM')).toBe('The Embassy told MOFCOM')
    expect(capitalized('')).toBe('')
  })
})
