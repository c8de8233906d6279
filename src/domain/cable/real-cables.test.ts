// @vitest-environment node
/**
 * The parser on the five real cables in data/cables (WikiLeaks rendering, unedited). Every
 * expected value below was read off the raw text, not off the parser's output.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCable } from './parse-cable.ts'

/** [number, marking, heading, first words, last words] */
type Para = [number, string | null, string | null, string, string]

interface Expected {
  file: string
  id: string
  subject: string
  references: string[]
  classification: string
  sent: string
  /** The signature line after the last paragraph, or null. */
  signature: string | null
  paragraphs: Para[]
}

const FOUO = 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'

const CABLES: Expected[] = [
  {
    file: '07BEIJING2566.wikileaks.txt',
    id: '07BEIJING2566',
    subject: 'USTR CONCLUDES PROVINCIAL IPR REVIEW IN BEIJING',
    // "REF: Beijing 02455" – one unlettered item, spelt as the cable spells it.
    references: ['Beijing 02455'],
    classification: FOUO,
    sent: '2007-04-18T06:44:00Z',
    signature: 'RANDT',
    paragraphs: [
      [1, 'U', 'Summary', 'USTR Chief Negotiator for Intellectual Property (IP)', 'enforcement with the Ministry of Commerce. End Summary.'],
      [2, 'U', 'Online Copyright Enforcement', 'USTR Chief Negotiator for Intellectual Property Enforcement', 'to all township and government agencies.'],
      [3, 'U', 'Difficulty Prosecuting Online Cases', 'Wang explained that some cases of Internet copyright', 'addressing this issue for the government.'],
      [4, 'U', 'Difficulty Prosecuting Online Cases', 'The Beijing Copyright Bureau regulates all requests', 'allowed to file notices in China.'],
      [5, 'U', 'Difficulty Prosecuting Online Cases', 'Wang stated that while Internet service providers', 'in the area of illegal content.'],
      [6, 'U', 'Difficulty Prosecuting Online Cases', 'In response to USTR\'s inquiry about the "deep linking"', 'in recently issued regulations, and others.'],
      [7, 'U', 'Difficulty Prosecuting Online Cases', 'Wang indicated his interest in seeing IPR cases', 'supports the move. See Reftel. End Note.)'],
      [8, 'U', 'Infringement at Universities', 'Asked about copyright infringement at universities,', 'and would help to deter pirates.'],
      [9, 'U', 'Strategies for Enforcement in Counterfeit Markets', 'In a meeting with Chaoyang District Vice Governor', 'the quick revival of illegal businesses.'],
      [10, 'U', 'Strategies for Enforcement in Counterfeit Markets', 'Xie said that, based on meetings with industry', 'a visit to Microsoft and to Taiwan movie studios.'],
      [11, 'U', 'Chaoyang Challenges Silk Street Allegations', 'USTR asked Chaoyang government officials what more', 'and therefore declined to participate. End Note).'],
      [12, 'U', 'Chaoyang Challenges Silk Street Allegations', 'Director Liu said that data on high rates of', 'promote future discussion and avoid misunderstandings.'],
      [13, 'U', 'Online and Textbook Piracy at Universities', "In a meeting with the Ministry of Education's", 'several hundred million RMB in royalties.'],
      [14, 'U', 'Online and Textbook Piracy at Universities', 'Xu said that the Ministry of Education currently', 'to establish mechanisms to fight piracy.'],
      [15, 'U', "MOFCOM's IPR Enforcement Strategies", 'USTR also met with on March 16 with the Ministry of', 'promote IPR issues at all levels of government.'],
      [16, 'U', "MOFCOM's IPR Enforcement Strategies", 'Asked about the existence of a rewards system for', 'evidence collection and cooperation with rights holders.'],
      [17, 'U', "MOFCOM's IPR Enforcement Strategies", 'All IPR enforcement actions are reported on the', 'made available enforcement statistics for 2006.'],
      [18, 'SBU', 'Comment', "USTR's provincial review meetings in China, which", 'such meetings may be arranged in the future.'],
      [19, 'SBU', 'Comment', "Despite recent WTO fallout, however, USTR's", "with the site's recent dramatic increase in foreign users."],
      [20, 'SBU', 'Comment', 'Continuing local engagement remains especially', 'anger from the Chinese Government. End Comment.'],
      // ¶20 closed the comment with "End Comment."; the cleared-by line is not part of it.
      [21, 'U', null, 'This report was cleared by USTR.', 'This report was cleared by USTR.'],
    ],
  },
  {
    file: '07BEIJING2455.wikileaks.txt',
    id: '07BEIJING2455',
    // The cable itself (and its WikiLeaks title line) reads "SUPREMEPEOPLE'S" and "PR PROTECTION".
    subject: "USPTO U/S DUDAS AND SUPREMEPEOPLE'S COURT DISCUSS DEEPER COOPERATION ON PR PROTECTION AND INNOVATION",
    references: [],
    classification: FOUO,
    sent: '2007-04-13T03:31:00Z',
    signature: null,
    paragraphs: [
      // The heading line really reads "Summay".
      [1, 'SBU', 'Summay', 'Commerce Under Secretary and Director of the United States', 'details will soon be forthcoming. End Summary.'],
      [2, 'SBU', null, "Zhang opened by saying that China's focus on", 'study judicial best practices to improve IPR protection.'],
      [3, 'SBU', 'Judicial Interpretation', 'U/S Dudas expressed his admiration for improvements', 'or both reproducing AND distributing. End Note.)'],
      [4, 'SBU', 'Probation', 'Zhang continued that the use of probation in IPR', "Jiang Zhipei of China's IPR Tribunal."],
      [5, 'SBU', 'Internet Copyright', 'U/S Dudas explained that United States law changes', 'among judges and experts from both countries.'],
      [6, 'SBU', 'Universal IPR Court for China?', 'Judge Randall Rader of the United States Court of', 'he would serve as its presiding judge.'],
      [7, 'SBU', 'Universal IPR Court for China?', 'Short of establishing a unified IP court, Zhang', 'future for a dialogue and information exchange.'],
      [8, 'SBU', 'Technical Assistance', 'U/S Dudas suggested that petitioners and applicants', "Patent and Trademark Office's Global IPR Academy."],
      [9, 'SBU', "China's National IPR Strategy", 'In closing, Zhang emphasized that the protection', 'serve to reduce the incidence of all crimes.'],
      [10, 'U', 'Meeting Participants', 'U.S. Participants: Commerce Under Secretary for Intellectual', 'for the Federal Circuit Judge Randall Rader'],
      [11, 'U', 'Meeting Participants', 'Chinese Participants: SPC Vice President Justice Zhang Jun', 'Second Criminal Tribunal Judge Liu Miaoxiang Interpreter'],
      [12, 'SBU', 'Comment', "Following USTR's April 9 announcement to bring", 'internal pressure to limit such efforts. End Comment.'],
      [13, 'U', null, "U/S Dudas' delegation has cleared this report.", "U/S Dudas' delegation has cleared this report."],
    ],
  },
  {
    file: '07BEIJING2463.wikileaks.txt',
    id: '07BEIJING2463',
    subject: 'U.S. COORDINATOR FOR INTERNATIONAL INTELLECTUAL PROPERTY ENFORCEMENT CHRIS ISRAEL AT CHINA CUSTOMS: MOC AT SED?',
    references: [],
    classification: FOUO,
    sent: '2007-04-13T08:13:00Z',
    signature: null,
    paragraphs: [
      [1, 'U', null, 'United States Coordinator for International Intellectual', 'the Strategic Economic Dialogue (SED) meeting in May.'],
      [2, 'U', null, 'China Customs Deputy Director General of the', 'which he hoped would be a more productive mechanism.'],
      [3, 'U', null, 'China Customs IPR Division Director Li Qunying, who', 'since the December 2006 meeting of the JCCT.'],
      [4, 'U', null, 'Israel agreed that entering into an MOC with China', 'how to move forward to his contacts at DHS.'],
      [5, 'SBU', null, 'Comment: In addition to the proposed MOC on', "rule addressed USTR's concerns. End Comment."],
      // ¶6–8 carry no marking in the cable.
      [6, null, 'Meeting Participants', 'U.S. Participants: U.S. International Intellectual Property', 'Second Secretary Geoff Siebengartner (notetaker) Interpreter'],
      [7, null, 'Meeting Participants', 'Chinese Participants: GAC Department of Policy and Legal', 'Division Director Program Manager Ms. Lin Yuxin'],
      [8, null, 'Meeting Participants', 'Chris Israel has cleared this report.', 'Chris Israel has cleared this report.'],
    ],
  },
  {
    file: '07GUANGZHOU376.wikileaks.txt',
    id: '07GUANGZHOU376',
    subject: "USTR's Second IPR Provincial Review to South China Highlights Regional Differences",
    // "REFERENCE: A) Guangzhou 51; B) 06 Guangzhou 32379; C) 06 Guangzhou / 29875"
    references: ['A. Guangzhou 51', 'B. 06 Guangzhou 32379', 'C. 06 Guangzhou 29875'],
    classification: FOUO,
    sent: '2007-03-23T08:44:00Z',
    signature: 'ROCK',
    paragraphs: [
      // No heading line above ¶1; it opens "SUMMARY:" and so is headed Summary.
      [1, 'SBU', 'Summary', 'SUMMARY: A USTR-led delegation traveled to four cities', 'follow a similar trip in August 2006. END SUMMARY.'],
      [2, 'SBU', 'Background on the Provincial Review', "In an effort to pinpoint the problems in China's IPR", 'central government, denied all of the meetings.'],
      [3, 'SBU', 'Background on the Provincial Review', 'This time the USTR-led delegation visited Xiamen,', 'Guangzhou. Econoff and Econ Assistant accompanied.'],
      [4, 'SBU', 'Guangdong: Medicines, Internet, and Landlord Liability', 'McCoy opened the meeting with Guangdong Province officials', 'infringers use express mail carriers to ship goods abroad.'],
      [5, 'SBU', 'Guangdong: Medicines, Internet, and Landlord Liability', "Guangdong PSB'S Li Shanxiong stated that the PSB", 'on criminal transfers, which were already emphasized.'],
      [6, 'SBU', 'Guangdong: Medicines, Internet, and Landlord Liability', "IPO's Zhu Wanchang said Guangdong has eight", 'to relevant agencies in a timely manner.'],
      [7, 'SBU', 'Fujian: Footwear and Copyright', 'McCoy opened the meeting with Fujian Province officials', 'County as home to a large number of infringing printers.'],
      [8, 'SBU', 'Fujian: Footwear and Copyright', "IPO's Lin Jinyuan welcomed more data from the U.S.", 'providing a possible avenue for right holder complaints.'],
      [9, 'SBU', 'Xiamen: Customs Enforcement', 'Xiamen Customs has jurisdiction over approximately half', 'gives counterfeiters time to disappear.)'],
      [10, 'SBU', 'Xiamen: Customs Enforcement', 'McCoy also highlighted the importance of internet piracy', 'such cases should be raised with Culture authorities.'],
      [11, 'SBU', 'Putian: Shoes and More Shoes, but Little Action', 'McCoy opened the meeting with Putian officials by', 'with the Putian AIC, which was not present.'],
      [12, 'SBU', 'Putian: Shoes and More Shoes, but Little Action', 'Following the meeting, Nike representatives led the delegation', 'foreign rights-holders do not use them enough.)'],
      [13, 'SBU', 'Putian: Shoes and More Shoes, but Little Action', 'The Nike reps pointed out other factories', '-- have a deterrent effect on infringers.'],
      [14, 'SBU', 'Comment: Local Enforcement is a Mixed Bag', 'Though government officials largely stuck to their talking', 'severe local protectionism in Putian seem to be justified.'],
      [15, 'SBU', 'Comment: Local Enforcement is a Mixed Bag', 'The meetings were also an excellent venue for us', 'more likely to tailor their remarks to our interests.'],
      // No "End Comment." closes this comment section, so ¶16 stays under its heading.
      [16, 'U', 'Comment: Local Enforcement is a Mixed Bag', 'USTR has cleared this cable.', 'USTR has cleared this cable.'],
    ],
  },
  {
    file: '08SHANGHAI330.wikileaks.txt',
    id: '08SHANGHAI330',
    subject: 'SHANGHAI IP ADMINISTRATIVE OFFICES MOVE FORWARD',
    references: [],
    classification: FOUO,
    sent: '2008-08-15T02:54:00Z',
    signature: 'JARRETT',
    paragraphs: [
      [1, 'SBU', 'Summary', 'Summary: During an August 8 farewell visit to Shanghai,', 'counterfeit markets continue to be a problem. End Summary.'],
      [2, 'SBU', 'SIPA Welcomes 301 Language and Further Cooperation', "DG Chen relayed his appreciation for Cohen's support", 'is an "accurate assessment of the situation."'],
      [3, 'SBU', 'SIPA Welcomes 301 Language and Further Cooperation', 'According to Chen, Shanghai is striving to implement', 'markets, Internet-related infringement, and trade fairs.'],
      [4, 'SBU', 'Complaint Center - Trademarks are Biggest Issue', "During a meeting at Shanghai's IPR Complaint Center,", 'centers, mostly located in high-tech industrial parks.'],
      [5, 'SBU', 'Complaint Center - Trademarks are Biggest Issue', 'Since its establishment, the Center has fielded 3,273', 'can refer cases to each other. End note.'],
      [6, 'SBU', 'Counterfeit Markets and Landlord Liability', 'At the Shanghai Administration of Industry and Commerce', 'under the new landlord liability provisions. End note.)'],
      [7, 'SBU', 'Counterfeit Markets and Landlord Liability', "Chen expressed that part of Shanghai's counterfeit market", "Shanghai's counterfeit markets are equally full of local shoppers.)"],
      [8, 'SBU', 'Counterfeit Markets and Landlord Liability', "Comment: In many respects, Shanghai's determination", 'In this case, inaction speaks louder than words.'],
      [9, 'U', 'Counterfeit Markets and Landlord Liability', 'This cable was cleared by Mark Cohen.', 'This cable was cleared by Mark Cohen.'],
    ],
  },
]

const read = (file: string): string => readFileSync(new URL(`../../../data/cables/${file}`, import.meta.url), 'utf8')

/**
 * The words of each numbered paragraph, read from the raw text by the simplest rules that fit this
 * rendering (independent of the parser): from the `¶1.` line on, drop blank, page-break, SIPDIS,
 * dashed-rule, heading and signature lines; a `¶N. (X)` line start (N of one or two digits) opens
 * paragraph N; a `¶` before a year is the renderer's; a web address cut after its last slash is one word.
 */
function rawParagraphWords(text: string, headings: ReadonlySet<string>, signature: string | null): Map<number, string[]> {
  const lines = text.split('\n').map((l) => l.trim())
  const out = new Map<number, string[]>()
  let current: string[] | null = null
  for (const line of lines.slice(lines.findIndex((l) => l.startsWith('¶1. ')))) {
    if (line === '' || line === 'SIPDIS' || line === signature || headings.has(line)) continue
    if (/\d{3}(?:\.\d)? OF \d{3}$/.test(line) || /^-+(?: -+)*$/.test(line)) continue
    const start = /^¶(\d{1,2})\.\s+(?:\([A-Z]+\)\s*)?/.exec(line)
    if (start) {
      current = []
      out.set(Number(start[1]), current)
    }
    const words = (start ? line.slice(start[0].length) : line.replace(/^¶(?=\d{4})/, '')).split(/\s+/).filter((w) => w !== '')
    for (const w of words) {
      const last = current?.at(-1)
      if (current && last !== undefined && /^https?:\/\/\S*\/$/.test(last)) current[current.length - 1] = last + w
      else current?.push(w)
    }
  }
  return out
}

describe.each(CABLES)('$id (real cable)', (expected) => {
  const raw = read(expected.file)
  const cable = parseCable(raw)
  const headings = new Set(expected.paragraphs.map((p) => p[2]).filter((h): h is string => h !== null && h !== 'Summary'))

  it('reads id, subject, references (one per item), classification and sent', () => {
    expect(cable).toMatchObject({
      id: expected.id,
      subject: expected.subject,
      references: expected.references,
      classification: expected.classification,
      sent: expected.sent,
    })
    expect(cable.diagnostics.map((d) => d.code)).not.toContain('unknown-header-line')
  })

  it('numbers the paragraphs 1..N in order, with the markings the cable prints', () => {
    expect(cable.paragraphs.map((p) => [p.number, p.marking])).toEqual(expected.paragraphs.map(([n, marking]) => [n, marking]))
  })

  it('gives each paragraph the heading above it in the cable', () => {
    expect(cable.paragraphs.map((p) => [p.number, p.heading])).toEqual(expected.paragraphs.map(([n, , heading]) => [n, heading]))
  })

  it('starts and ends each paragraph with the words the raw text has', () => {
    const ends = cable.paragraphs.map((p) => [p.number, p.text.slice(0, 80), p.text.slice(-80)])
    expect(ends).toEqual(
      expected.paragraphs.map(([n, , , first, last], k) => {
        const text = cable.paragraphs[k]?.text ?? ''
        return [n, text.startsWith(first) ? text.slice(0, 80) : first, text.endsWith(last) ? text.slice(-80) : last]
      }),
    )
  })

  it('has every word of the body in its paragraph, and nothing else (headings, page breaks, SIPDIS, signature)', () => {
    const words = rawParagraphWords(raw, headings, expected.signature)
    expect(cable.paragraphs.map((p) => [p.number, p.text.split(' ')])).toEqual(expected.paragraphs.map(([n]) => [n, words.get(n)]))
    for (const p of cable.paragraphs) {
      expect(p.text).not.toMatch(/SIPDIS|\d{3} OF \d{3}|---|¶|\s{2}/)
      for (const h of headings) expect(p.text.endsWith(h)).toBe(false)
      expect(p.text.split(' ')).not.toContain(expected.signature)
    }
  })
})
