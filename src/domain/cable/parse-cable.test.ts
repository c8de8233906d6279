// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseCable } from './parse-cable.ts'
import { splitReferences } from './parse-header.ts'

/** Diagnostic codes, without missing-id (most samples here have no routing header). */
const codes = (text: string): string[] => parseCable(text).diagnostics.map((d) => d.code).filter((c) => c !== 'missing-id')
const cable = (lines: string[]): string => lines.join('\n')

const at = (dtg: string) => parseCable(`${dtg}\nFM AMEMBASSY PARIS\n\n1. (U) Text.`)

/** A teletype-style confidential cable: routing header, letter-spaced banner, Classified By. */
const SHANGHAI = cable([
  'VZCZCXYZ0000',
  'PP RUEHWEB',
  '',
  'DE RUEHGH #0123/01 0601200',
  'ZNY CCCCC ZZH',
  'P 011200Z MAR 07',
  'FM AMCONSUL SHANGHAI',
  'TO RUEHC/SECSTATE WASHDC PRIORITY 1234',
  'INFO RUEHBJ/AMEMBASSY BEIJING 5678',
  'RUEHOO/CHINA POSTS COLLECTIVE',
  'BT',
  'C O N F I D E N T I A L SECTION 01 OF 02 SHANGHAI 000123 ',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 03/01/2032',
  'TAGS: PREL, PGOV, CH',
  'SUBJECT: SHANGHAI PARTY SECRETARY ON',
  'LOCAL ELECTIONS',
  '',
  'REF: A. BEIJING 1234',
  '     B. STATE 5678',
  '',
  'Classified By: Consul General Ken Jarrett for reasons',
  '1.4 (b) and (d).',
  '',
  '1.(C) Summary: Shanghai officials said local elections would',
  'proceed on schedule.  End Summary.',
  '',
  '2.(C) The Party Secretary told the Consul General that',
  'turnout mattered.',
  '',
  'SHANGHAI 00000123  002 OF 002',
  '',
  '',
  '3. (C/NF) He added that the new rules, issued in',
  'January, would be enforced.',
  '',
  'JARRETT',
  '',
  'BT',
  '#0123',
  'NNNN',
])

describe('parseCable header', () => {
  it('reads a teletype header and builds the id from DE, DTG year and the banner post', () => {
    const r = parseCable(SHANGHAI)
    expect(r.id).toBe('07SHANGHAI123')
    expect(r.sent).toBe('2007-03-01T12:00:00Z')
    expect(r.precedence).toBe('PRIORITY')
    expect(r.origin).toBe('AMCONSUL SHANGHAI')
    expect(r.classification).toBe('CONFIDENTIAL')
    expect(r.eo).toBe('12958: DECL: 03/01/2032')
    expect(r.tags).toEqual(['PREL', 'PGOV', 'CH'])
    expect(r.subject).toBe('SHANGHAI PARTY SECRETARY ON LOCAL ELECTIONS')
    expect(r.references).toEqual(['A. BEIJING 1234', 'B. STATE 5678'])
    expect(r.addressees).toEqual(['SECSTATE WASHDC', 'AMEMBASSY BEIJING', 'CHINA POSTS COLLECTIVE'])
    expect(r.pages).toBe(2)
  })

  it('maps the precedence letter before the date-time group', () => {
    expect(at('Z 010000Z JAN 08').precedence).toBe('FLASH')
    expect(at('O 010000Z JAN 08').precedence).toBe('IMMEDIATE')
    expect(at('P 010000Z JAN 08').precedence).toBe('PRIORITY')
    expect(at('R 311159Z DEC 99').sent).toBe('1999-12-31T11:59:00Z')
    expect(at('R 311159Z DEC 99').precedence).toBe('ROUTINE')
  })

  it('reports an impossible date-time group instead of inventing a date', () => {
    const r = parseCable('O 310644Z APR 07\n\n1. (U) Text.')
    expect(r.sent).toBeNull()
    expect(r.diagnostics.map((d) => d.code)).toContain('invalid-date-time-group')
  })

  it('reads UNCLAS plus a SENSITIVE line as UNCLASSIFIED//FOR OFFICIAL USE ONLY', () => {
    const r = parseCable('UNCLAS SECTION 01 OF 03 TOKYO 004455\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\n\n1. (SBU) Text.')
    expect(r.classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY')
    expect(r.pages).toBe(3)
  })

  it('reads U N C L A S letter-spaced and a bare UNCLASSIFIED line with SENSITIVE as FOUO', () => {
    expect(parseCable('U N C L A S SECTION 01 OF 02 LIMA 000555\n\n1. (U) Text.').classification).toBe('UNCLASSIFIED')
    expect(parseCable('UNCLASSIFIED\nSENSITIVE\n\n1. (SBU) Text.').classification).toBe('UNCLASSIFIED//FOR OFFICIAL USE ONLY')
  })

  it('reads letter-spaced SECRET with NOFORN and drops repeated banners at page tops', () => {
    const r = parseCable(
      cable([
        'S E C R E T SECTION 01 OF 02 ANKARA 000777',
        '',
        'NOFORN',
        'SIPDIS',
        '',
        '1. (S/NF) The minister said the plan',
        '',
        'S E C R E T SECTION 02 OF 02 ANKARA 000777',
        '',
        'was final.',
      ]),
    )
    expect(r.classification).toBe('SECRET//NOFORN')
    expect(r.paragraphs).toEqual([{ number: 1, marking: 'S/NF', heading: null, text: 'The minister said the plan was final.' }])
    expect(r.pages).toBe(2)
  })

  it('prefers an explicit classification line and a first-line cable id (WikiLeaks layout)', () => {
    const r = parseCable('09STATE12345\nSOME SUBJECT LINE\nFri Jan 09 00:00:00 +0100 2009\nCONFIDENTIAL//NOFORN\nSecretary of State\n\n1. (C) Text.')
    expect(r.id).toBe('09STATE12345')
    expect(r.classification).toBe('CONFIDENTIAL//NOFORN')
    expect(r.subject).toBe('SOME SUBJECT LINE')
    expect(r.origin).toBe('Secretary of State')
  })

  it('builds the id from a page-break line when there is no banner', () => {
    const r = parseCable('DE RUEHBJ #2566/01 1080644\nO 180644Z APR 07\n\n1. (U) One\n\nBEIJING 00002566 002 OF 008\n\ntwo.')
    expect(r.id).toBe('07BEIJING2566')
    expect(r.paragraphs[0]?.text).toBe('One two.')
  })

  it('reports a missing id and unknown header keys', () => {
    const c = parseCable('FOOBAR: something\n\n1. (U) Text.').diagnostics.map((d) => d.code)
    expect(c).toContain('missing-id')
    expect(c).toContain('unknown-header-line')
  })
})

describe('references', () => {
  it('splits lettered lists on one line or several', () => {
    expect(splitReferences('A. BEIJING 1234 B. STATE 5678')).toEqual(['A. BEIJING 1234', 'B. STATE 5678'])
    expect(splitReferences('(A) 06 BEIJING 1234 (B) STATE 5678 (NOTAL) (C) TOKYO 9')).toEqual([
      'A. 06 BEIJING 1234',
      'B. STATE 5678 (NOTAL)',
      'C. TOKYO 9',
    ])
    const r = parseCable('REF: A. BEIJING 1234\n B. STATE 5678\n C. USUN 42\n\n1. (U) Text.')
    expect(r.references).toEqual(['A. BEIJING 1234', 'B. STATE 5678', 'C. USUN 42'])
  })

  it('keeps unlettered references whole, or splits them on semicolons', () => {
    expect(splitReferences('Beijing 02455')).toEqual(['Beijing 02455'])
    expect(splitReferences('BEIJING 1234; STATE 5678')).toEqual(['BEIJING 1234', 'STATE 5678'])
  })
})

describe('parseCable paragraphs', () => {
  it('reads 1.(C) without a space, skips Classified By continuation and drops signature and framing', () => {
    const r = parseCable(SHANGHAI)
    expect(r.paragraphs).toEqual([
      { number: 1, marking: 'C', heading: 'Summary', text: 'Summary: Shanghai officials said local elections would proceed on schedule. End Summary.' },
      { number: 2, marking: 'C', heading: null, text: 'The Party Secretary told the Consul General that turnout mattered.' },
      { number: 3, marking: 'C/NF', heading: null, text: 'He added that the new rules, issued in January, would be enforced.' },
    ])
    expect(r.diagnostics).toEqual([])
  })

  it('accepts unmarked paragraphs and says so', () => {
    const r = parseCable('UNCLAS ROME 000001\n\n1. The embassy hosted a reception.\n\n2. Officials attended.')
    expect(r.paragraphs.map((p) => [p.number, p.marking, p.text])).toEqual([
      [1, null, 'The embassy hosted a reception.'],
      [2, null, 'Officials attended.'],
    ])
    expect(r.diagnostics.filter((d) => d.code === 'unmarked-paragraph').map((d) => d.paragraph)).toEqual([1, 2])
  })

  it('accepts ¶1., ¶ 1. and 1.(SBU) paragraph signs', () => {
    const r = parseCable('¶1. (U) One.\n\n¶ 2. (U) Two.\n\n3.(SBU) Three.')
    expect(r.paragraphs.map((p) => [p.number, p.marking, p.text])).toEqual([
      [1, 'U', 'One.'],
      [2, 'U', 'Two.'],
      [3, 'SBU', 'Three.'],
    ])
  })

  it('removes 001.2 OF 003 page-break lines without splitting the paragraph', () => {
    const r = parseCable(
      cable(['1. (C) The talks', '', 'LIMA 00000555  001.2 OF 003', '', 'continued.', '', '002.2 OF 003', '', '2. (C) Next.']),
    )
    expect(r.paragraphs.map((p) => p.text)).toEqual(['The talks continued.', 'Next.'])
    expect(r.pages).toBe(3)
  })

  it('treats ¶ before a year or list letter as a false sign, not a paragraph', () => {
    const r = parseCable(
      cable(['¶1. (C) The ministry cited three goals for', '¶2007: growth, jobs and exports.', '', '¶A. First goal.', '¶B. Second goal.', '', '¶2. (C) Next.']),
    )
    expect(r.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, 'The ministry cited three goals for 2007: growth, jobs and exports. A. First goal. B. Second goal.'],
      [2, 'Next.'],
    ])
    expect(r.diagnostics.filter((d) => d.code === 'false-paragraph-sign')).toHaveLength(3)
  })

  it('does not take a numbered list inside a marked paragraph for paragraphs', () => {
    const r = parseCable('1. (C) The demands were:\n\n1. Release the detainees.\n\n2. Open the border.\n\n2. (C) Next.')
    expect(r.paragraphs.map((p) => p.number)).toEqual([1, 2])
    expect(r.paragraphs[0]?.text).toBe('The demands were: 1. Release the detainees. 2. Open the border.')
  })

  it('returns no paragraphs and a diagnostic when nothing is numbered', () => {
    const r = parseCable('UNCLAS STATE 000042\n\nSUBJECT: NOTICE\n\nThe Department wishes all posts a happy new year.\n\nRICE')
    expect(r.paragraphs).toEqual([])
    expect(r.subject).toBe('NOTICE')
    expect(r.diagnostics.map((d) => d.code)).toEqual(['missing-id', 'no-numbered-paragraphs'])
  })

  it('reports numbering gaps, repeats and order', () => {
    expect(codes('1. (U) a\n\n2. (U) b\n\n4. (U) c')).toEqual(['numbering-gap'])
    expect(codes('1. (U) a\n\n2. (U) b\n\n2. (U) c\n\n3. (U) d')).toEqual(['numbering-repeat'])
    expect(codes('2. (U) a\n\n3. (U) b')).toEqual(['numbering-gap'])
    expect(codes('1. (U) a\n\n3. (U) b\n\n2. (U) c')).toEqual(['numbering-gap', 'numbering-out-of-order'])
  })

  it('ends a paragraph at a number of 1000 or more and reports the number once', () => {
    const lines = ['998. (U) a', '', '999. (U) b', '', '1000. (U) c', '', '1001. More.', '', '123456789. (C) d']
    const r = parseCable(cable(lines))
    expect(r.paragraphs.map((p) => [p.number, p.text])).toEqual([[998, 'a'], [999, 'b'], [1000, 'c'], [1001, 'More.'], [123456789, 'd']])
    const implausible = r.diagnostics.filter((d) => d.code === 'implausible-paragraph-number')
    expect(implausible).toEqual([expect.objectContaining({ paragraph: 1000, message: expect.stringMatching(/number 1000 is implausible.*3 paragraphs/) as unknown })])
    // Years and decimals still are not paragraph starts.
    expect(parseCable(cable(['1. (U) Goals for', '¶2007 were set.', '', '1.4 (b) and (d).'])).paragraphs).toHaveLength(1)
  })

  it('reports a paragraph that has swallowed an implausible amount of text', () => {
    const r = parseCable(cable(['1. (U) Short.', '', '2. (U) Long:', ...Array.from({ length: 3000 }, () => 'x'.repeat(40)), '', '3. (U) Short.']))
    expect(r.diagnostics.filter((d) => d.code === 'oversized-paragraph')).toEqual([expect.objectContaining({ paragraph: 2 })])
    expect(codes(cable(['1. (U) Short.', '', '2. (U) Short.']))).toEqual([])
  })

  it('reports malformed and unknown markings', () => {
    const r = parseCable('1. (SBU Wang said no.\n\n2. (X) Odd.\n\n3. (S//NF) Fine.')
    expect(r.paragraphs.map((p) => [p.marking, p.text])).toEqual([
      ['SBU', 'Wang said no.'],
      ['X', 'Odd.'],
      ['S//NF', 'Fine.'],
    ])
    expect(r.diagnostics.filter((d) => d.code !== 'missing-id').map((d) => [d.code, d.paragraph])).toEqual([
      ['malformed-marking', 1],
      ['unknown-marking', 2],
    ])
  })

  it('finds headings between rules, split rules, and standalone title lines, and keeps them out of the text', () => {
    const r = parseCable(
      cable([
        '-------',
        'Summary',
        '-------',
        '',
        '1. (U) First.',
        '',
        '--------------------------------------------- ----',
        'Strategies for Enforcement in Counterfeit Markets',
        '--------------------------------------------- ----',
        '',
        '2. (U) Second ends',
        '',
        'PARIS 00000001  002 OF 003',
        '',
        'Taiwan movie studios.',
        '',
        'Online and Textbook Piracy at Universities',
        '',
        'PARIS 00000001  003 OF 003',
        '',
        '',
        '3. (U) Third.',
        '',
        '------------------------------------------',
        'Split Across a Page',
        '',
        'PARIS 00000001  003 OF 003',
        '',
        '------------------------------------------',
        '',
        '4. (U) Fourth.',
      ]),
    )
    expect(r.paragraphs.map((p) => [p.number, p.heading, p.text])).toEqual([
      [1, 'Summary', 'First.'],
      [2, 'Strategies for Enforcement in Counterfeit Markets', 'Second ends Taiwan movie studios.'],
      [3, 'Online and Textbook Piracy at Universities', 'Third.'],
      [4, 'Split Across a Page', 'Fourth.'],
    ])
  })

  it('does not take a closing "End Comment" line or a signature for a heading', () => {
    const r = parseCable('1. (C) Comment: bad.\n\nEND COMMENT\n\n2. (C) Good.\n\nRANDT\n')
    expect(r.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      [null, 'Comment: bad. END COMMENT'],
      [null, 'Good.'],
    ])
  })

  it('drops website boilerplate after the last paragraph', () => {
    const r = parseCable('1. (U) Last one.\n\n\n© Scoop Media\n\nWorld Headlines\n\nSome news story. More>>')
    expect(r.paragraphs.map((p) => p.text)).toEqual(['Last one.'])
  })

  it('falls back to an "Embassy X" line for the origin', () => {
    expect(parseCable('Embassy Beijing\n\n1. (U) Text.').origin).toBe('Embassy Beijing')
  })
})

describe('parseCable on broken input', () => {
  it('returns an empty result with diagnostics for empty input', () => {
    const r = parseCable('')
    expect(r.paragraphs).toEqual([])
    expect(r.diagnostics.map((d) => d.code)).toEqual(['empty-input', 'no-numbered-paragraphs'])
  })

  it('flags binary input but still returns a result', () => {
    const r = parseCable('\u0000\u0001\u0002garbage\u0003')
    expect(r.diagnostics.map((d) => d.code)).toContain('binary-input')
  })

  it('handles a single huge line', () => {
    const r = parseCable(`1. (U) ${'word '.repeat(400_000)}`)
    expect(r.paragraphs).toHaveLength(1)
  })
})
