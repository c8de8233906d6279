// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { countPositionsByVoice, describeVoiceCounts, voiceCountPhrases, voiceOf } from './voices'

describe('voices', () => {
  it("puts a position with no reporting verb in the cable's own account, whatever its organization's side", () => {
    expect(voiceOf({ side: 'US', reportingVerb: null })).toBe('cable')
    expect(voiceOf({ side: 'China', reportingVerb: null })).toBe('cable')
    expect(voiceOf({ side: 'US', reportingVerb: 'pointed out' })).toBe('US')
    expect(voiceOf({ side: 'other', reportingVerb: 'said' })).toBe('other')
  })

  it('says only the voices a count holds, in a fixed order', () => {
    const counts = countPositionsByVoice([
      { side: 'US', reportingVerb: null },
      { side: 'China', reportingVerb: 'said' },
      { side: 'US', reportingVerb: 'urged' },
      { side: 'China', reportingVerb: 'replied' },
    ])
    expect(counts).toEqual({ US: 1, China: 2, other: 0, cable: 1 })
    expect(voiceCountPhrases(counts)).toEqual(['1 US', '2 Chinese', "1 in the cable's own account"])
    expect(describeVoiceCounts(counts)).toBe("1 US · 2 Chinese · 1 in the cable's own account")
    expect(describeVoiceCounts(countPositionsByVoice([]))).toBe('none')
  })
})
