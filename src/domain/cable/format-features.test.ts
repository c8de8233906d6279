// @vitest-environment node
/**
 * One small invented fixture per format feature of real cables (see README "Choices").
 * None of this text comes from a real cable; only the layout does.
 */
import { describe, expect, it } from 'vitest'
import { parseCable } from './parse-cable.ts'
import type { ParsedCable } from './types.ts'

const cable = (lines: string[]): string => lines.join('\n')
const brief = (r: ParsedCable) => r.paragraphs.map((p) => [p.number, p.marking, p.heading, p.text])
const codes = (r: ParsedCable): string[] => r.diagnostics.map((d) => d.code).filter((c) => c !== 'missing-id')

describe('headings with a dashed underline between two paragraphs', () => {
  it('takes a one-line heading with a colon off the previous paragraph and gives it to the next', () => {
    const r = parseCable(
      cable([
        '¶1. (SBU) The delegation toured the container terminal on Monday.',
        '',
        'Harbor: Cranes, Containers, and Seals',
        '-------------------------------------',
        '',
        '¶2. (SBU) Port officials described the new seal checks.',
      ]),
    )
    expect(brief(r)).toEqual([
      [1, 'SBU', null, 'The delegation toured the container terminal on Monday.'],
      [2, 'SBU', 'Harbor: Cranes, Containers, and Seals', 'Port officials described the new seal checks.'],
    ])
  })

  it('reads a heading that spans two lines, and a heading with a shorter or split underline', () => {
    const r = parseCable(
      cable([
        '1. (U) The first visit was brief.',
        '',
        'Appeals Courts: Filing Fees, Delays and the',
        'Question of Local Influence',
        '-------------------------',
        '',
        '2. (U) The judges spoke at length.',
        '',
        'Ferries, but Few Inspections',
        '--------------------------------------------- --',
        '',
        '3. (U) The harbor master was absent.',
      ]),
    )
    expect(brief(r)).toEqual([
      [1, 'U', null, 'The first visit was brief.'],
      [2, 'U', 'Appeals Courts: Filing Fees, Delays and the Question of Local Influence', 'The judges spoke at length.'],
      [3, 'U', 'Ferries, but Few Inspections', 'The harbor master was absent.'],
    ])
  })

  it('reads a heading that sits apart from its dashes (a blank line between them)', () => {
    const r = parseCable(
      cable([
        '1. (U) Alpha ends here.',
        '',
        'Rail Freight: Inspections at the Border',
        '',
        '---------------------------------------',
        '',
        '2. (U) Beta.',
        '',
        '---------------',
        '',
        'Tariff Schedules',
        '',
        '---------------',
        '',
        '3. (U) Gamma.',
      ]),
    )
    expect(brief(r)).toEqual([
      [1, 'U', null, 'Alpha ends here.'],
      [2, 'U', 'Rail Freight: Inspections at the Border', 'Beta.'],
      [3, 'U', 'Tariff Schedules', 'Gamma.'],
    ])
  })

  it('does not take the end of a paragraph or a bare separator rule for a heading', () => {
    const r = parseCable(
      cable([
        '1. (U) The list of attendees follows:',
        '',
        'Deputy Mayor of the Port District',
        'Harbor Police Liaison Officer',
        'Two Customs Inspectors',
        '---------------------',
        '',
        '2. (U) Text two ends.',
        '',
        '---------------------',
        '',
        '3. (U) Text three.',
      ]),
    )
    expect(brief(r)).toEqual([
      [1, 'U', null, 'The list of attendees follows: Deputy Mayor of the Port District Harbor Police Liaison Officer Two Customs Inspectors'],
      [2, 'U', null, 'Text two ends.'],
      [3, 'U', null, 'Text three.'],
    ])
  })

  it('keeps the cable\'s own spelling of a heading, and ends a Summary or Comment heading at "End Summary"/"End Comment"', () => {
    const r = parseCable(
      cable([
        '-------',
        'Sumary',
        '-------',
        '',
        '1. (C) The talks went well.  End Summary.',
        '',
        '2. (C) The talks began at noon.',
        '',
        '-------',
        'Comment',
        '-------',
        '',
        '3. (C) We expect more talks.  End Comment.',
        '',
        '4. (U) The delegation cleared this message.',
      ]),
    )
    expect(r.paragraphs.map((p) => p.heading)).toEqual(['Sumary', null, 'Comment', null])
  })
})

describe('the signature after the last paragraph', () => {
  it('drops an upper-case surname right under the last paragraph (no blank line)', () => {
    const r = parseCable(cable(['1. (U) First.', '', '2. (U) This message was cleared by the desk.', 'MORGENSTERN']))
    expect(r.paragraphs.at(-1)?.text).toBe('This message was cleared by the desk.')
  })

  it('drops a mixed-case surname after a blank line', () => {
    const r = parseCable(cable(['1. (U) First.', '', '2. (U) Cleared by the desk.', '', 'Fenwick', '']))
    expect(r.paragraphs.at(-1)?.text).toBe('Cleared by the desk.')
  })

  it('keeps a short last line of the paragraph that ends with a full stop', () => {
    const r = parseCable(cable(['1. (U) First.', '', '2. (U) The minister repeated the offer.', 'See Reftel.']))
    expect(r.paragraphs.at(-1)?.text).toBe('The minister repeated the offer. See Reftel.')
    expect(parseCable(cable(['1. (U) Cleared.', '', 'Randt, Jr.'])).paragraphs[0]?.text).toBe('Cleared.')
  })

  it('keeps the last words of a paragraph that a page break separated from the rest', () => {
    const r = parseCable(
      cable(['1. (U) First.', '', '2. (U) The letter was signed by the', '', 'LIMA 00000555  002 OF 002', '', '', 'MINISTER', '', 'QUINTERO']),
    )
    expect(r.paragraphs.at(-1)?.text).toBe('The letter was signed by the MINISTER')
  })
})

describe('SIPDIS and page-break lines inside a paragraph', () => {
  it('drops them and keeps the paragraph whole', () => {
    const r = parseCable(
      cable([
        '1. (C) The vice minister said the visit',
        '',
        'SIPDIS',
        '',
        'would go ahead as planned.',
        '',
        '2. (C) The working group will report to the',
        '',
        'HANOI 00000321  002 OF 003',
        '',
        '',
        'Joint Economic Committee',
        '',
        '3. (C) The committee meets in',
        'SIPDIS',
        'May.',
      ]),
    )
    expect(brief(r)).toEqual([
      [1, 'C', null, 'The vice minister said the visit would go ahead as planned.'],
      [2, 'C', null, 'The working group will report to the Joint Economic Committee'],
      [3, 'C', null, 'The committee meets in May.'],
    ])
  })

  it('does not let a year that a page break left at a line start swallow the paragraphs after it', () => {
    const r = parseCable(
      cable([
        '¶5. (SBU) The new rules took effect in',
        '',
        'LIMA 00000555  002 OF 002',
        '',
        '',
        '¶2008. Officials expect fewer disputes.',
        '',
        '¶6. Participants: the vice minister.',
        '',
        '¶7. The desk cleared this message.',
      ]),
    )
    expect(brief(r)).toEqual([
      [5, 'SBU', null, 'The new rules took effect in 2008. Officials expect fewer disputes.'],
      [6, null, null, 'Participants: the vice minister.'],
      [7, null, null, 'The desk cleared this message.'],
    ])
  })

  it('joins a web address that a line break split, without a space', () => {
    const r = parseCable(cable(['1. (U) The rule is online at http://www.example.gov/', 'rules/2007/seals.htm.  The ministry', 'confirmed it.']))
    expect(r.paragraphs[0]?.text).toBe('The rule is online at http://www.example.gov/rules/2007/seals.htm. The ministry confirmed it.')
  })
})

describe('markings', () => {
  it('reads a marking that lacks its opening parenthesis, and says so', () => {
    const r = parseCable(cable(['1. U) The consul met students.', '', '¶2. SBU) The students asked about visas.', '', '3. (U) Fine.']))
    expect(brief(r)).toEqual([
      [1, 'U', null, 'The consul met students.'],
      [2, 'SBU', null, 'The students asked about visas.'],
      [3, 'U', null, 'Fine.'],
    ])
    expect(r.diagnostics.filter((d) => d.code === 'malformed-marking').map((d) => d.paragraph)).toEqual([1, 2])
  })

  it('gives an unmarked paragraph a null marking', () => {
    const r = parseCable(cable(['1. (U) Marked.', '', '2. Not marked.']))
    expect(r.paragraphs.map((p) => p.marking)).toEqual(['U', null])
    expect(codes(r)).toEqual(['unmarked-paragraph'])
  })
})

describe('a SUBJECT over several lines', () => {
  it('reads every line, one space between lines, even lines that start like header keys', () => {
    const r = parseCable(
      cable([
        'TO RUEHC/SECSTATE WASHDC PRIORITY 0001',
        '',
        'E.O. 12958: N/A',
        'TAGS: ETRD, KIPR',
        'SUBJECT: TRADE MINISTER OUTLINES PLAN  ',
        'TO CUT BACKLOG OF PATENT APPEALS; PROVINCE IMPOSES',
        'DE FACTO BAN ON',
        'FOREIGN-MADE SEALS',
        'SIPDIS',
        '(U) This message is sensitive but unclassified.',
        '',
        '1. (SBU) Text.',
      ]),
    )
    expect(r.subject).toBe('TRADE MINISTER OUTLINES PLAN TO CUT BACKLOG OF PATENT APPEALS; PROVINCE IMPOSES DE FACTO BAN ON FOREIGN-MADE SEALS')
    expect(r.addressees).toEqual(['SECSTATE WASHDC'])
  })

  it('reads a value that starts on the line after the key', () => {
    expect(parseCable(cable(['SUBJECT:', 'FERRY SAFETY', 'TALKS', '', '1. (U) Text.'])).subject).toBe('FERRY SAFETY TALKS')
  })
})

const refs = (lines: string[]): string[] => parseCable(cable([...lines, '', '1. (U) Text.'])).references

describe('reference lists', () => {
  it('splits REF: A. / B. items, including the renderer\'s false ¶B.', () => {
    expect(refs(['REF: A. STATE 11111', '¶B. PARIS 2222', '¶C. 06 LIMA 333'])).toEqual(['A. STATE 11111', 'B. PARIS 2222', 'C. 06 LIMA 333'])
  })

  it('reads REF. and REFS: with (A) and A) items, dropping the separators between items', () => {
    expect(refs(['REF. A) HANOI 44; B) HANOI 55'])).toEqual(['A. HANOI 44', 'B. HANOI 55'])
    expect(refs(['REFS: (A) STATE 1 (NOTAL), (B) 07 LIMA 2, and (C) LIMA 3'])).toEqual(['A. STATE 1 (NOTAL)', 'B. 07 LIMA 2', 'C. LIMA 3'])
  })

  it('reads REFERENCE: with items that wrap onto the next line', () => {
    const r = parseCable(
      cable(['REFERENCE: A) Osaka 17; B) 06 Osaka 4401; C) 06 Osaka', '5512', '', '(U) This message is sensitive but unclassified.', '', '1. (U) Text.']),
    )
    expect(r.references).toEqual(['A. Osaka 17', 'B. 06 Osaka 4401', 'C. 06 Osaka 5512'])
    expect(codes(r)).toEqual([])
  })

  it('reads lettered items standing on lines of their own, with blank lines between', () => {
    const r = parseCable(cable(['REF: A. TOKYO 101', '', 'B. TOKYO 202', '', 'C. STATE 303', '', '1. (U) Text.']))
    expect(r.references).toEqual(['A. TOKYO 101', 'B. TOKYO 202', 'C. STATE 303'])
    // The last item is not a heading of the paragraph under it.
    expect(r.paragraphs[0]?.heading).toBeNull()
  })

  it('keeps a single unlettered reference whole', () => {
    expect(refs(['REF: Osaka 00417'])).toEqual(['Osaka 00417'])
  })
})

describe('numbering', () => {
  it('returns no paragraphs (and says so) when nothing is numbered', () => {
    const r = parseCable(cable(['SUBJECT: GREETINGS', '', 'The consulate wishes all posts a good year.', '', 'SMITHERS']))
    expect(r.paragraphs).toEqual([])
    expect(codes(r)).toEqual(['no-numbered-paragraphs'])
  })

  it('keeps a repeated paragraph number as its own paragraph and reports it', () => {
    const r = parseCable(cable(['1. (U) One.', '', '2. (U) Two.', '', '2. (U) Two again.', '', '3. (U) Three.']))
    expect(r.paragraphs.map((p) => [p.number, p.text])).toEqual([[1, 'One.'], [2, 'Two.'], [2, 'Two again.'], [3, 'Three.']])
    expect(codes(r)).toEqual(['numbering-repeat'])
  })

  it('reads numbers without ¶ and without a space before the marking', () => {
    const r = parseCable(cable(['1.(SBU) One.', '', '2.(SBU)Two.', '', '¶3.(U) Three.']))
    expect(brief(r)).toEqual([
      [1, 'SBU', null, 'One.'],
      [2, 'SBU', null, 'Two.'],
      [3, 'U', null, 'Three.'],
    ])
  })
})

describe('banners and classification lines', () => {
  it('reads a letter-spaced banner and keeps repeated banners out of the text', () => {
    const r = parseCable(
      cable([
        'C O N F I D E N T I A L SECTION 01 OF 02 HANOI 000321',
        '',
        'NOFORN',
        'SIPDIS',
        '',
        '1. (C) The minister said the plan',
        '',
        'C O N F I D E N T I A L SECTION 02 OF 02 HANOI 000321',
        '',
        'was final.',
        '',
        'CONFIDENTIAL//NOFORN',
        '',
        '2. (C) He did not say when.',
        '',
        'NGUYEN',
        '',
        'C O N F I D E N T I A L',
      ]),
    )
    expect(r.classification).toBe('CONFIDENTIAL//NOFORN')
    expect(r.pages).toBe(2)
    expect(brief(r)).toEqual([
      [1, 'C', null, 'The minister said the plan was final.'],
      [2, 'C', null, 'He did not say when.'],
    ])
  })

  it('keeps Classified By and Reason lines out of headings, paragraphs and diagnostics', () => {
    const r = parseCable(
      cable([
        'C O N F I D E N T I A L HANOI 000321',
        '',
        'SUBJECT: FERRY TALKS',
        '',
        'Classified By: Political Counselor Jane Roe.',
        '',
        'Reasons 1.4 (b) and (d)',
        '',
        '1. (C) Text one.',
        '',
        'Classified by: Acting DCM Tom Poe',
        'Reason: 1.5 (d)',
        '',
      ]),
    )
    expect(brief(r)).toEqual([[1, 'C', null, 'Text one.']])
    expect(r.subject).toBe('FERRY TALKS')
    expect(codes(r)).toEqual([])
  })
})
