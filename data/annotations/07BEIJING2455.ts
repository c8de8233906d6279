/**
 * Curated annotations of cable 07BEIJING2455 (Embassy Beijing, 13 April 2007): USPTO Under
 * Secretary Jon Dudas and Supreme People's Court Deputy President Zhang Jun, March 28 (the same
 * meeting 07BEIJING2566 ¶7 mentions in a note: its venue 'spc'). Every item rests on numbered
 * paragraphs and quotes them word for word from the complete (WikiLeaks) rendering, typos
 * included ("JI(II)lowered", "have to date been", "Thurwacther", "Jasemine").
 *
 * Conventions are the seed's (07BEIJING2566.ts): a summary names its speaker and the cable's own
 * verb or is the cable's voice; positions have one verb each. A sentence that continues a named
 * speaker's reported account keeps that speaker even without its own "said": ¶2 s2 ("As a result,
 * while legislation ... remains relatively weak") continues Zhang's opening remark ("As a result" of
 * what he had just said) and is in his position, as the audit argues. Only the post's own notes,
 * comments and narration are the cable's voice, held by the author (us-embassy-beijing) with
 * reportingVerb null: the ¶3 Note, ¶4's and ¶5's "Both parties agreed" (the cable's account of a
 * joint agreement, no one speaker's), the ¶9 Note and the ¶12 Comment.
 *
 * Markings: ¶1–9 and ¶12 are SBU; ¶10–11 (participant lists) and ¶13 are U. No item cites both.
 * The meeting venue rests on SBU paragraphs, so the public-safe view shows nothing of this cable
 * but the registry entries (people and organizations cite the U lists where they can); the U
 * participants issue hangs on the SBU venue and is dropped with it.
 *
 * The false ¶ signs before "2004" (¶3) and "2007" (¶9) are years, not paragraphs: the parser
 * reports them as `false-paragraph-sign` and keeps the year in the text.
 *
 * Dates the cable gives without a year ("on March 28", "On April 5", "March 27", "April 9") are read
 * against the cable's own date (13 April 2007) and say so in inferredFrom.
 */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { c, day, month, year } from './helpers.ts'

// Place not stated: no paragraph of this cable names the city of the meeting (¶1: "met with ... on
// March 28"), and 07BEIJING2566 ¶7, which reports the same meeting ("See Reftel"), names none either.
// The venue keeps the post's city (the cable is from Embassy Beijing, "FM AMEMBASSY BEIJING"), as the
// project's rule for an unstated place says; see the audit's Unsure list. Beijing is a municipality: no province.
const BEIJING = { city: 'Beijing', province: null }

// Reasons for dates the cited text does not fully state, written once.
const YEAR_FROM_CABLE = 'year from the cable\'s date, 13 April 2007'
const FIRST_HALF_2007 = '¶9 Note: "will be released in the first half of 2007", read as January to June 2007'

/** "plan" is on the hedge list, but in ¶9 s3 it is a noun in Zhang's clause ("the details of the plan"). */
const planAsNoun = { hedge: 'plans', why: 'In ¶9 s3 "plan" is a noun in Zhang\'s clause ("the details of the plan will soon be forthcoming"), not a hedge; the Note this item rests on does not use it.' }

export const annotations = {
  cableId: '07BEIJING2455',
  // The cable's author (Embassy Beijing): the speaker of everything the cable says in its own voice.
  authorOrganizationId: 'us-embassy-beijing',
  // ¶13 is the clearance line ("U/S Dudas' delegation has cleared this report."): nothing to annotate.
  coverage: { from: 1, to: 12 },

  // ── Organizations ──────────────────────────────────────────────────────────
  // Entities the seed already has (us-embassy-beijing, ustr, spc, spc-civil-ipr-tribunal,
  // chinese-officials) are copied word for word from 07BEIJING2566.ts, with this cable's citations.
  // parentId only where the cable states the relationship ("SPC IPR Tribunal", "SPC Research Center").
  organizations: [
    {
      // The cable's author: positions with reportingVerb null (the cable's own voice) are its.
      id: 'us-embassy-beijing',
      name: 'US Embassy Beijing',
      shortName: 'Embassy',
      side: 'US',
      level: 'embassy',
      parentId: null,
      citations: [
        c(10, 'Embassy Senior IPR Attache Mark Cohen'),
        c(10, 'Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker)'),
      ],
    },
    {
      id: 'ustr',
      name: 'Office of the United States Trade Representative',
      shortName: 'USTR',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(12, 'USTR\'s April 9 announcement to bring two WTO cases against China')],
    },
    {
      // New. ¶1 gives the full name; ¶10 and ¶8 the short forms ("USPTO", "Patent and Trademark Office").
      // The cable calls Dudas "Commerce Under Secretary" too but does not state that USPTO belongs to
      // Commerce, so no parentId.
      id: 'uspto',
      name: 'United States Patent and Trademark Office',
      shortName: 'USPTO',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [
        c(1, 'Director of the United States Patent and Trademark Office Jon Dudas'),
        c(10, 'USPTO Director Jon Dudas'),
      ],
    },
    {
      // New. A US federal court: side US (government), like the US delegation it sat with.
      id: 'us-court-of-appeals-federal-circuit',
      name: 'United States Court of Appeals for the Federal Circuit',
      shortName: null,
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [
        c(6, 'Judge Randall Rader of the United States Court of Appeals for the Federal Circuit'),
        c(10, 'U.S. Court of Appeals for the Federal Circuit Judge Randall Rader'),
      ],
    },
    {
      id: 'spc',
      name: 'Supreme People\'s Court',
      shortName: 'SPC',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [
        c(1, 'Supreme People\'s Court (SPC) Deputy President Zhang Jun'),
        c(11, 'SPC Vice President Justice Zhang Jun'),
      ],
    },
    {
      // The seed's tribunal, whose chief judge is Jiang Zhipei. This cable calls it "SPC IPR
      // Tribunal" (¶11) and "China's IPR Tribunal" (¶4); the seed's name ("civil IPR tribunal",
      // 07BEIJING2566 ¶7) is kept word for word, as the registry requires.
      id: 'spc-civil-ipr-tribunal',
      name: 'Supreme People\'s Court civil IPR tribunal',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: 'spc',
      citations: [
        c(11, 'SPC IPR Tribunal Chief Judge Jiang Zhipei'),
        c(11, 'SPC IPR Tribunal Deputy Judge Kong Jiangjun'),
      ],
    },
    {
      // New. Parent stated: "SPC Research Center".
      id: 'spc-research-center',
      name: 'Supreme People\'s Court Research Center',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: 'spc',
      citations: [c(11, 'SPC Research Center Judge Li Hongjiang')],
    },
    {
      // New. Parent stated: "SPC Administrative Tribunal".
      id: 'spc-administrative-tribunal',
      name: 'Supreme People\'s Court Administrative Tribunal',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: 'spc',
      citations: [c(11, 'SPC Administrative Tribunal Judge Gan Wen')],
    },
    {
      // New. Parent stated: "SPC Second Criminal Tribunal".
      id: 'spc-second-criminal-tribunal',
      name: 'Supreme People\'s Court Second Criminal Tribunal',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: 'spc',
      citations: [c(11, 'SPC Second Criminal Tribunal Judge Liu Miaoxiang')],
    },
    {
      // New. The cable never spells out "SPP" (it co-released the JI (II) with the SPC, ¶3 Note), so
      // the name stays the cable's abbreviation; level unknown. Side China: it issues a judicial
      // interpretation with the SPC.
      id: 'spp',
      name: 'SPP',
      shortName: 'SPP',
      side: 'China',
      level: null,
      parentId: null,
      citations: [c(3, 'the SPC and SPP released a supplement to the 2004 judicial interpretation')],
    },
    {
      // New. Named in the ¶9 Note only; the cable gives no abbreviation.
      id: 'sipo',
      name: 'State Intellectual Property Office',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(9, 'the State Intellectual Property Office on March 27 announced')],
    },
    {
      // The seed's unnamed officials (SBU there too): ¶12's "some Chinese officials" who expressed
      // dissatisfaction. Used only by SBU items here as well.
      id: 'chinese-officials',
      name: 'Chinese officials (unnamed)',
      shortName: null,
      side: 'China',
      level: null,
      parentId: null,
      citations: [c(12, 'some Chinese officials who in the past have supported cooperation with the United States')],
    },
  ],

  // ── People: names and titles as the cable gives them (¶10–11 are U: cited where possible) ──
  // Seed people (mark-cohen, zhang-jun, jiang-zhipei) keep the seed's titles word for word. Unnamed
  // interpreters (¶10, ¶11) are not entered. Named people are one registry: unprefixed ids.
  people: [
    {
      id: 'jon-dudas',
      name: 'Jon Dudas',
      // ¶10's title (¶1: "Commerce Under Secretary and Director of the United States Patent and Trademark Office").
      title: 'Commerce Under Secretary for Intellectual Property and USPTO Director',
      organizationId: 'uspto',
      side: 'US',
      citations: [
        c(10, 'Commerce Under Secretary for Intellectual Property and USPTO Director Jon Dudas'),
        c(1, 'Commerce Under Secretary and Director of the United States Patent and Trademark Office Jon Dudas'),
      ],
    },
    {
      // Also in 07BEIJING2463 ¶6 with the same title. The cable names no organization for him.
      id: 'chris-israel',
      name: 'Chris Israel',
      title: 'U.S. International Intellectual Property Enforcement Coordinator',
      organizationId: null,
      side: 'US',
      citations: [c(10, 'U.S. International Intellectual Property Enforcement Coordinator Chris Israel')],
    },
    {
      id: 'lois-boland',
      name: 'Lois Boland',
      title: 'USPTO Director of the Office of International Relations',
      organizationId: 'uspto',
      side: 'US',
      citations: [c(10, 'USPTO Director of the Office of International Relations Lois Boland')],
    },
    {
      // Seed person, seed title (identical to ¶10's words here).
      id: 'mark-cohen',
      name: 'Mark Cohen',
      title: 'Embassy Senior IPR Attache',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(10, 'Embassy Senior IPR Attache Mark Cohen')],
    },
    {
      // This cable spells him "Thurwacther" (¶10); 07GUANGZHOU376 ¶3 spells "Todd Thurwachter, an IPR
      // Attache in Embassy Beijing". One person: the name takes the other cable's spelling, the quote
      // keeps this cable's typo.
      id: 'todd-thurwachter',
      name: 'Todd Thurwachter',
      title: 'Embassy IPR Attache',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(10, 'Embassy IPR Attache Todd Thurwacther')],
    },
    {
      id: 'elaine-wu',
      name: 'Elaine Wu',
      title: 'USPTO Attorney-Advisor',
      organizationId: 'uspto',
      side: 'US',
      citations: [c(10, 'USPTO Attorney-Advisors: Elaine Wu')],
    },
    {
      id: 'jasemine-chambers',
      name: 'Jasemine Chambers',
      title: 'USPTO Attorney-Advisor',
      organizationId: 'uspto',
      side: 'US',
      citations: [c(10, 'USPTO Attorney-Advisors: Elaine Wu, Jasemine Chambers')],
    },
    {
      id: 'tim-browning',
      name: 'Tim Browning',
      title: 'USPTO Attorney-Advisor',
      organizationId: 'uspto',
      side: 'US',
      citations: [c(10, 'USPTO Attorney-Advisors: Elaine Wu, Jasemine Chambers, Tim Browning')],
    },
    {
      id: 'conrad-wong',
      name: 'Conrad Wong',
      title: 'USPTO Attorney-Advisor',
      organizationId: 'uspto',
      side: 'US',
      citations: [c(10, 'USPTO Attorney-Advisors: Elaine Wu, Jasemine Chambers, Tim Browning, Conrad Wong')],
    },
    {
      // "; and Trade Policy Analyst Susan Tong" follows the USPTO list after a semicolon: the cable
      // does not say she is USPTO's. Side US: listed among the U.S. Participants.
      id: 'susan-tong',
      name: 'Susan Tong',
      title: 'Trade Policy Analyst',
      organizationId: null,
      side: 'US',
      citations: [c(10, 'and Trade Policy Analyst Susan Tong'), c(10, 'U.S. Participants')],
    },
    {
      // Also in 07BEIJING2463 ¶6 with the same title. "(notetaker)" is his role here, not his title.
      id: 'geoff-siebengartner',
      name: 'Geoff Siebengartner',
      title: 'Embassy Economic Affairs Second Secretary',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(10, 'Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker)')],
    },
    {
      id: 'randall-rader',
      name: 'Randall Rader',
      title: 'U.S. Court of Appeals for the Federal Circuit Judge',
      organizationId: 'us-court-of-appeals-federal-circuit',
      side: 'US',
      citations: [
        c(10, 'U.S. Court of Appeals for the Federal Circuit Judge Randall Rader'),
        c(6, 'Judge Randall Rader of the United States Court of Appeals for the Federal Circuit'),
      ],
    },
    {
      // Seed person, seed title ("Supreme People's Court Deputy President", as ¶1 here); ¶11 calls
      // him "SPC Vice President Justice Zhang Jun".
      id: 'zhang-jun',
      name: 'Zhang Jun',
      title: 'Supreme People\'s Court Deputy President',
      organizationId: 'spc',
      side: 'China',
      citations: [
        c(1, 'Supreme People\'s Court (SPC) Deputy President Zhang Jun'),
        c(11, 'SPC Vice President Justice Zhang Jun'),
      ],
    },
    {
      // Seed person, seed title; here "SPC IPR Tribunal Chief Judge" (¶11), "Chief Judge Jiang Zhipei
      // of China's IPR Tribunal" (¶4), "Judge Jiang" (¶6).
      id: 'jiang-zhipei',
      name: 'Jiang Zhipei',
      title: 'chief judge of the Supreme People\'s Court civil IPR tribunal',
      organizationId: 'spc-civil-ipr-tribunal',
      side: 'China',
      citations: [
        c(11, 'SPC IPR Tribunal Chief Judge Jiang Zhipei'),
        c(4, 'Chief Judge Jiang Zhipei of China\'s IPR Tribunal'),
      ],
    },
    {
      id: 'kong-jiangjun',
      name: 'Kong Jiangjun',
      title: 'SPC IPR Tribunal Deputy Judge',
      organizationId: 'spc-civil-ipr-tribunal',
      side: 'China',
      citations: [c(11, 'SPC IPR Tribunal Deputy Judge Kong Jiangjun')],
    },
    {
      id: 'li-hongjiang',
      name: 'Li Hongjiang',
      title: 'SPC Research Center Judge',
      organizationId: 'spc-research-center',
      side: 'China',
      citations: [c(11, 'SPC Research Center Judge Li Hongjiang')],
    },
    {
      id: 'gan-wen',
      name: 'Gan Wen',
      title: 'SPC Administrative Tribunal Judge',
      organizationId: 'spc-administrative-tribunal',
      side: 'China',
      citations: [c(11, 'SPC Administrative Tribunal Judge Gan Wen')],
    },
    {
      id: 'liu-miaoxiang',
      name: 'Liu Miaoxiang',
      title: 'SPC Second Criminal Tribunal Judge',
      organizationId: 'spc-second-criminal-tribunal',
      side: 'China',
      citations: [c(11, 'SPC Second Criminal Tribunal Judge Liu Miaoxiang')],
    },
  ],

  // ── Topics ─────────────────────────────────────────────────────────────────
  // Seed topics copied word for word (their descriptions were written for 07BEIJING2566; see the
  // audit's Unsure list for exchanges-and-training and bilateral-relations). All citations here are
  // SBU (the only U paragraphs are participant lists), so a topic never mixes markings in this file.
  topics: [
    {
      id: 'online-copyright',
      label: 'Online copyright',
      description: 'Enforcement against Internet copyright infringement.',
      citations: [c(5, 'questioned how China is preparing to deal with online copyright infringement')],
    },
    {
      id: 'evidence-and-prosecution',
      label: 'Evidence and prosecution',
      description: 'Collecting evidence and prosecuting infringement cases.',
      citations: [c(5, 'China is not experienced in investigating Internet crimes, collecting evidence in such cases, or meting out penalties')],
    },
    {
      id: 'ipr-courts',
      label: 'IPR courts',
      description: 'Special IPR divisions and courts: basic level IPR civil courts, an integrated IPR court, a national appellate IPR court.',
      citations: [c(7, 'Short of establishing a unified IP court, Zhang explained that the SPC works hard to improve its IPR chambers')],
    },
    {
      id: 'transparency-and-statistics',
      label: 'Transparency and statistics',
      description: 'Publishing information on IPR enforcement actions, and enforcement statistics.',
      citations: [c(4, 'Both parties agreed to coordinate the sharing of statistics')],
    },
    {
      id: 'exchanges-and-training',
      label: 'Exchanges and training',
      description: 'Visits and exchanges of enforcement experience between Chinese and US officials, such as the visit Chaoyang officials would like to make.',
      citations: [
        c(8, 'a program to invite speakers from China to the United States also would be useful'),
        c(7, 'bring his entire IPR court to China in the future for a dialogue and information exchange'),
      ],
    },
    {
      // SBU-only topic in the seed; ¶12 is SBU here too.
      id: 'bilateral-relations',
      label: 'Bilateral relations and the WTO case',
      description: 'Arranging USTR\'s meetings, and US–China IPR cooperation after the April 10 WTO filings.',
      citations: [c(12, 'the extent of future bilateral cooperation on IPR and related issues remains uncertain')],
    },
    {
      // New.
      id: 'criminal-thresholds-and-penalties',
      label: 'Criminal thresholds and penalties',
      // "that lowered the thresholds" was said of both JIs: for the 2004 JI that is Zhang's claim (¶3
      // "Zhang responded that ... by reducing criminal thresholds"); only the JI (II)'s is the cable's voice.
      description: 'Criminal thresholds, valuations and penalties for IPR crimes, the 2004 judicial interpretation and its supplement, and the courts\' use of probation.',
      citations: [
        c(3, 'the SPC and SPP released a supplement to the 2004 judicial interpretation'),
        c(3, 'criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment'),
        c(3, 'the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds'),
        c(3, 'lowered criminal thresholds of copyright materials'),
        c(3, 'China should increase the penalties for such crimes'),
      ],
    },
    {
      // New.
      id: 'judicial-practice',
      label: 'Judicial practice and expertise',
      description: 'The experience, expertise and judicial practices of China\'s courts in IPR cases.',
      citations: [
        c(2, 'the courts must continue to study judicial best practices to improve IPR protection'),
        c(7, 'improve its IPR chambers through increased staffing, stability, and expertise'),
      ],
    },
    {
      // Not new: 08SHANGHAI330's topic (wt-cur-sh, not yet committed there), copied word for word.
      // The ¶9 Note's "China's national strategy on IPR protection" is that strategy before its
      // release; the description's "Outline" and local implementation rest on the Shanghai cable.
      id: 'national-ip-strategy',
      label: 'National IP Strategy',
      description: 'The Outline of the National IP Strategy and how it is implemented locally.',
      citations: [c(9, 'China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007')],
      hedgeNotes: [
        { hedge: 'may', why: 'In the ¶9 Note it qualifies whether Zhang was referring to the national strategy; the description only names the subject.' },
        planAsNoun,
      ],
    },
  ],

  // ── Venues: the meeting and the Embassy's comment ─────────────────────────
  venues: [
    {
      id: 'spc2455-spc-meeting',
      title: 'Supreme People\'s Court',
      theme: 'Judicial interpretation, probation and an IP court',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-28', YEAR_FROM_CABLE),
      summary:
        'On March 28 Commerce Under Secretary and USPTO Director Jon Dudas met SPC Deputy President Zhang Jun; the cable says the two discussed China\'s criminal law, judicial interpretation (JI), statistics exchange, and technical assistance programs. Dudas credited improvements in China\'s IPR enforcement in part to a judicial interpretation issued by the SPC in 2004, but added that the United States nevertheless remains concerned over criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment; Zhang responded that the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds, and admitted that China should increase the penalties for such crimes. Judge Randall Rader suggested that China might benefit from a unified IP court; Zhang acknowledged that - "generally speaking" - he supports the idea and its many benefits, but added that such a court will not be established in China until after a broad-based reform of the judicial system as a whole. The cable reports that both parties agreed to coordinate the sharing of statistics and to explore a cybercrime program, and that Zhang made reference to a new agenda for IPR protection in China, offering only that the details will soon be forthcoming.',
      summaryVoice: 'reported',
      organizationIds: [
        'uspto', 'us-embassy-beijing', 'us-court-of-appeals-federal-circuit',
        'spc', 'spc-civil-ipr-tribunal', 'spc-research-center', 'spc-administrative-tribunal', 'spc-second-criminal-tribunal',
      ],
      participantIds: [
        'jon-dudas', 'chris-israel', 'lois-boland', 'mark-cohen', 'todd-thurwachter', 'elaine-wu', 'jasemine-chambers',
        'tim-browning', 'conrad-wong', 'susan-tong', 'geoff-siebengartner', 'randall-rader',
        'zhang-jun', 'jiang-zhipei', 'kong-jiangjun', 'li-hongjiang', 'gan-wen', 'liu-miaoxiang',
      ],
      paragraphs: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      topicIds: [
        'criminal-thresholds-and-penalties', 'judicial-practice', 'evidence-and-prosecution', 'transparency-and-statistics',
        'online-copyright', 'ipr-courts', 'exchanges-and-training', 'national-ip-strategy',
      ],
      citations: [
        c(1, 'Jon Dudas met with Supreme People\'s Court (SPC) Deputy President Zhang Jun on March 28 to discuss intellectual property rights (IPR) protection and innovation in China'),
        c(1, 'The two discussed China\'s criminal law, judicial interpretation (JI), statistics exchange, and technical assistance programs'),
        c(1, 'Zhang also made reference to a new agenda for IPR protection in China, offering only that the details will soon be forthcoming'),
        c(3, 'U/S Dudas expressed his admiration for improvements in China\'s IPR enforcement, which he credited in part to a judicial interpretation issued by the SPC in 2004'),
        c(3, 'He added that the United States nevertheless remains concerned over criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment'),
        c(3, 'Zhang responded that, compared with the 1998 JI that preceded it, the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds'),
        c(3, 'Zhang admitted, though, that China should increase the penalties for such crimes'),
        c(6, 'suggested that China might benefit from such a system'),
        c(6, 'Zhang acknowledged that an IP court would raise the professionalism of the SPC by increasing technical understanding and competence and that - "generally speaking" - he supports the idea and its many benefits'),
        c(6, 'he added that such a court will not be established in China until after a broad-based reform of the judicial system as a whole'),
        c(4, 'Both parties agreed to coordinate the sharing of statistics'),
        c(5, 'both parties agreed to explore a cybercrime program'),
      ],
      hedgeNotes: [
        { hedge: 'up to', why: '¶6 s4 ends "at which point the judiciary will be up to a specific standard": the summary stops before that clause, kept in issue spc2455-unified-ip-court and position spc2455-court-after-reform; "up to" is not a figure\'s hedge there.' },
      ],
    },
    {
      // The comment is undated beyond the cable itself; the header date is not a paragraph.
      id: 'spc2455-embassy-comment',
      title: 'Embassy comment',
      theme: 'Cooperation after the WTO cases',
      kind: 'assessment',
      place: BEIJING,
      date: null,
      summary:
        'The Embassy comments that, following USTR\'s April 9 announcement to bring two WTO cases against China, the extent of future bilateral cooperation on IPR and related issues remains uncertain; as anticipated, some Chinese officials who in the past have supported cooperation with the United States on IPR protection and enforcement have expressed dissatisfaction at the announcement, and it is likely that officials who may be willing to continue to work together may face internal pressure to limit such efforts.',
      summaryVoice: 'cable',
      organizationIds: ['us-embassy-beijing', 'ustr', 'chinese-officials'],
      participantIds: [],
      paragraphs: [12],
      topicIds: ['bilateral-relations'],
      citations: [
        c(12, 'Following USTR\'s April 9 announcement to bring two WTO cases against China, the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
        c(12, 'As anticipated, some Chinese officials who in the past have supported cooperation with the United States on IPR protection and enforcement have expressed dissatisfaction at the announcement'),
        c(12, 'Further, it is likely that officials who may be willing to continue to work together may face internal pressure to limit such efforts'),
      ],
    },
  ],

  // ── Issues ───────────────────────────────────────────────────────────────
  issues: [
    {
      id: 'spc2455-foundations-and-progress',
      venueId: 'spc2455-spc-meeting',
      // A title stands alone: ¶2: "He added his view that progress on IPR ... have to date been satisfactory".
      title: 'China\'s IPR foundations and progress, according to the SPC\'s Deputy President',
      summary:
        'Zhang opened by saying that China\'s focus on building an innovation-based society is a recent development in the country\'s history; as a result, while legislation to protect IPR and innovation has improved, China\'s foundation of economic and technological development, and judicial practices, remains relatively weak. He added his view that progress on IPR, including early measures to penalize infringement, has to date been satisfactory, but that the courts must continue to study judicial best practices to improve IPR protection.',
      summaryVoice: 'reported',
      topicIds: ['judicial-practice'],
      organizationIds: ['spc'],
      citations: [
        c(2, 'Zhang opened by saying that China\'s focus on building an innovation-based society is a recent development in the country\'s history'),
        c(2, 'As a result, while legislation to protect IPR and innovation has improved, China\'s foundation of economic and technological development, and judicial practices, remains relatively weak'),
        c(2, 'He added his view that progress on IPR, including early measures to penalize infringement, have to date been satisfactory, but that the courts must continue to study judicial best practices to improve IPR protection'),
      ],
    },
    {
      id: 'spc2455-judicial-interpretation',
      venueId: 'spc2455-spc-meeting',
      title: 'The 2004 judicial interpretation and criminal thresholds',
      summary:
        'Dudas expressed his admiration for improvements in China\'s IPR enforcement, which he credited in part to a judicial interpretation issued by the SPC in 2004; he added that the United States nevertheless remains concerned over criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment, and stated that further review and revisions of the 2004 judicial interpretation might be necessary. Zhang responded that, compared with the 1998 JI that preceded it, the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds and better addressing China\'s IPR situation, and explained that the effectiveness of the measures, and of increased law enforcement efforts, was evidenced by a 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005. Zhang admitted, though, that China should increase the penalties for such crimes.',
      summaryVoice: 'reported',
      topicIds: ['criminal-thresholds-and-penalties', 'evidence-and-prosecution'],
      organizationIds: ['uspto', 'spc'],
      citations: [
        c(3, 'U/S Dudas expressed his admiration for improvements in China\'s IPR enforcement, which he credited in part to a judicial interpretation issued by the SPC in 2004'),
        c(3, 'He added that the United States nevertheless remains concerned over criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment'),
        c(3, 'U/S Dudas stated that further review and revisions of the 2004 judicial interpretation might be necessary'),
        c(3, 'Zhang responded that, compared with the 1998 JI that preceded it, the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds and better addressing China\'s IPR situation'),
        c(3, 'He explained that the effectiveness of the measures - and of increased law enforcement efforts - was evidenced by a 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005'),
        c(3, 'Zhang admitted, though, that China should increase the penalties for such crimes'),
      ],
    },
    {
      // ¶3 Note: the cable's own voice, on an event after the meeting (April 5).
      id: 'spc2455-ji-ii-note',
      venueId: 'spc2455-spc-meeting',
      title: 'The supplementary judicial interpretation (JI (II)) of April 5',
      summary:
        'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement. The JI (II) lowered criminal thresholds of copyright materials by 50 percent, from 1,000 to 500 illegal copies of copyrighted works, and clarified the definitions of "reproduction and distribution" in Article 217 of the Criminal Law: according to the new interpretation, they include the acts of reproducing OR distributing, or both reproducing AND distributing.',
      summaryVoice: 'cable',
      topicIds: ['criminal-thresholds-and-penalties'],
      organizationIds: ['spc', 'spp'],
      citations: [
        c(3, 'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement'),
        c(3, 'lowered criminal thresholds of copyright materials by 50 percent, from 1,000 to 500 illegal copies of copyrighted works'),
        c(3, 'The JI (II) also clarified the definitions "reproduction and distribution" reference in Article 217 of the Criminal Law'),
        c(3, 'According to the new interpretation, "reproduction and distribution" include the acts of reproducing OR distributing, or both reproducing AND distributing'),
      ],
    },
    {
      id: 'spc2455-probation',
      venueId: 'spc2455-spc-meeting',
      title: 'Probation in IPR cases',
      summary:
        'Zhang continued that the use of probation in IPR cases is in accordance with China\'s existing criminal code and the principle of Chinese law to allow criminals the opportunity to repent and reform rather than serving jail time; he said probation is often used for misdemeanors, first time criminals, and criminals who show remorse, and that the option is used carefully and has a strong deterrent effect. Dudas agreed that maximum deterrence should be a key goal, and that the United States generally seeks to achieve this by lowering criminal thresholds and increasing penalties, particularly on IPR crimes.',
      summaryVoice: 'reported',
      topicIds: ['criminal-thresholds-and-penalties'],
      organizationIds: ['spc', 'uspto'],
      citations: [
        c(4, 'Zhang continued that the use of probation in IPR cases is in accordance with China\'s existing criminal code'),
        c(4, 'He said probation is often used for misdemeanors, first time criminals, and criminals who show remorse'),
        c(4, 'U/S Dudas agreed that maximum deterrence should be a key goal'),
      ],
    },
    {
      id: 'spc2455-statistics-sharing',
      venueId: 'spc2455-spc-meeting',
      title: 'Sharing statistics',
      summary:
        'Dudas requested that the SPC provide statistics that might more clearly demonstrate China\'s recent progress in improving IPR enforcement, and offered to provide United States data that might be useful to those efforts. The cable reports that both parties agreed to coordinate the sharing of statistics between Mission Senior IPR Attache and Chief Judge Jiang Zhipei of China\'s IPR Tribunal.',
      summaryVoice: 'reported',
      topicIds: ['transparency-and-statistics'],
      organizationIds: ['uspto', 'spc', 'us-embassy-beijing', 'spc-civil-ipr-tribunal'],
      citations: [
        c(4, 'U/S Dudas requested that the SPC provide statistics that might more clearly demonstrate China\'s recent progress in improving IPR enforcement, and offered to provide United States data that might be useful to those efforts'),
        c(4, 'Both parties agreed to coordinate the sharing of statistics between Mission Senior IPR Attache and Chief Judge Jiang Zhipei of China\'s IPR Tribunal'),
      ],
    },
    {
      id: 'spc2455-internet-crime',
      venueId: 'spc2455-spc-meeting',
      title: 'Internet-related IPR crimes',
      summary:
        'Dudas explained that United States law changes regularly to address the rapid advance of Internet technologies, and questioned how China is preparing to deal with online copyright infringement. Zhang admitted that Internet-related IPR crimes are occurring with increasing frequency, lamented that legislation always lags behind the situation on the ground, and described the SPC\'s greatest challenge as anticipating problems that will arise as a result of future technological developments; he added that China is not experienced in investigating Internet crimes, collecting evidence in such cases, or meting out penalties, but that laws will eventually be changed to address new concerns. Citing an example, Zhang wondered whether the online theft of virtual property should be handled in the same way as theft of tangible property, with similar punishment; he said that, although such issues are not yet included in judicial interpretation, some investigators and "grassroots" judges have handled such cases in progressive ways with controversial judgments, and pointed out that in that way judicial practices - and not necessarily legislation - are moving lawmaking forward in China. At the suggestion of Dudas, both parties agreed to address such emerging issues and to explore a cybercrime program to share experiences among judges and experts from both countries.',
      summaryVoice: 'reported',
      topicIds: ['online-copyright', 'evidence-and-prosecution', 'judicial-practice'],
      organizationIds: ['uspto', 'spc'],
      citations: [
        c(5, 'U/S Dudas explained that United States law changes regularly to address the rapid advance of Internet technologies, and questioned how China is preparing to deal with online copyright infringement'),
        c(5, 'Zhang admitted that Internet-related IPR crimes are occurring with increasing frequency'),
        c(5, 'He lamented that legislation always lags behind the situation on the ground'),
        c(5, 'Zhang added that China is not experienced in investigating Internet crimes, collecting evidence in such cases, or meting out penalties, but that laws will eventually be changed to address new concerns'),
        c(5, 'Zhang wondered whether the online theft of virtual property should be handled in the same way as theft of tangible property'),
        c(5, 'some investigators and "grassroots" judges have handled such cases in progressive ways with controversial judgments'),
        c(5, 'judicial practices - and not necessarily legislation - are moving lawmaking forward in China'),
        c(5, 'At the suggestion of U/S Dudas, both parties agreed to address such emerging issues, and both parties agreed to explore a cybercrime program to share experiences among judges and experts from both countries'),
      ],
    },
    {
      id: 'spc2455-unified-ip-court',
      venueId: 'spc2455-spc-meeting',
      title: 'A unified IP court for China?',
      summary:
        'Judge Randall Rader offered that the United States has greatly benefited from a uniform, national policy on IP administered by a unified court, and that several other countries have adopted a similar model; he explained that such specialized courts allow judges to develop the technical expertise to more effectively administer IP law, and suggested that China might benefit from such a system. Zhang acknowledged that an IP court would raise the professionalism of the SPC by increasing technical understanding and competence and that - "generally speaking" - he supports the idea and its many benefits; however, he added that such a court will not be established in China until after a broad-based reform of the judicial system as a whole, at which point the judiciary will be "up to a specific standard." He joked that Judge Jiang in particular strongly supports the establishment of such a court, as Jiang would serve as its presiding judge.',
      summaryVoice: 'reported',
      topicIds: ['ipr-courts'],
      organizationIds: ['us-court-of-appeals-federal-circuit', 'spc', 'spc-civil-ipr-tribunal'],
      citations: [
        c(6, 'Judge Randall Rader of the United States Court of Appeals for the Federal Circuit offered that the United States has greatly benefited from a uniform, national policy on IP administered by a unified court, and that several other countries have adopted a similar model'),
        c(6, 'suggested that China might benefit from such a system'),
        c(6, 'Zhang acknowledged that an IP court would raise the professionalism of the SPC'),
        c(6, 'he added that such a court will not be established in China until after a broad-based reform of the judicial system as a whole'),
        c(6, 'He joked that Judge Jiang in particular strongly supports the establishment of such a court, as he would serve as its presiding judge'),
      ],
    },
    {
      id: 'spc2455-ipr-chambers',
      venueId: 'spc2455-spc-meeting',
      // An effort Zhang described (¶7 "works hard to improve"), not an outcome.
      title: 'Work to improve the SPC\'s IPR chambers, according to its Deputy President, who welcomed Judge Rader\'s offer to bring his entire IPR court to China for a dialogue and information exchange',
      summary:
        'Short of establishing a unified IP court, Zhang explained that the SPC works hard to improve its IPR chambers through increased staffing, stability, and expertise, and added that China\'s IPR judges are some of its most qualified and educated. Zhang welcomed Judge Rader\'s offer to bring his entire IPR court to China in the future for a dialogue and information exchange.',
      summaryVoice: 'reported',
      topicIds: ['ipr-courts', 'judicial-practice', 'exchanges-and-training'],
      organizationIds: ['spc', 'us-court-of-appeals-federal-circuit'],
      citations: [
        c(7, 'Short of establishing a unified IP court, Zhang explained that the SPC works hard to improve its IPR chambers through increased staffing, stability, and expertise'),
        c(7, 'He added that China\'s IPR judges are some of its most qualified and educated'),
        c(7, 'Zhang welcomed Judge Rader\'s offer to bring his entire IPR court to China in the future for a dialogue and information exchange'),
      ],
    },
    {
      id: 'spc2455-technical-assistance',
      venueId: 'spc2455-spc-meeting',
      title: 'Technical assistance: speakers and the Global IPR Academy',
      summary:
        'Dudas suggested that petitioners and applicants in the United States would benefit from a better understanding of China\'s judicial system, and that a program to invite speakers from China to the United States also would be useful. Zhang agreed, and also responded favorably to Dudas\' offer to bring Chinese officials to Washington to attend the Patent and Trademark Office\'s Global IPR Academy.',
      summaryVoice: 'reported',
      topicIds: ['exchanges-and-training'],
      organizationIds: ['uspto', 'spc'],
      citations: [
        c(8, 'U/S Dudas suggested that petitioners and applicants in the United States would benefit from a better understanding of China\'s judicial system, and that a program to invite speakers from China to the United States also would be useful'),
        c(8, 'Zhang agreed, and also responded favorably to U/S Dudas\' offer to bring Chinese officials to Washington to attend the Patent and Trademark Office\'s Global IPR Academy'),
      ],
    },
    {
      id: 'spc2455-national-ipr-strategy',
      venueId: 'spc2455-spc-meeting',
      // A title stands alone: ¶1: "offering only that the details will soon be forthcoming"; ¶9.
      title: 'A new agenda for IPR protection in China, its details to come, according to the SPC\'s Deputy President',
      summary:
        'In closing, Zhang emphasized that the protection of IPR is in line with China\'s national interests and a common ground between the United States and China. He said that the SPC issued a "judicial document" in January 2007 that will comprehensively improve IPR protection and lead to more crackdowns against infringers, and said the details of the plan will soon be forthcoming, but offered that it will include three principles: equity and fairness; uniformity of standards of judicial administration; and equal protection to domestic and foreign rights holders. In a note, the cable says Zhang may have been referring to China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007. Zhang further suggested that, under the new plan, civil and administrative law (not criminal law) will bear first responsibility to deal with IPR, and went further to say that judicial protection is not the most important element in fighting IPR crimes, but that a more integrated approach, including the general strengthening of the rule of law and the harmonious and socially equitable development of China\'s economy, will serve to reduce the incidence of all crimes. The cable\'s summary says Zhang offered only that the details will soon be forthcoming.',
      summaryVoice: 'reported',
      topicIds: ['national-ip-strategy'],
      organizationIds: ['spc', 'sipo', 'us-embassy-beijing'],
      citations: [
        c(1, 'Zhang also made reference to a new agenda for IPR protection in China, offering only that the details will soon be forthcoming'),
        c(9, 'In closing, Zhang emphasized that the protection of IPR is in line with China\'s national interests and a common ground between the United States and China'),
        c(9, 'He said that the SPC issued a "judicial document" in January 2007 that will comprehensively improve IPR protection and lead to more crackdowns against infringers'),
        c(9, 'Zhang said the details of the plan will soon be forthcoming'),
        c(9, 'Zhang may have been referring to China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007'),
        c(9, 'but offered that it will include three principles: equity and fairness; uniformity of standards of judicial administration; and equal protection to domestic and foreign rights holders'),
        c(9, 'He further suggested that, under the new plan, civil and administrative law (not criminal law) will bear first responsibility to deal with IPR'),
        c(9, 'Zhang went further to say that judicial protection is not the most important element in fighting IPR crimes'),
      ],
    },
    {
      // ¶10–11 (U): the participant lists. Under the SBU meeting venue, so the public-safe view drops
      // it with the venue (nothing SBU travels with it). Names spelled as the cable spells them.
      id: 'spc2455-participants',
      venueId: 'spc2455-spc-meeting',
      title: 'Meeting participants',
      summary:
        'U.S. participants: Commerce Under Secretary for Intellectual Property and USPTO Director Jon Dudas; U.S. International Intellectual Property Enforcement Coordinator Chris Israel; USPTO Director of the Office of International Relations Lois Boland; Embassy Senior IPR Attache Mark Cohen; Embassy IPR Attache Todd Thurwacther; USPTO Attorney-Advisors Elaine Wu, Jasemine Chambers, Tim Browning and Conrad Wong; Trade Policy Analyst Susan Tong; Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker); an interpreter; and U.S. Court of Appeals for the Federal Circuit Judge Randall Rader. Chinese participants: SPC Vice President Justice Zhang Jun; SPC IPR Tribunal Chief Judge Jiang Zhipei; SPC IPR Tribunal Deputy Judge Kong Jiangjun; SPC Research Center Judge Li Hongjiang; SPC Administrative Tribunal Judge Gan Wen; SPC Second Criminal Tribunal Judge Liu Miaoxiang; and an interpreter.',
      summaryVoice: 'cable',
      topicIds: ['ipr-courts'],
      organizationIds: [
        'uspto', 'us-embassy-beijing', 'us-court-of-appeals-federal-circuit',
        'spc', 'spc-civil-ipr-tribunal', 'spc-research-center', 'spc-administrative-tribunal', 'spc-second-criminal-tribunal',
      ],
      citations: [
        c(10, 'U.S. Participants: Commerce Under Secretary for Intellectual Property and USPTO Director Jon Dudas'),
        c(10, 'Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker)'),
        c(10, 'U.S. Court of Appeals for the Federal Circuit Judge Randall Rader'),
        c(11, 'Chinese Participants: SPC Vice President Justice Zhang Jun SPC IPR Tribunal Chief Judge Jiang Zhipei'),
        c(11, 'SPC Second Criminal Tribunal Judge Liu Miaoxiang Interpreter'),
      ],
    },

    // Embassy comment (¶12, SBU)
    {
      id: 'spc2455-comment-future-cooperation',
      venueId: 'spc2455-embassy-comment',
      title: 'Future cooperation after the WTO cases',
      summary:
        'Following USTR\'s April 9 announcement to bring two WTO cases against China, the extent of future bilateral cooperation on IPR and related issues remains uncertain. As anticipated, some Chinese officials who in the past have supported cooperation with the United States on IPR protection and enforcement have expressed dissatisfaction at the announcement. Further, it is likely that officials who may be willing to continue to work together may face internal pressure to limit such efforts.',
      summaryVoice: 'cable',
      topicIds: ['bilateral-relations'],
      organizationIds: ['us-embassy-beijing', 'ustr', 'chinese-officials'],
      citations: [
        c(12, 'Following USTR\'s April 9 announcement to bring two WTO cases against China, the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
        c(12, 'some Chinese officials who in the past have supported cooperation with the United States on IPR protection and enforcement have expressed dissatisfaction at the announcement'),
        c(12, 'it is likely that officials who may be willing to continue to work together may face internal pressure to limit such efforts'),
      ],
    },
  ],

  // ── Positions ────────────────────────────────────────────────────────────
  // Rendered as "<Speaker> <reportingVerb>: <paraphrase>"; reportingVerb null reads
  // "The cable states: ..." (held by the author, us-embassy-beijing). One verb per position.
  positions: [
    // spc2455-foundations-and-progress (¶2)
    {
      // ¶2 s2 has no verb of its own: "As a result" continues Zhang's opening remark (see the header).
      id: 'spc2455-innovation-recent-foundation-weak',
      issueId: 'spc2455-foundations-and-progress',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'opened by saying',
      paraphrase:
        'China\'s focus on building an innovation-based society is a recent development in the country\'s history; as a result, while legislation to protect IPR and innovation has improved, China\'s foundation of economic and technological development, and judicial practices, remains relatively weak.',
      citations: [
        c(2, 'Zhang opened by saying that China\'s focus on building an innovation-based society is a recent development in the country\'s history'),
        c(2, 'As a result, while legislation to protect IPR and innovation has improved, China\'s foundation of economic and technological development, and judicial practices, remains relatively weak'),
      ],
    },
    {
      id: 'spc2455-progress-satisfactory',
      issueId: 'spc2455-foundations-and-progress',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      // ¶2 "He added his view that ...": "his view" goes with the verb, so the line reads as his view, not
      // as a fact. The cable's "have to date been" is its typo (quoted as is below); the paraphrase says "has".
      reportingVerb: 'added his view',
      paraphrase:
        'Progress on IPR, including early measures to penalize infringement, has to date been satisfactory, but the courts must continue to study judicial best practices to improve IPR protection.',
      citations: [
        c(2, 'He added his view that progress on IPR, including early measures to penalize infringement, have to date been satisfactory, but that the courts must continue to study judicial best practices to improve IPR protection'),
      ],
    },

    // spc2455-judicial-interpretation (¶3)
    {
      id: 'spc2455-dudas-admires-2004-ji',
      issueId: 'spc2455-judicial-interpretation',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'expressed',
      paraphrase:
        'His admiration for improvements in China\'s IPR enforcement, which he credited in part to a judicial interpretation issued by the SPC in 2004.',
      citations: [
        c(3, 'U/S Dudas expressed his admiration for improvements in China\'s IPR enforcement, which he credited in part to a judicial interpretation issued by the SPC in 2004'),
      ],
    },
    {
      id: 'spc2455-us-concerned-thresholds',
      issueId: 'spc2455-judicial-interpretation',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'added',
      paraphrase:
        'The United States nevertheless remains concerned over criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment.',
      citations: [
        c(3, 'He added that the United States nevertheless remains concerned over criminal threshold levels, valuations, and the courts\' use of probation in lieu of imprisonment'),
      ],
    },
    {
      id: 'spc2455-review-2004-ji',
      issueId: 'spc2455-judicial-interpretation',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'stated',
      paraphrase: 'Further review and revisions of the 2004 judicial interpretation might be necessary.',
      citations: [c(3, 'U/S Dudas stated that further review and revisions of the 2004 judicial interpretation might be necessary')],
    },
    {
      id: 'spc2455-2004-ji-intensified-crackdowns',
      issueId: 'spc2455-judicial-interpretation',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'responded',
      paraphrase:
        'Compared with the 1998 JI that preceded it, the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds and better addressing China\'s IPR situation.',
      citations: [
        c(3, 'Zhang responded that, compared with the 1998 JI that preceded it, the 2004 JI intensified crackdowns on IPR crimes by reducing criminal thresholds and better addressing China\'s IPR situation'),
      ],
    },
    {
      id: 'spc2455-prosecutions-increase',
      issueId: 'spc2455-judicial-interpretation',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase:
        'The effectiveness of the measures - and of increased law enforcement efforts - was evidenced by a 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005.',
      citations: [
        c(3, 'He explained that the effectiveness of the measures - and of increased law enforcement efforts - was evidenced by a 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005'),
      ],
    },
    {
      id: 'spc2455-penalties-should-increase',
      issueId: 'spc2455-judicial-interpretation',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'admitted',
      // "such crimes": the IPR crimes of Zhang's two sentences before; the gloss is the dashboard's, in square brackets.
      paraphrase: 'China should increase the penalties for such crimes [IPR crimes].',
      citations: [c(3, 'Zhang admitted, though, that China should increase the penalties for such crimes')],
    },

    // spc2455-ji-ii-note (¶3 Note, the cable's voice)
    {
      id: 'spc2455-ji-ii-released',
      issueId: 'spc2455-ji-ii-note',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement; the JI (II) lowered criminal thresholds of copyright materials by 50 percent, from 1,000 to 500 illegal copies of copyrighted works.',
      citations: [
        c(3, 'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement'),
        c(3, 'The JI(II)lowered criminal thresholds of copyright materials by 50 percent, from 1,000 to 500 illegal copies of copyrighted works'),
      ],
    },
    {
      id: 'spc2455-ji-ii-definitions',
      issueId: 'spc2455-ji-ii-note',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'The JI (II) also clarified the definitions of "reproduction and distribution" in Article 217 of the Criminal Law: according to the new interpretation, "reproduction and distribution" include the acts of reproducing OR distributing, or both reproducing AND distributing.',
      citations: [
        c(3, 'The JI (II) also clarified the definitions "reproduction and distribution" reference in Article 217 of the Criminal Law'),
        c(3, 'According to the new interpretation, "reproduction and distribution" include the acts of reproducing OR distributing, or both reproducing AND distributing'),
      ],
    },

    // spc2455-probation (¶4)
    {
      id: 'spc2455-probation-lawful',
      issueId: 'spc2455-probation',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'continued',
      paraphrase:
        'The use of probation in IPR cases is in accordance with China\'s existing criminal code and the principle of Chinese law to allow criminals the opportunity to repent and reform rather than serving jail time.',
      citations: [
        c(4, 'Zhang continued that the use of probation in IPR cases is in accordance with China\'s existing criminal code and the principle of Chinese law to allow criminals the opportunity to repent and reform rather than serving jail time'),
      ],
    },
    {
      id: 'spc2455-probation-deters',
      issueId: 'spc2455-probation',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Probation is often used for misdemeanors, first time criminals, and criminals who show remorse, and the option is used carefully and has a strong deterrent effect.',
      citations: [
        c(4, 'He said probation is often used for misdemeanors, first time criminals, and criminals who show remorse, and that the option is used carefully and has a strong deterrent effect'),
      ],
    },
    {
      id: 'spc2455-maximum-deterrence',
      issueId: 'spc2455-probation',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'agreed',
      paraphrase:
        'Maximum deterrence should be a key goal, and the United States generally seeks to achieve this by lowering criminal thresholds and increasing penalties, particularly on IPR crimes.',
      citations: [
        c(4, 'U/S Dudas agreed that maximum deterrence should be a key goal, and that the United States generally seeks to achieve this by lowering criminal thresholds and increasing penalties, particularly on IPR crimes'),
      ],
    },

    // spc2455-statistics-sharing (¶4)
    {
      id: 'spc2455-statistics-request',
      issueId: 'spc2455-statistics-sharing',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'request',
      reportingVerb: 'requested',
      paraphrase: 'The SPC [should] provide statistics that might more clearly demonstrate China\'s recent progress in improving IPR enforcement.',
      citations: [
        c(4, 'U/S Dudas requested that the SPC provide statistics that might more clearly demonstrate China\'s recent progress in improving IPR enforcement'),
      ],
      hedgeNotes: [
        { hedge: 'efforts', why: '"those efforts" is in the offer clause of the same sentence, kept in spc2455-us-data-offer.' },
      ],
    },
    {
      id: 'spc2455-us-data-offer',
      issueId: 'spc2455-statistics-sharing',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'commitment',
      // "those efforts" is the cable's phrase and its referent is not stated: the bracketed note gives the
      // request it follows in the same sentence without choosing whose efforts they are.
      reportingVerb: 'offered to provide',
      paraphrase:
        'United States data that might be useful to those efforts. [The cable does not say whose efforts; the same sentence has his request that the SPC provide statistics that might more clearly demonstrate China\'s recent progress in improving IPR enforcement.]',
      citations: [c(4, 'and offered to provide United States data that might be useful to those efforts')],
    },
    {
      // "Both parties agreed": the cable's own account of a joint agreement (one party is the Mission).
      id: 'spc2455-statistics-agreement',
      issueId: 'spc2455-statistics-sharing',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'commitment',
      reportingVerb: null,
      paraphrase:
        'Both parties agreed to coordinate the sharing of statistics between Mission Senior IPR Attache and Chief Judge Jiang Zhipei of China\'s IPR Tribunal.',
      citations: [
        c(4, 'Both parties agreed to coordinate the sharing of statistics between Mission Senior IPR Attache and Chief Judge Jiang Zhipei of China\'s IPR Tribunal'),
      ],
    },

    // spc2455-internet-crime (¶5)
    {
      id: 'spc2455-us-law-changes',
      issueId: 'spc2455-internet-crime',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase: 'United States law changes regularly to address the rapid advance of Internet technologies.',
      citations: [c(5, 'U/S Dudas explained that United States law changes regularly to address the rapid advance of Internet technologies')],
    },
    {
      id: 'spc2455-how-china-prepares',
      issueId: 'spc2455-internet-crime',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'request',
      // ¶5 "questioned how China is preparing ...": an inquiry, so written as his question ("questioned: How
      // China is preparing ..." could read as doubting that it is).
      reportingVerb: 'questioned',
      paraphrase: 'How is China preparing to deal with online copyright infringement?',
      citations: [c(5, 'questioned how China is preparing to deal with online copyright infringement')],
    },
    {
      id: 'spc2455-internet-crimes-increasing',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'admitted',
      paraphrase:
        'Internet-related IPR crimes are occurring with increasing frequency, including infringements of the right to personality, reputation, and property.',
      citations: [
        c(5, 'Zhang admitted that Internet-related IPR crimes are occurring with increasing frequency, including infringements of the right to personality, reputation, and property'),
      ],
    },
    {
      id: 'spc2455-legislation-lags',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'lamented',
      paraphrase: 'Legislation always lags behind the situation on the ground.',
      citations: [c(5, 'He lamented that legislation always lags behind the situation on the ground')],
    },
    {
      id: 'spc2455-greatest-challenge',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'described the SPC\'s greatest challenge as',
      paraphrase: 'Anticipating problems that will arise as a result of future technological developments.',
      citations: [
        c(5, 'described the SPC\'s greatest challenge as anticipating problems that will arise as a result of future technological developments'),
      ],
    },
    {
      id: 'spc2455-not-experienced',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase:
        'China is not experienced in investigating Internet crimes, collecting evidence in such cases, or meting out penalties, but laws will eventually be changed to address new concerns.',
      citations: [
        c(5, 'Zhang added that China is not experienced in investigating Internet crimes, collecting evidence in such cases, or meting out penalties, but that laws will eventually be changed to address new concerns'),
      ],
    },
    {
      id: 'spc2455-virtual-property',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'wondered',
      paraphrase:
        'Citing an example: whether the online theft of virtual property should be handled in the same way as theft of tangible property, with similar punishment.',
      citations: [
        c(5, 'Citing an example, Zhang wondered whether the online theft of virtual property should be handled in the same way as theft of tangible property, with similar punishment'),
      ],
    },
    {
      id: 'spc2455-grassroots-judges',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Although such issues are not yet included in judicial interpretation, some investigators and "grassroots" judges have handled such cases in progressive ways with controversial judgments.',
      citations: [
        c(5, 'He said that, although such issues are not yet included in judicial interpretation, some investigators and "grassroots" judges have handled such cases in progressive ways with controversial judgments'),
      ],
    },
    {
      id: 'spc2455-practice-moves-lawmaking',
      issueId: 'spc2455-internet-crime',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'pointed out',
      paraphrase:
        'In that way, judicial practices - and not necessarily legislation - are moving lawmaking forward in China.',
      citations: [
        c(5, 'In that way, he pointed out, judicial practices - and not necessarily legislation - are moving lawmaking forward in China'),
      ],
    },
    {
      // "At the suggestion of U/S Dudas, both parties agreed": the cable's own account; Dudas' part
      // ("suggestion", a noun) has no verb of its own and stays in this sentence.
      id: 'spc2455-cybercrime-agreement',
      issueId: 'spc2455-internet-crime',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'commitment',
      reportingVerb: null,
      paraphrase:
        'At the suggestion of U/S Dudas, both parties agreed to address such emerging issues, and agreed to explore a cybercrime program to share experiences among judges and experts from both countries.',
      citations: [
        c(5, 'At the suggestion of U/S Dudas, both parties agreed to address such emerging issues, and both parties agreed to explore a cybercrime program to share experiences among judges and experts from both countries'),
      ],
    },

    // spc2455-unified-ip-court (¶6)
    {
      id: 'spc2455-rader-unified-court',
      issueId: 'spc2455-unified-ip-court',
      organizationId: 'us-court-of-appeals-federal-circuit',
      personId: 'randall-rader',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'offered',
      paraphrase:
        'The United States has greatly benefited from a uniform, national policy on IP administered by a unified court, and several other countries have adopted a similar model.',
      citations: [
        c(6, 'Judge Randall Rader of the United States Court of Appeals for the Federal Circuit offered that the United States has greatly benefited from a uniform, national policy on IP administered by a unified court, and that several other countries have adopted a similar model'),
      ],
    },
    {
      id: 'spc2455-rader-expertise',
      issueId: 'spc2455-unified-ip-court',
      organizationId: 'us-court-of-appeals-federal-circuit',
      personId: 'randall-rader',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase: 'Such specialized courts allow judges to develop the technical expertise to more effectively administer IP law.',
      citations: [c(6, 'He explained that such specialized courts allow judges to develop the technical expertise to more effectively administer IP law')],
      hedgeNotes: [
        { hedge: 'might', why: '"China might benefit" is in the suggestion clause of the same sentence, kept in spc2455-rader-suggests-system.' },
      ],
    },
    {
      id: 'spc2455-rader-suggests-system',
      issueId: 'spc2455-unified-ip-court',
      organizationId: 'us-court-of-appeals-federal-circuit',
      personId: 'randall-rader',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      // "such a system": what Rader had just described in ¶6 (a uniform, national policy on IP administered by a
      // unified court; "such specialized courts"). The gloss is the dashboard's, in square brackets.
      paraphrase: 'China might benefit from such a system [the system he had just described: a uniform, national policy on IP administered by a unified court].',
      citations: [c(6, 'suggested that China might benefit from such a system')],
    },
    {
      id: 'spc2455-zhang-supports-idea',
      issueId: 'spc2455-unified-ip-court',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'acknowledged',
      paraphrase:
        'An IP court would raise the professionalism of the SPC by increasing technical understanding and competence, and - "generally speaking" - he supports the idea and its many benefits.',
      citations: [
        c(6, 'Zhang acknowledged that an IP court would raise the professionalism of the SPC by increasing technical understanding and competence and that - "generally speaking" - he supports the idea and its many benefits'),
      ],
    },
    {
      id: 'spc2455-court-after-reform',
      issueId: 'spc2455-unified-ip-court',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase:
        'However, such a court will not be established in China until after a broad-based reform of the judicial system as a whole, at which point the judiciary will be "up to a specific standard."',
      citations: [
        c(6, 'However, he added that such a court will not be established in China until after a broad-based reform of the judicial system as a whole, at which point the judiciary will be "up to a specific standard."'),
      ],
    },
    {
      // "he would serve" is Jiang: the paraphrase names him to keep the pronoun from reading as Zhang.
      id: 'spc2455-jiang-supports-court',
      issueId: 'spc2455-unified-ip-court',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'joked',
      paraphrase:
        'Judge Jiang in particular strongly supports the establishment of such a court, as Jiang would serve as its presiding judge.',
      citations: [
        c(6, 'He joked that Judge Jiang in particular strongly supports the establishment of such a court, as he would serve as its presiding judge'),
      ],
    },

    // spc2455-ipr-chambers (¶7)
    {
      id: 'spc2455-improving-chambers',
      issueId: 'spc2455-ipr-chambers',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase:
        'Short of establishing a unified IP court, the SPC works hard to improve its IPR chambers through increased staffing, stability, and expertise.',
      citations: [
        c(7, 'Short of establishing a unified IP court, Zhang explained that the SPC works hard to improve its IPR chambers through increased staffing, stability, and expertise'),
      ],
    },
    {
      id: 'spc2455-qualified-judges',
      issueId: 'spc2455-ipr-chambers',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'China\'s IPR judges are some of its most qualified and educated.',
      citations: [c(7, 'He added that China\'s IPR judges are some of its most qualified and educated')],
    },
    {
      id: 'spc2455-welcomes-rader-visit',
      issueId: 'spc2455-ipr-chambers',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'welcomed',
      paraphrase: 'Judge Rader\'s offer to bring his entire IPR court to China in the future for a dialogue and information exchange.',
      citations: [
        c(7, 'Zhang welcomed Judge Rader\'s offer to bring his entire IPR court to China in the future for a dialogue and information exchange'),
      ],
    },

    // spc2455-technical-assistance (¶8)
    {
      id: 'spc2455-understanding-and-speakers',
      issueId: 'spc2455-technical-assistance',
      organizationId: 'uspto',
      personId: 'jon-dudas',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      paraphrase:
        'Petitioners and applicants in the United States would benefit from a better understanding of China\'s judicial system, and a program to invite speakers from China to the United States also would be useful.',
      citations: [
        c(8, 'U/S Dudas suggested that petitioners and applicants in the United States would benefit from a better understanding of China\'s judicial system, and that a program to invite speakers from China to the United States also would be useful'),
      ],
    },
    {
      id: 'spc2455-zhang-agrees-speakers',
      issueId: 'spc2455-technical-assistance',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      // ¶8 says only "Zhang agreed", after Dudas' suggestion: the words are Dudas' (as the bracketed insertion,
      // the dashboard's, says); Zhang agreed with them.
      reportingVerb: 'agreed',
      paraphrase:
        '[With U/S Dudas\' suggestion that] petitioners and applicants in the United States would benefit from a better understanding of China\'s judicial system, and that a program to invite speakers from China to the United States also would be useful.',
      citations: [
        c(8, 'petitioners and applicants in the United States would benefit from a better understanding of China\'s judicial system, and that a program to invite speakers from China to the United States also would be useful'),
        c(8, 'Zhang agreed, and also responded favorably'),
      ],
    },
    {
      id: 'spc2455-global-ipr-academy',
      issueId: 'spc2455-technical-assistance',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'responded favorably to',
      paraphrase: 'U/S Dudas\' offer to bring Chinese officials to Washington to attend the Patent and Trademark Office\'s Global IPR Academy.',
      citations: [
        c(8, 'also responded favorably to U/S Dudas\' offer to bring Chinese officials to Washington to attend the Patent and Trademark Office\'s Global IPR Academy'),
      ],
    },

    // spc2455-national-ipr-strategy (¶9)
    {
      id: 'spc2455-common-ground',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'emphasized',
      paraphrase:
        'In closing: the protection of IPR is in line with China\'s national interests and a common ground between the United States and China.',
      citations: [
        c(9, 'In closing, Zhang emphasized that the protection of IPR is in line with China\'s national interests and a common ground between the United States and China'),
      ],
    },
    {
      id: 'spc2455-judicial-document',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'The SPC issued a "judicial document" in January 2007 that will comprehensively improve IPR protection and lead to more crackdowns against infringers.',
      citations: [
        c(9, 'He said that the SPC issued a "judicial document" in January 2007 that will comprehensively improve IPR protection and lead to more crackdowns against infringers'),
      ],
    },
    {
      id: 'spc2455-details-forthcoming',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'The details of the plan will soon be forthcoming.',
      citations: [c(9, 'Zhang said the details of the plan will soon be forthcoming')],
      hedgeNotes: [
        { hedge: 'may', why: '"Zhang may have been referring" is the cable\'s Note inside the same sentence, kept in spc2455-strategy-note.' },
      ],
    },
    {
      id: 'spc2455-three-principles',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'offered',
      paraphrase:
        'The plan will include three principles: equity and fairness; uniformity of standards of judicial administration; and equal protection to domestic and foreign rights holders.',
      citations: [
        c(9, 'but offered that it will include three principles: equity and fairness; uniformity of standards of judicial administration; and equal protection to domestic and foreign rights holders'),
      ],
    },
    {
      // The ¶9 Note: the cable's own voice, with its "may".
      id: 'spc2455-strategy-note',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Zhang may have been referring to China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007.',
      citations: [
        c(9, 'Zhang may have been referring to China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007'),
      ],
      hedgeNotes: [planAsNoun],
    },
    {
      id: 'spc2455-civil-law-first',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'suggested',
      paraphrase:
        'Under the new plan, civil and administrative law (not criminal law) will bear first responsibility to deal with IPR.',
      citations: [
        c(9, 'He further suggested that, under the new plan, civil and administrative law (not criminal law) will bear first responsibility to deal with IPR'),
      ],
    },
    {
      id: 'spc2455-integrated-approach',
      issueId: 'spc2455-national-ipr-strategy',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'went further to say',
      paraphrase:
        'Judicial protection is not the most important element in fighting IPR crimes, but a more integrated approach, including the general strengthening of the rule of law and the harmonious and socially equitable development of China\'s economy, will serve to reduce the incidence of all crimes.',
      citations: [
        c(9, 'Zhang went further to say that judicial protection is not the most important element in fighting IPR crimes, but that a more integrated approach, including the general strengthening of the rule of law and the harmonious and socially equitable development of China\'s economy, will serve to reduce the incidence of all crimes'),
      ],
    },

    // spc2455-comment-future-cooperation (¶12, SBU)
    {
      id: 'spc2455-cooperation-uncertain',
      issueId: 'spc2455-comment-future-cooperation',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'Following USTR\'s April 9 announcement to bring two WTO cases against China, the extent of future bilateral cooperation on IPR and related issues remains uncertain.',
      citations: [
        c(12, 'Following USTR\'s April 9 announcement to bring two WTO cases against China, the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
      ],
    },
    {
      // The cable's own voice, as the rest of the ¶12 Comment: the Embassy reports that unnamed officials
      // expressed dissatisfaction (when or where, it does not say), and its qualifiers ("As anticipated",
      // "some", "who in the past have supported cooperation ...") qualify the speaker, which a lead-in
      // "Chinese officials (unnamed) expressed:" cannot carry. So the sentence stands word for word; only
      // what "the announcement" is (¶12 s1) is the dashboard's, in square brackets. The officials stay in
      // the issue's and venue's organizationIds.
      id: 'spc2455-officials-dissatisfied',
      issueId: 'spc2455-comment-future-cooperation',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'As anticipated, some Chinese officials who in the past have supported cooperation with the United States on IPR protection and enforcement have expressed dissatisfaction at the announcement [USTR\'s April 9 announcement to bring two WTO cases against China].',
      citations: [
        c(12, 'USTR\'s April 9 announcement to bring two WTO cases against China'),
        c(12, 'As anticipated, some Chinese officials who in the past have supported cooperation with the United States on IPR protection and enforcement have expressed dissatisfaction at the announcement'),
      ],
    },
    {
      id: 'spc2455-internal-pressure',
      issueId: 'spc2455-comment-future-cooperation',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'It is likely that officials who may be willing to continue to work together may face internal pressure to limit such efforts.',
      citations: [
        c(12, 'Further, it is likely that officials who may be willing to continue to work together may face internal pressure to limit such efforts'),
      ],
    },
  ],

  // ── Figures: every number the cable states that matters for enforcement ──────
  // Left out: "Article 217 of the Criminal Law" (¶3, an article number, kept in spc2455-ji-ii-definitions);
  // the years 1998, 2004, 2005, 2007 (dates: see events); "several other countries" (¶6, no number).
  figures: [
    {
      id: 'spc2455-ipr-prosecutions-increase',
      label: 'Increase in the number of IPR crimes prosecuted from 2004 to 2005, which Zhang explained evidenced the effectiveness of the measures and of increased law enforcement efforts',
      value: { kind: 'exact', value: 30 },
      unit: 'percent',
      qualifiers: [],
      display: '30%',
      asOf: year('2005'),
      assertedBy: ['spc'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties', 'evidence-and-prosecution'],
      citations: [c(3, 'was evidenced by a 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005')],
    },
    {
      id: 'spc2455-ji-ii-threshold-cut',
      label: 'Reduction by the JI (II) of the criminal thresholds of copyright materials',
      value: { kind: 'exact', value: 50 },
      unit: 'percent',
      qualifiers: [],
      display: '50% lower',
      asOf: day('2007-04-05', YEAR_FROM_CABLE),
      assertedBy: ['us-embassy-beijing'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties'],
      citations: [
        c(3, 'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation'),
        c(3, 'lowered criminal thresholds of copyright materials by 50 percent'),
      ],
    },
    {
      id: 'spc2455-copyright-threshold-before',
      label: 'Criminal threshold for copyright materials before the JI (II) lowered it (illegal copies of copyrighted works)',
      value: { kind: 'exact', value: 1000 },
      unit: 'illegal copies',
      qualifiers: [],
      display: '1,000 illegal copies',
      asOf: null,
      assertedBy: ['us-embassy-beijing'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties'],
      citations: [c(3, 'lowered criminal thresholds of copyright materials by 50 percent, from 1,000 to 500 illegal copies of copyrighted works')],
    },
    {
      id: 'spc2455-copyright-threshold-after',
      label: 'Criminal threshold for copyright materials under the JI (II) released on April 5 (illegal copies of copyrighted works)',
      value: { kind: 'exact', value: 500 },
      unit: 'illegal copies',
      qualifiers: [],
      display: '500 illegal copies',
      asOf: day('2007-04-05', YEAR_FROM_CABLE),
      assertedBy: ['us-embassy-beijing'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties'],
      citations: [
        c(3, 'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation'),
        c(3, 'lowered criminal thresholds of copyright materials by 50 percent, from 1,000 to 500 illegal copies of copyrighted works'),
      ],
    },
    {
      id: 'spc2455-plan-principles',
      label: 'Principles Zhang offered that the new plan will include (equity and fairness; uniformity of standards of judicial administration; equal protection to domestic and foreign rights holders)',
      value: { kind: 'exact', value: 3 },
      unit: 'principles',
      qualifiers: [],
      display: '3',
      asOf: null,
      assertedBy: ['spc'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'spc2455-spc-meeting',
      topicIds: ['national-ip-strategy'],
      citations: [
        c(9, 'but offered that it will include three principles: equity and fairness; uniformity of standards of judicial administration; and equal protection to domestic and foreign rights holders'),
      ],
    },
    {
      id: 'spc2455-wto-cases',
      label: 'WTO cases against China that USTR announced on April 9 it would bring',
      value: { kind: 'exact', value: 2 },
      unit: 'cases',
      qualifiers: [],
      display: '2',
      asOf: day('2007-04-09', YEAR_FROM_CABLE),
      assertedBy: ['us-embassy-beijing'],
      // ¶12 "Following USTR's April 9 announcement to bring two WTO cases": the count is USTR's, as for its twin in 07BEIJING2463.
      source: 'USTR\'s April 9 announcement',
      chart: null,
      disputes: [],
      venueId: 'spc2455-embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [c(12, 'Following USTR\'s April 9 announcement to bring two WTO cases against China')],
    },
  ],

  // ── Events: as precise as the cable is ───────────────────────────────────
  events: [
    {
      id: 'spc2455-meeting',
      kind: 'happening',
      start: day('2007-03-28', YEAR_FROM_CABLE),
      end: null,
      label: 'Commerce Under Secretary and USPTO Director Jon Dudas meets SPC Deputy President Zhang Jun to discuss IPR protection and innovation in China',
      attribution: null,
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties', 'ipr-courts'],
      citations: [
        c(1, 'Jon Dudas met with Supreme People\'s Court (SPC) Deputy President Zhang Jun on March 28 to discuss intellectual property rights (IPR) protection and innovation in China'),
      ],
    },
    {
      id: 'spc2455-1998-ji',
      kind: 'happening',
      start: year('1998'),
      end: null,
      label: 'A judicial interpretation (the 1998 JI) preceded the 2004 JI, which, compared with it, intensified crackdowns on IPR crimes',
      attribution: { organizationId: 'spc', personId: 'zhang-jun', reportingVerb: 'responded' },
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties'],
      citations: [c(3, 'Zhang responded that, compared with the 1998 JI that preceded it, the 2004 JI intensified crackdowns on IPR crimes')],
    },
    {
      id: 'spc2455-2004-ji',
      kind: 'happening',
      start: year('2004'),
      end: null,
      label: 'The SPC issues a judicial interpretation (the 2004 JI)',
      attribution: null,
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties'],
      citations: [
        c(3, 'a judicial interpretation issued by the SPC in 2004'),
        c(3, 'a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement'),
      ],
    },
    {
      id: 'spc2455-prosecutions-2004-2005',
      kind: 'happening',
      start: year('2004'),
      end: year('2005'),
      // "cited as": the label alone (the CSV's title cell, the timeline table's Event column) must not state
      // Zhang's reading as fact; the attribution names him (audit of 2026-12-04).
      label: 'A 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005, cited as evidence of the effectiveness of the 2004 JI\'s measures and of increased law enforcement efforts',
      attribution: { organizationId: 'spc', personId: 'zhang-jun', reportingVerb: 'explained' },
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties', 'evidence-and-prosecution'],
      citations: [
        c(3, 'He explained that the effectiveness of the measures - and of increased law enforcement efforts - was evidenced by a 30 percent increase in the number of IPR crimes prosecuted from 2004 to 2005'),
      ],
    },
    {
      id: 'spc2455-judicial-document',
      kind: 'happening',
      start: month('2007-01'),
      end: null,
      label: 'The SPC issues a "judicial document" that will comprehensively improve IPR protection and lead to more crackdowns against infringers',
      attribution: { organizationId: 'spc', personId: 'zhang-jun', reportingVerb: 'said' },
      venueId: 'spc2455-spc-meeting',
      topicIds: ['national-ip-strategy'],
      citations: [
        c(9, 'He said that the SPC issued a "judicial document" in January 2007 that will comprehensively improve IPR protection and lead to more crackdowns against infringers'),
      ],
    },
    {
      id: 'spc2455-sipo-announcement',
      kind: 'happening',
      start: day('2007-03-27', YEAR_FROM_CABLE),
      end: null,
      label: 'The State Intellectual Property Office announces that China\'s national strategy on IPR protection will be released in the first half of 2007',
      attribution: null,
      venueId: 'spc2455-spc-meeting',
      topicIds: ['national-ip-strategy'],
      citations: [
        c(9, 'China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007'),
      ],
      hedgeNotes: [
        { hedge: 'may', why: '"Zhang may have been referring" qualifies what Zhang meant, not the announcement the Note reports.' },
        planAsNoun,
      ],
    },
    {
      id: 'spc2455-strategy-release',
      kind: 'plan',
      start: month('2007-01', FIRST_HALF_2007),
      end: month('2007-06', FIRST_HALF_2007),
      // Shown with its attribution: "The State Intellectual Property Office announced: China's national strategy … first half of 2007".
      label: 'China\'s national strategy on IPR protection, to be released in the first half of 2007',
      attribution: { organizationId: 'sipo', personId: null, reportingVerb: 'announced' },
      venueId: 'spc2455-spc-meeting',
      topicIds: ['national-ip-strategy'],
      citations: [
        c(9, 'China\'s national strategy on IPR protection, which the State Intellectual Property Office on March 27 announced will be released in the first half of 2007'),
      ],
      hedgeNotes: [
        { hedge: 'may', why: '"Zhang may have been referring" qualifies what Zhang meant, not what SIPO announced.' },
        planAsNoun,
      ],
    },
    {
      id: 'spc2455-ji-ii-released',
      kind: 'happening',
      start: day('2007-04-05', YEAR_FROM_CABLE),
      end: null,
      label: 'The SPC and SPP release a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement (the JI (II))',
      attribution: null,
      venueId: 'spc2455-spc-meeting',
      topicIds: ['criminal-thresholds-and-penalties'],
      citations: [
        c(3, 'On April 5, the SPC and SPP released a supplement to the 2004 judicial interpretation related to criminal intellectual property infringement'),
      ],
    },
    {
      id: 'spc2455-wto-announcement',
      kind: 'happening',
      start: day('2007-04-09', YEAR_FROM_CABLE),
      end: null,
      label: 'USTR announces it will bring two WTO cases against China',
      attribution: null,
      venueId: 'spc2455-embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [c(12, 'Following USTR\'s April 9 announcement to bring two WTO cases against China')],
    },
  ],
} satisfies CableAnnotations
