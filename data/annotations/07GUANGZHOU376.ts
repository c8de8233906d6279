/**
 * Curated annotations of cable 07GUANGZHOU376 (Consulate Guangzhou, 23 March 2007: USTR's second
 * provincial IPR review in South China, March 12-15). Every item rests on numbered paragraphs and
 * quotes them word for word from the complete (WikiLeaks) rendering, typos included ("comapanies",
 * "transferrred", "right holdrs", "worksops").
 *
 * Conventions are the seed's (07BEIJING2566.ts): a summary names its speaker and the cable's own verb
 * or is the cable's voice; every hedge of a cited sentence is kept or a hedgeNote says why not; a
 * purpose stays a purpose; a date is no more precise than the cable. A sentence that continues a named
 * speaker's account keeps that speaker, with the cable's verb for them in that paragraph, though it has
 * no "said" of its own (¶5 "Through its actions, Copyright closed..." between Guo's "said" and "she
 * referred to"; ¶6 "TSB has seen..." in Liang's run; ¶8 "Copyright verifies..." between the Copyright
 * official's "said" and "He stated"; ¶11 "Putian's IPR enforcement officials have three areas of
 * focus" in Chen Kaiping's run; ¶13 the Nike reps' account up to "Nevertheless, they said"). Only the
 * Consulate's own comments, notes, observations and scene-setting are its voice (reportingVerb null,
 * held by the Consulate); where a sentence cannot be tied to a named speaker with confidence it stays
 * the Consulate's (¶9's opening, ¶12's Rino sentences, ¶13's parenthesis on the alleged payment).
 *
 * Markings: ¶1–15 are SBU, ¶16 (the clearance line) U. Every item here is SBU.
 *
 * Parser defects being fixed elsewhere: the section headings ("Guangdong: Medicines, Internet, and
 * Landlord Liability", "Fujian: Footwear and Copyright", "Xiamen: Customs Enforcement", "Putian: Shoes
 * and More Shoes, but Little Action", "Comment: Local Enforcement is a Mixed Bag") are currently glued
 * to the end of ¶3, ¶6, ¶8, ¶10 and ¶13. No quote here contains them.
 *
 * Dates: ¶1 gives the trip as "March 12-15" and the cable is dated 23 March 2007; it never says which
 * day each meeting took place, so the meetings are dated to the month, with inferredFrom.
 */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { c, day, month, year } from './helpers.ts'

// Reasons for dates the cited text does not fully state, written once.
const YEAR_FROM_CABLE = 'year from the cable\'s date, 23 March 2007'
const DURING_TRIP =
  '¶1: the delegation traveled to the four cities "March 12-15"; the cable does not give the day of each meeting; year from the cable\'s date, 23 March 2007'

// The four meetings (¶3: "Xiamen, Putian, and Fuzhou in Fujian Province and Guangzhou in Guangdong Province").
const GUANGZHOU = { city: 'Guangzhou', province: 'Guangdong' }
// The Fujian provincial meeting's city is not named in ¶7–8. ¶3 lists four meetings in four cities;
// Xiamen (¶9–10) and Putian (¶11–13) have their own sections and Guangzhou is the Guangdong meeting,
// so the Fujian Province meeting is the Fuzhou one (¶3 also puts a PSB official at "the Putian and
// Fuzhou meetings", and PSB's Zhu Guichang speaks in ¶8). An inference: see the audit's Unsure list.
const FUZHOU = { city: 'Fuzhou', province: 'Fujian' }
const XIAMEN = { city: 'Xiamen', province: 'Fujian' }
const PUTIAN = { city: 'Putian', province: 'Fujian' }

/** The US delegation of ¶3, at every meeting: "On the U.S. side was ... Econoff and Econ Assistant accompanied." */
const US_DELEGATION = ['stanford-mccoy', 'todd-thurwachter', 'conrad-wong', 'gz-econoff', 'gz-econ-assistant']

/** ¶4's and ¶7's first sentences open with "some" / "recent" lists; where an item quotes only part of one. */
const someOfTheDevelopments = {
  hedge: 'some',
  why: 'In ¶4\'s first sentence "some" qualifies which positive developments McCoy highlighted; the item does not restate that list.',
}

export const annotations = {
  cableId: '07GUANGZHOU376',
  // The cable's author ("FM AMCONSUL GUANGZHOU"): the speaker of everything the cable says in its own voice.
  authorOrganizationId: 'us-consulate-guangzhou',
  // ¶16 is the clearance line ("USTR has cleared this cable."): nothing to annotate.
  coverage: { from: 1, to: 15 },

  // ── Organizations ──────────────────────────────────────────────────────────
  // Shared ids (ustr, us-embassy-beijing, psb, rights-holders, microsoft from the seed; uspto from
  // 07BEIJING2455) are copied word for word. Provincial and municipal agencies are named after the
  // meeting they spoke at ("Copyright's Guo Xiuwen" at the Guangdong meeting is the Guangdong Copyright
  // Bureau); the cable names them by their short forms only. parentId only where the cable states it.
  organizations: [
    {
      // The cable's author: positions with reportingVerb null (the cable's own voice) are its.
      id: 'us-consulate-guangzhou',
      name: 'US Consulate General Guangzhou',
      shortName: 'Consulate Guangzhou',
      side: 'US',
      level: 'consulate',
      parentId: null,
      citations: [
        c(3, 'future IPR Attache in Consulate Guangzhou'),
        c(11, 'provide information on some of these cases to Consulate Guangzhou'),
      ],
    },
    {
      id: 'ustr',
      name: 'Office of the United States Trade Representative',
      shortName: 'USTR',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(3, 'Stanford McCoy, USTR\'s Chief Negotiator on IPR')],
    },
    {
      // Thurwachter's post (¶3).
      id: 'us-embassy-beijing',
      name: 'US Embassy Beijing',
      shortName: 'Embassy',
      side: 'US',
      level: 'embassy',
      parentId: null,
      citations: [c(3, 'Todd Thurwachter, an IPR Attache in Embassy Beijing')],
    },
    {
      // 07BEIJING2455's definition, word for word.
      id: 'uspto',
      name: 'United States Patent and Trademark Office',
      shortName: 'USPTO',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(3, 'Conrad Wong, USPTO Attorney Advisor')],
    },
    {
      // The seed's PSB ("The cable does not say whose PSB"): used here for "the PSB" that receives
      // transferred cases without a place (¶5, ¶6, ¶8, ¶10). Named PSBs have their own ids below.
      id: 'psb',
      name: 'Public Security Bureau',
      shortName: 'PSB',
      side: 'China',
      level: null,
      parentId: null,
      citations: [
        c(3, 'a Public Security Bureau (PSB) official attended the Putian and Fuzhou meetings'),
        c(6, 'TSB has seen a double-digit increase in case transfers to the PSB'),
      ],
    },

    // Guangdong (¶3–6)
    {
      // "Guangdong Province officials" as the addressees of McCoy's points and encouragement (¶4, ¶5).
      id: 'guangdong-officials',
      name: 'Guangdong Province officials',
      shortName: null,
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(4, 'McCoy opened the meeting with Guangdong Province officials'),
        c(5, 'McCoy encouraged Guangdong officials'),
      ],
    },
    {
      id: 'guangdong-ipo',
      name: 'Guangdong Intellectual Property Office',
      shortName: 'IPO',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(3, 'the head of the provincial Intellectual Property Office chaired the first part of the meeting'),
        c(6, 'IPO\'s Zhu Wanchang said Guangdong has eight municipal-level courts'),
      ],
    },
    {
      id: 'guangdong-psb',
      name: 'Guangdong Public Security Bureau',
      shortName: 'PSB',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [c(5, 'Guangdong PSB\'S Li Shanxiong')],
    },
    {
      id: 'guangdong-aic',
      name: 'Guangdong Administration of Industry and Commerce',
      shortName: 'AIC',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(4, 'AIC\'s apparent interest in using landlord liability laws to clean up local markets'),
        c(5, 'Guangdong AIC\'s Wu Lichao'),
      ],
    },
    {
      id: 'guangdong-copyright-bureau',
      name: 'Guangdong Copyright Bureau',
      shortName: 'Copyright',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(4, 'enforcement actions by Copyright to shut down websites that provide pirated textbooks'),
        c(5, 'Copyright\'s Guo Xiuwen said her office'),
      ],
    },
    {
      id: 'guangdong-culture-bureau',
      name: 'Guangdong Culture Bureau',
      shortName: 'Culture',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(5, 'Culture\'s Chen Ang said Guangdong has China\'s largest volume of A/V products'),
        c(5, 'Culture stated that it was considering intensifying work on criminal transfers'),
      ],
    },
    {
      // ¶3: "a PSB and Technical Supervision Bureau (TSB) official attended the Guangdong meeting".
      id: 'guangdong-tsb',
      name: 'Guangdong Technical Supervision Bureau',
      shortName: 'TSB',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(3, 'a PSB and Technical Supervision Bureau (TSB) official attended the Guangdong meeting'),
        c(6, 'TSB\'s Liang Lixin said the TSB Guangzhou special investigation office'),
      ],
    },
    {
      // "MORO's Zhou Lijun" speaks at the Guangdong Province meeting about Guangdong's complaint
      // centers: read as Guangdong's office, not the seed's national MORO (parent MOFCOM), which the
      // cable does not mention. See the audit's Unsure list.
      id: 'guangdong-moro',
      name: 'Guangdong Market Order Rectification Office',
      shortName: 'MORO',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(6, 'MORO\'s Zhou Lijun said Guangdong has established IPR complaint centers'),
        c(6, 'Rights holders can also lodge IPR complaints on MORO\'s website'),
      ],
    },

    // Fujian (¶7–8)
    {
      id: 'fujian-officials',
      name: 'Fujian Province officials',
      shortName: null,
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(7, 'McCoy opened the meeting with Fujian Province officials'),
        c(8, 'Fujian officials also stated that they send IPR officials to major Guangdong trade fairs'),
      ],
    },
    {
      id: 'fujian-ipo',
      name: 'Fujian Intellectual Property Office',
      shortName: 'IPO',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [c(8, 'IPO\'s Lin Jinyuan welcomed more data from the U.S. government')],
    },
    {
      id: 'fujian-copyright-bureau',
      name: 'Fujian Copyright Bureau',
      shortName: 'Copyright',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(8, 'A Copyright official said all municipal and county government offices now use legitimate software'),
        c(8, 'Copyright has not received complaints from right holders'),
      ],
    },
    {
      id: 'fujian-psb',
      name: 'Fujian Public Security Bureau',
      shortName: 'PSB',
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(8, 'PSB\'s Zhu Guichang said the Economic Crimes Investigative Division'),
        c(8, 'McCoy praised the provincial PSB for pushing local PSB offices to conduct raids'),
      ],
    },
    {
      // Written "Fujian high court" (¶8, ¶12) and "Fujian High Court" (¶12).
      id: 'fujian-high-court',
      name: 'Fujian High Court',
      shortName: null,
      side: 'China',
      level: 'provincial',
      parentId: null,
      citations: [
        c(8, 'the Fujian high court and six cities have IPR tribunals'),
        c(12, 'a civil case brought by Nike in the Fujian High Court'),
      ],
    },

    // Xiamen (¶7, ¶9–10)
    {
      // A customs district (¶9: jurisdiction over "approximately half of Fujian province"); the cable
      // does not state its parent or level.
      id: 'xiamen-customs',
      name: 'Xiamen Customs',
      shortName: null,
      side: 'China',
      level: null,
      parentId: null,
      citations: [
        c(9, 'Xiamen Customs has jurisdiction over approximately half of Fujian province'),
        c(9, 'has a special division that handles IPR enforcement'),
      ],
    },
    {
      id: 'xiamen-copyright-bureau',
      name: 'Xiamen Copyright Bureau',
      shortName: 'Xiamen Copyright',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(10, 'Xiamen Copyright\'s Wang Weihua said his office has a working group')],
    },
    {
      // "Culture's Lei Longtong" speaks in the Xiamen section (¶10).
      id: 'xiamen-culture-bureau',
      name: 'Xiamen Culture Bureau',
      shortName: 'Culture',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(10, 'Culture\'s Lei Longtong said his office transfers cases')],
    },
    {
      // ¶7 "Xiamen PSB"; ¶10 "the local PSB", in the Xiamen section.
      id: 'xiamen-psb',
      name: 'Xiamen Public Security Bureau',
      shortName: 'PSB',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [
        c(7, 'Xiamen PSB has shown a lack of initiative in investigating retail copyright criminal cases'),
        c(10, 'the local PSB had declined to pursue industry complaints'),
      ],
    },

    // Putian (¶11–13)
    {
      id: 'putian-officials',
      name: 'Putian officials',
      shortName: null,
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [
        c(11, 'McCoy opened the meeting with Putian officials'),
        c(11, 'The officials promised to raise the issue with the Putian AIC'),
      ],
    },
    {
      id: 'putian-ipo',
      name: 'Putian Intellectual Property Office',
      shortName: 'IPO',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(11, 'Putian IPO\'s Chen Kaiping')],
    },
    {
      // ¶11 "PSB's Wu Jiangshan" in the Putian meeting; ¶13 "a Putian PSB official".
      id: 'putian-psb',
      name: 'Putian Public Security Bureau',
      shortName: 'PSB',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [
        c(11, 'PSB\'s Wu Jiangshan said the Mountain Eagle campaign remains a focus'),
        c(13, 'a Putian PSB official allegedly asked the Nike reps'),
      ],
    },
    {
      id: 'putian-aic',
      name: 'Putian Administration of Industry and Commerce',
      shortName: 'Putian AIC',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(11, 'the Putian AIC, which was not present')],
    },

    // Rights holders, companies, associations: side other.
    {
      // The seed's definition, word for word.
      id: 'rights-holders',
      name: 'Rights holders',
      shortName: null,
      side: 'other',
      level: null,
      parentId: null,
      citations: [
        c(6, 'an important avenue for rights holders'),
        c(6, 'Rights holders can also lodge IPR complaints on MORO\'s website'),
      ],
    },
    {
      id: 'nike',
      name: 'Nike',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [
        c(9, 'foreign rights-holders such as Nike, Microsoft, QBPC, and the International Olympic Committee'),
        c(12, 'Nike representatives led the delegation on a tour of Putian'),
      ],
    },
    {
      // The seed's definition, word for word (the cable writes "Microsoft").
      id: 'microsoft',
      name: 'Microsoft Corporation',
      shortName: 'Microsoft',
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(9, 'foreign rights-holders such as Nike, Microsoft, QBPC')],
    },
    {
      id: 'pfizer',
      name: 'Pfizer',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(5, 'U.S. comapanies such as Pfizer and Proctor & Gamble')],
    },
    {
      // The cable spells it "Proctor & Gamble" (quoted as written); the name is the company's.
      id: 'procter-and-gamble',
      name: 'Procter & Gamble',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(5, 'U.S. comapanies such as Pfizer and Proctor & Gamble')],
    },
    {
      id: 'anheuser-busch',
      name: 'Anheuser-Busch',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(11, 'McCoy also raised a case involving Anheuser-Busch')],
    },
    {
      // The alleged infringer of ¶11: "allegedly" stays with every statement about it.
      id: 'jinshi',
      name: 'Jinshi',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(11, 'an unlicensed bottler (Jinshi)')],
    },
    {
      id: 'rino',
      name: 'Rino',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(12, 'A large factory with apparently modern facilities, Rino')],
    },
    {
      id: 'us-art-printing-companies',
      name: 'U.S. art printing companies',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(7, 'U.S. art printing companies have identified Fuzhou\'s Minhou County')],
    },
    {
      // Not the seed's 'amcham' ("American Chamber of Commerce", Beijing): the cable names the South
      // China chamber only as "AmCham-South China".
      id: 'amcham-south-china',
      name: 'AmCham-South China',
      shortName: null,
      side: 'other',
      level: 'association',
      parentId: null,
      citations: [
        c(6, 'head of AmCham-South China\'s IPR Committee'),
        c(12, 'AmCham-South China\'s Buxbaum commented to the delegation'),
      ],
    },
    {
      id: 'amcham-south-china-ipr-committee',
      name: 'AmCham-South China IPR Committee',
      shortName: null,
      side: 'other',
      level: 'committee',
      parentId: 'amcham-south-china',
      citations: [c(6, 'head of AmCham-South China\'s IPR Committee')],
    },
  ],

  // ── People: names and titles as the cable gives them ─────────────────────
  // Shared people keep the registry's titles word for word (see the comments). Chinese officials
  // appear as "<Agency>'s <Name>" with no title: title null, organization the agency.
  people: [
    {
      // The seed's title, word for word; this cable calls him "USTR's Chief Negotiator on IPR" (¶3).
      id: 'stanford-mccoy',
      name: 'Stanford McCoy',
      title: 'USTR Chief Negotiator for Intellectual Property (IP) Enforcement',
      organizationId: 'ustr',
      side: 'US',
      citations: [c(3, 'Stanford McCoy, USTR\'s Chief Negotiator on IPR')],
    },
    {
      // 07BEIJING2455's definition, word for word (that cable misspells him "Thurwacther"); here
      // "Todd Thurwachter, an IPR Attache in Embassy Beijing".
      id: 'todd-thurwachter',
      name: 'Todd Thurwachter',
      title: 'Embassy IPR Attache',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(3, 'Todd Thurwachter, an IPR Attache in Embassy Beijing')],
    },
    {
      // 07BEIJING2455's definition, word for word; this cable writes "USPTO Attorney Advisor and future
      // IPR Attache in Consulate Guangzhou" (¶3): the future post is not his title yet.
      id: 'conrad-wong',
      name: 'Conrad Wong',
      title: 'USPTO Attorney-Advisor',
      organizationId: 'uspto',
      side: 'US',
      citations: [c(3, 'Conrad Wong, USPTO Attorney Advisor and future IPR Attache in Consulate Guangzhou')],
    },
    {
      // Not the seed's 'econoff' (Embassy Beijing). The cable does not say whose economic officer
      // accompanied the delegation, so no organization.
      id: 'gz-econoff',
      name: 'Econoff (unnamed)',
      title: 'Econoff',
      organizationId: null,
      side: 'US',
      citations: [c(3, 'Econoff and Econ Assistant accompanied')],
    },
    {
      id: 'gz-econ-assistant',
      name: 'Econ Assistant (unnamed)',
      title: 'Econ Assistant',
      organizationId: null,
      side: 'US',
      citations: [c(3, 'Econoff and Econ Assistant accompanied')],
    },
    {
      id: 'li-shanxiong',
      name: 'Li Shanxiong',
      title: null,
      organizationId: 'guangdong-psb',
      side: 'China',
      citations: [c(5, 'Guangdong PSB\'S Li Shanxiong')],
    },
    {
      id: 'wu-lichao',
      name: 'Wu Lichao',
      title: null,
      organizationId: 'guangdong-aic',
      side: 'China',
      citations: [c(5, 'Guangdong AIC\'s Wu Lichao')],
    },
    {
      id: 'guo-xiuwen',
      name: 'Guo Xiuwen',
      title: null,
      organizationId: 'guangdong-copyright-bureau',
      side: 'China',
      citations: [c(5, 'Copyright\'s Guo Xiuwen said her office')],
    },
    {
      id: 'chen-ang',
      name: 'Chen Ang',
      title: null,
      organizationId: 'guangdong-culture-bureau',
      side: 'China',
      citations: [c(5, 'Culture\'s Chen Ang')],
    },
    {
      id: 'zhu-wanchang',
      name: 'Zhu Wanchang',
      title: null,
      organizationId: 'guangdong-ipo',
      side: 'China',
      citations: [c(6, 'IPO\'s Zhu Wanchang')],
    },
    {
      id: 'liang-lixin',
      name: 'Liang Lixin',
      title: null,
      organizationId: 'guangdong-tsb',
      side: 'China',
      citations: [c(6, 'TSB\'s Liang Lixin')],
    },
    {
      id: 'zhou-lijun',
      name: 'Zhou Lijun',
      title: null,
      organizationId: 'guangdong-moro',
      side: 'China',
      citations: [c(6, 'MORO\'s Zhou Lijun')],
    },
    {
      // ¶6 "David Buxbaum, head of AmCham-South China's IPR Committee"; ¶12 "AmCham-South China's Buxbaum".
      id: 'david-buxbaum',
      name: 'David Buxbaum',
      title: 'head of AmCham-South China\'s IPR Committee',
      organizationId: 'amcham-south-china-ipr-committee',
      side: 'other',
      citations: [
        c(6, 'David Buxbaum, head of AmCham-South China\'s IPR Committee'),
        c(12, 'AmCham-South China\'s Buxbaum'),
      ],
    },
    {
      id: 'lin-jinyuan',
      name: 'Lin Jinyuan',
      title: null,
      organizationId: 'fujian-ipo',
      side: 'China',
      citations: [c(8, 'IPO\'s Lin Jinyuan')],
    },
    {
      id: 'zhu-guichang',
      name: 'Zhu Guichang',
      title: null,
      organizationId: 'fujian-psb',
      side: 'China',
      citations: [c(8, 'PSB\'s Zhu Guichang')],
    },
    {
      // ¶9 "Xiamen Customs' Zhang Wei", then "He said", "Wei added that his office", "Zhang said his
      // office": one person (the "Wei added" sentence speaks of "his office", Customs').
      id: 'zhang-wei',
      name: 'Zhang Wei',
      title: null,
      organizationId: 'xiamen-customs',
      side: 'China',
      citations: [
        c(9, 'According to Xiamen Customs\' Zhang Wei'),
        c(9, 'Wei added that his office has worked closely with foreign rights-holders'),
      ],
    },
    {
      // ¶9 "(Nike's Wei confirmed this ...)": a Nike representative, not Xiamen Customs' Zhang Wei.
      id: 'nike-wei',
      name: 'Wei',
      title: null,
      organizationId: 'nike',
      side: 'other',
      citations: [c(9, 'Nike\'s Wei confirmed this')],
    },
    {
      id: 'wang-weihua',
      name: 'Wang Weihua',
      title: null,
      organizationId: 'xiamen-copyright-bureau',
      side: 'China',
      citations: [c(10, 'Xiamen Copyright\'s Wang Weihua')],
    },
    {
      id: 'lei-longtong',
      name: 'Lei Longtong',
      title: null,
      organizationId: 'xiamen-culture-bureau',
      side: 'China',
      citations: [c(10, 'Culture\'s Lei Longtong')],
    },
    {
      id: 'chen-kaiping',
      name: 'Chen Kaiping',
      title: null,
      organizationId: 'putian-ipo',
      side: 'China',
      citations: [c(11, 'Putian IPO\'s Chen Kaiping')],
    },
    {
      id: 'wu-jiangshan',
      name: 'Wu Jiangshan',
      title: null,
      organizationId: 'putian-psb',
      side: 'China',
      citations: [c(11, 'PSB\'s Wu Jiangshan')],
    },
  ],

  // ── Topics ─────────────────────────────────────────────────────────────────
  // Reused word for word: from 07BEIJING2566 online-copyright, university-piracy, software-legalization,
  // ipr-courts, counterfeit-markets, transparency-and-statistics, complaint-centers,
  // case-transfer-incentives, evidence-and-prosecution; from 08SHANGHAI330 landlord-liability and
  // special-301. New here: criminal-case-transfer, customs-enforcement, optical-disc-piracy,
  // counterfeit-footwear, counterfeit-medicines, trade-fairs, local-protectionism, foreign-smes,
  // civil-litigation, raids-and-fines, trademark-cases. All rest on SBU paragraphs of this cable.
  topics: [
    {
      id: 'online-copyright',
      label: 'Online copyright',
      description: 'Enforcement against Internet copyright infringement.',
      citations: [
        c(4, 'enforcement actions by Copyright to shut down websites that provide pirated textbooks'),
        c(10, 'McCoy also highlighted the importance of internet piracy enforcement'),
      ],
      hedgeNotes: [someOfTheDevelopments],
    },
    {
      id: 'university-piracy',
      label: 'University piracy',
      description: 'University textbook piracy, and online piracy over broadband Internet connections at universities.',
      citations: [c(7, 'university campuses remain a center of textbook piracy')],
    },
    {
      id: 'software-legalization',
      label: 'Software legalization',
      description: 'Legal software use by businesses, and government software legalization efforts.',
      citations: [
        c(5, 'a program which verifies that large-scale enterprises use legitimate software'),
        c(8, 'all municipal and county government offices now use legitimate software'),
      ],
    },
    {
      id: 'ipr-courts',
      label: 'IPR courts',
      description: 'Special IPR divisions and courts: basic level IPR civil courts, an integrated IPR court, a national appellate IPR court.',
      citations: [
        c(6, 'Guangdong has eight municipal-level courts that accept IPR cases'),
        c(8, 'the Fujian high court and six cities have IPR tribunals'),
      ],
    },
    {
      // The seed's description names Beijing's markets; kept word for word (registry), cited here for ¶14's street.
      id: 'counterfeit-markets',
      label: 'Counterfeit markets',
      description: 'IP enforcement in local markets, among them Chaoyang\'s counterfeit markets and the Silk Street Market.',
      citations: [c(14, 'street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist')],
    },
    {
      id: 'transparency-and-statistics',
      label: 'Transparency and statistics',
      description: 'Publishing information on IPR enforcement actions, and enforcement statistics.',
      citations: [
        c(1, 'USTR urged local officials to improve transparency'),
        c(4, 'the mechanics of both administrative and criminal enforcement continue to lack transparency'),
      ],
    },
    {
      id: 'complaint-centers',
      label: 'Complaint centers',
      description: 'IPR complaint centers and the CIECC website.',
      citations: [
        c(6, 'Guangdong has established IPR complaint centers in Guangzhou, Shenzhen, Zhanjiang, and Shantou'),
        c(8, 'Fujian\'s recently established IPR complaint centers'),
      ],
    },
    {
      id: 'case-transfer-incentives',
      label: 'Case-transfer incentives',
      description: 'Rewards and incentives for IPR enforcement and for case transfer.',
      citations: [c(6, 'local offices receive monetary awards of RMB 2 million (USD 260,000) for doing so')],
    },
    {
      id: 'evidence-and-prosecution',
      label: 'Evidence and prosecution',
      description: 'Collecting evidence and prosecuting infringement cases.',
      citations: [
        c(7, 'Xiamen PSB has shown a lack of initiative in investigating retail copyright criminal cases'),
        c(10, 'two men who operated a website providing illegal music downloads were sentenced to prison'),
      ],
    },
    {
      // 08SHANGHAI330's topic, word for word: here Guangdong AIC's interest in landlord liability laws.
      id: 'landlord-liability',
      label: 'Landlord liability',
      description: 'Using landlord liability to crack down on vendors of counterfeits: contracts between market owners and tenants, and evicting offending tenants.',
      citations: [
        c(4, 'AIC\'s apparent interest in using landlord liability laws to clean up local markets'),
        c(5, 'plans to use landlord liability laws to clean up markets'),
      ],
      hedgeNotes: [
        someOfTheDevelopments,
        { hedge: 'plans', why: 'In ¶5 the cable says Wu "did not elaborate on plans"; the description only names the subject.' },
      ],
    },
    {
      // 08SHANGHAI330's topic, word for word.
      id: 'special-301',
      label: 'Special 301 Report',
      description: 'USTR\'s Special 301 Report and what it says about IPR protection in China and its cities.',
      citations: [
        c(1, 'USTR\'s provincial review of China, announced in the Special 301 Report issued in April 2006'),
        c(2, 'The 2006 Special 301 Report names Guangdong as the center of large-scale counterfeiting in China'),
      ],
    },
    {
      // New.
      id: 'criminal-case-transfer',
      label: 'Case transfers to the police',
      description: 'Transfers of IPR cases from administrative agencies and Customs to the Public Security Bureau (PSB) and criminal authorities.',
      citations: [
        c(1, 'transfer more cases to the police'),
        c(9, 'the transfer of cases from Customs to PSB'),
        c(9, 'transfer to criminal authorities was one of the most effective means of addressing copyright infringements'),
      ],
    },
    {
      // New.
      id: 'customs-enforcement',
      label: 'Customs enforcement',
      description: 'IPR enforcement by Customs: seizures of counterfeit goods, ports of lading, and case transfers from Customs to the police.',
      citations: [
        c(1, 'Customs enforcement is a top concern for the local government'),
        c(7, 'Xiamen is among the top five ports of lading for counterfeit goods seized by U.S. Customs'),
        c(9, 'the transfer of cases from Customs to PSB'),
      ],
    },
    {
      // New. "optical media" (¶10), "CD/DVD" (¶5), "A/V products" (¶5, ¶7).
      id: 'optical-disc-piracy',
      label: 'CD/DVD and A/V piracy',
      description: 'Piracy of CDs, DVDs and other A/V products, from their manufacturers to retailers of pirated optical media.',
      citations: [
        c(5, 'target counterfeit CD/DVD manufacturers for criminal enforcement'),
        c(7, 'the 100 Day Campaign against pirated A/V products'),
        c(10, 'large-scale retailers of pirated optical media'),
      ],
    },
    {
      // New.
      id: 'counterfeit-footwear',
      label: 'Counterfeit footwear',
      description: 'Production of counterfeit athletic shoes and other footwear, of which Putian is a major source.',
      citations: [
        c(2, 'widespread production of counterfeit athletic shoes'),
        c(7, 'Putian is a major source of counterfeit footwear'),
      ],
    },
    {
      // New.
      id: 'counterfeit-medicines',
      label: 'Counterfeit medicines',
      description: 'Fake drugs and counterfeit medicines, and campaigns against them.',
      citations: [
        c(4, 'a successful campaign against stores selling fake drugs'),
        c(7, 'a successful campaign against counterfeit medicines in Fuzhou and Xiamen'),
      ],
      hedgeNotes: [someOfTheDevelopments],
    },
    {
      // New.
      id: 'trade-fairs',
      label: 'Trade fairs',
      description: 'IPR protection at trade fairs, and how companies can pursue infringement cases outside of fairs.',
      citations: [
        c(6, 'IPR protection at trade fairs is a priority for his office'),
        c(6, 'how companies can pursue infringement cases outside of fairs'),
      ],
    },
    {
      // New.
      id: 'local-protectionism',
      label: 'Local protectionism',
      description: 'Local protectionism and corruption standing in the way of enforcement.',
      citations: [
        c(1, 'local protectionism continues to stand in the way of real enforcement'),
        c(13, 'Putian officials are notoriously corrupt'),
      ],
    },
    {
      // New.
      id: 'foreign-smes',
      label: 'Small foreign companies',
      description: 'Assistance to foreign SMEs, and attention to the complaints of small foreign companies.',
      citations: [
        c(1, 'assist foreign SMEs'),
        c(7, 'be sensitive to the complaints of small foreign companies'),
      ],
    },
    {
      // New.
      id: 'civil-litigation',
      label: 'Civil litigation and injunctions',
      description: 'Civil IPR cases brought by rights holders, and court injunctions in IPR cases.',
      citations: [
        c(12, 'a civil case brought by Nike in the Fujian High Court'),
        c(12, 'court injunctions in IPR cases are extremely useful'),
      ],
    },
    {
      // New.
      id: 'raids-and-fines',
      label: 'Raids and administrative fines',
      description: 'Raids on infringers, lists of seized goods, and administrative fines.',
      citations: [
        c(8, 'pushing local PSB offices to conduct raids'),
        c(13, 'lists of seized goods after raids done in Putian'),
        c(13, 'administrative fines'),
      ],
      hedgeNotes: [{ hedge: 'still', why: 'In ¶13 "still do not provide Nike with lists" describes Putian\'s practice; the description only names the subject.' }],
    },
    {
      // New.
      id: 'trademark-cases',
      label: 'Trademark infringement cases',
      description: 'Specific trademark cases raised with local officials, such as an unlicensed bottler allegedly using a brand\'s Chinese name and confusingly similar visual elements on its labels.',
      citations: [c(11, 'an unlicensed bottler (Jinshi) is allegedly using Budweiser\'s Chinese name and visual elements confusingly similar to Anheuser-Busch trademarks on its labels')],
    },
  ],

  // ── Venues: the four meetings and the Consulate's comment ───────────────────
  venues: [
    {
      id: 'gz-guangdong',
      title: 'Guangdong Province officials',
      theme: 'Medicines, internet and landlord liability',
      kind: 'meeting',
      place: GUANGZHOU,
      date: month('2007-03', DURING_TRIP),
      summary:
        'McCoy opened the meeting with Guangdong Province officials by highlighting some of the positive developments in Guangdong since his August 2006 visit and noting continuing areas of concern, among them that 81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China. Officials of the PSB, AIC, Copyright, Culture, IPO, TSB and MORO spoke: Culture\'s Chen Ang noted that his agency has increased its staff from 400 to 1,300 to improve IPR enforcement, and IPO\'s Zhu Wanchang said Guangdong has eight municipal-level courts that accept IPR cases. McCoy encouraged Guangdong officials to target counterfeit CD/DVD manufacturers for criminal enforcement in the future. The cable notes that the head of the provincial Intellectual Property Office chaired the first part of the meeting.',
      summaryVoice: 'reported',
      organizationIds: [
        'ustr', 'us-embassy-beijing', 'uspto', 'guangdong-officials', 'guangdong-ipo', 'guangdong-psb', 'guangdong-aic',
        'guangdong-copyright-bureau', 'guangdong-culture-bureau', 'guangdong-tsb', 'guangdong-moro',
      ],
      participantIds: [...US_DELEGATION, 'li-shanxiong', 'wu-lichao', 'guo-xiuwen', 'chen-ang', 'zhu-wanchang', 'liang-lixin', 'zhou-lijun'],
      paragraphs: [4, 5, 6],
      topicIds: [
        'counterfeit-medicines', 'landlord-liability', 'complaint-centers', 'customs-enforcement', 'transparency-and-statistics',
        'online-copyright', 'university-piracy', 'software-legalization', 'optical-disc-piracy', 'criminal-case-transfer',
        'ipr-courts', 'trade-fairs', 'case-transfer-incentives',
      ],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'On the U.S. side was Stanford McCoy'),
        c(3, 'Guangzhou in Guangdong Province'),
        c(3, 'except in Guangdong, where the head of the provincial Intellectual Property Office chaired the first part of the meeting'),
        c(3, 'a PSB and Technical Supervision Bureau (TSB) official attended the Guangdong meeting'),
        c(4, 'McCoy opened the meeting with Guangdong Province officials by highlighting some of the positive developments in Guangdong since his August 2006 visit'),
        c(4, '81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China'),
        c(5, 'his agency has increased its staff from 400 to 1,300 to improve IPR enforcement'),
        c(5, 'McCoy encouraged Guangdong officials to target counterfeit CD/DVD manufacturers for criminal enforcement in the future'),
        c(6, 'IPO\'s Zhu Wanchang said Guangdong has eight municipal-level courts that accept IPR cases'),
      ],
    },
    {
      // Place: see FUZHOU above (the city is inferred from ¶3, not stated in ¶7–8).
      id: 'gz-fujian',
      title: 'Fujian Province officials',
      theme: 'Footwear and copyright',
      kind: 'meeting',
      place: FUZHOU,
      date: month('2007-03', DURING_TRIP),
      summary:
        'McCoy opened the meeting with Fujian Province officials by commending recent positive steps and noting continuing areas of concern in Fujian, among them that Putian is a major source of counterfeit footwear and that university campuses remain a center of textbook piracy. IPO\'s Lin Jinyuan welcomed more data from the U.S. government regarding IPR infringement in Fujian and said Fujian IPR agencies are transferring more cases to the PSB; a Copyright official said all municipal and county government offices now use legitimate software; PSB\'s Zhu Guichang said the Economic Crimes Investigative Division has a special team devoted to IPR crimes. McCoy praised the provincial PSB for pushing local PSB offices to conduct raids.',
      summaryVoice: 'reported',
      organizationIds: ['ustr', 'us-embassy-beijing', 'uspto', 'fujian-officials', 'fujian-ipo', 'fujian-copyright-bureau', 'fujian-psb'],
      participantIds: [...US_DELEGATION, 'lin-jinyuan', 'zhu-guichang'],
      paragraphs: [7, 8],
      topicIds: [
        'online-copyright', 'counterfeit-medicines', 'criminal-case-transfer', 'optical-disc-piracy', 'customs-enforcement',
        'counterfeit-footwear', 'evidence-and-prosecution', 'university-piracy', 'foreign-smes', 'complaint-centers', 'ipr-courts',
        'software-legalization', 'raids-and-fines', 'trade-fairs',
      ],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'On the U.S. side was Stanford McCoy'),
        c(3, 'Xiamen, Putian, and Fuzhou in Fujian Province'),
        c(3, 'a Public Security Bureau (PSB) official attended the Putian and Fuzhou meetings'),
        c(7, 'McCoy opened the meeting with Fujian Province officials by commending recent positive steps'),
        c(7, 'He also noted continuing areas of concern in Fujian'),
        c(7, 'Putian is a major source of counterfeit footwear'),
        c(7, 'university campuses remain a center of textbook piracy'),
        c(8, 'IPO\'s Lin Jinyuan welcomed more data from the U.S. government regarding IPR infringement in Fujian'),
        c(8, 'He said Fujian IPR agencies have improved interagency coordination and are transferring more cases to the PSB'),
        c(8, 'A Copyright official said all municipal and county government offices now use legitimate software'),
        c(8, 'PSB\'s Zhu Guichang said the Economic Crimes Investigative Division has a special team devoted to IPR crimes'),
        c(8, 'McCoy praised the provincial PSB for pushing local PSB offices to conduct raids'),
      ],
    },
    {
      id: 'gz-xiamen',
      title: 'Xiamen Customs, Copyright and Culture',
      theme: 'Customs enforcement',
      kind: 'meeting',
      place: XIAMEN,
      date: month('2007-03', DURING_TRIP),
      summary:
        'Xiamen Customs\' Zhang Wei said Xiamen Customs believed that transfer to criminal authorities was one of the most effective means of addressing copyright infringements. McCoy encouraged Xiamen Customs to fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB, and Zhang said his office has already transferred cases, including one involving Nike. McCoy also highlighted the importance of internet piracy enforcement; Xiamen Copyright\'s Wang Weihua said his office has a working group that deals exclusively with internet piracy, and Culture\'s Lei Longtong said his office transfers cases involving over 1,000 infringing CD/DVDs to the PSB. McCoy noted that the local PSB had declined to pursue industry complaints against large-scale retailers of pirated optical media on grounds that such cases should be raised with Culture authorities.',
      summaryVoice: 'reported',
      organizationIds: ['ustr', 'us-embassy-beijing', 'uspto', 'xiamen-customs', 'xiamen-copyright-bureau', 'xiamen-culture-bureau', 'xiamen-psb'],
      participantIds: [...US_DELEGATION, 'zhang-wei', 'wang-weihua', 'lei-longtong'],
      paragraphs: [9, 10],
      topicIds: ['customs-enforcement', 'criminal-case-transfer', 'evidence-and-prosecution', 'online-copyright', 'optical-disc-piracy', 'university-piracy'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'On the U.S. side was Stanford McCoy'),
        c(3, 'a Customs official attended the Xiamen meeting'),
        c(9, 'He said Xiamen Customs believed that transfer to criminal authorities was one of the most effective means of addressing copyright infringements'),
        c(9, 'encouraged Xiamen Customs to fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB'),
        c(9, 'In response, Zhang said his office has already transferred cases, including one involving Nike'),
        c(10, 'McCoy also highlighted the importance of internet piracy enforcement'),
        c(10, 'Xiamen Copyright\'s Wang Weihua said his office has a working group that deals exclusively with internet piracy'),
        c(10, 'Culture\'s Lei Longtong said his office transfers cases involving over 1,000 infringing CD/DVDs to the PSB'),
        c(10, 'McCoy also noted that the local PSB had declined to pursue industry complaints against large-scale retailers of pirated optical media on grounds that such cases should be raised with Culture authorities'),
      ],
    },
    {
      id: 'gz-putian',
      title: 'Putian officials',
      theme: 'Shoes, and little action',
      kind: 'meeting',
      place: PUTIAN,
      date: month('2007-03', DURING_TRIP),
      summary:
        'McCoy opened the meeting with Putian officials by saying that almost half of U.S. Customs seizures of counterfeit products are of footwear. Putian IPO\'s Chen Kaiping cited a 2006 campaign against fake shoes and added that infringing factories in Putian are small-scale, rural "workshop" operations and thus difficult to track; PSB\'s Wu Jiangshan said his office publicizes big cases, but when McCoy asked him to provide information on some of these cases to Consulate Guangzhou, he was noncommittal. On a tour following the meeting, Nike representatives pointed out several large factories that had been the subject of local enforcement actions led by provincial officials, contradicting local officials\' assertions that the problem was mainly in small workshops. In the Nike reps\' account, enforcement authorities still do not provide Nike with lists of seized goods after raids done in Putian; nevertheless, the reps said, administrative fines have a deterrent effect on infringers.',
      summaryVoice: 'reported',
      organizationIds: ['ustr', 'us-embassy-beijing', 'uspto', 'putian-officials', 'putian-ipo', 'putian-psb', 'nike', 'amcham-south-china'],
      // Buxbaum is not listed: ¶12 has him comment "to the delegation" in a parenthesis after the tour, not
      // at the meeting (as in ¶6, where he is not listed for the Guangdong meeting either).
      participantIds: [...US_DELEGATION, 'chen-kaiping', 'wu-jiangshan'],
      paragraphs: [11, 12, 13],
      topicIds: [
        'counterfeit-footwear', 'local-protectionism', 'transparency-and-statistics', 'trademark-cases', 'civil-litigation', 'raids-and-fines',
      ],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'On the U.S. side was Stanford McCoy'),
        c(3, 'a Public Security Bureau (PSB) official attended the Putian and Fuzhou meetings'),
        c(11, 'McCoy opened the meeting with Putian officials by saying that almost half of U.S. Customs seizures of counterfeit products are of footwear'),
        c(11, 'Putian IPO\'s Chen Kaiping cited a 2006 campaign against fake shoes and added that infringing factories in Putian are small-scale, rural "workshop" operations and thus difficult to track'),
        c(11, 'PSB\'s Wu Jiangshan said the Mountain Eagle campaign remains a focus and his office publicizes big cases'),
        c(11, 'When McCoy asked him to provide information on some of these cases to Consulate Guangzhou, he was noncommittal'),
        c(12, 'Following the meeting, Nike representatives led the delegation on a tour of Putian and pointed out several large factories that had been the subject of local enforcement actions led by provincial officials, contradicting local officials\' assertions that the problem was mainly in small worksops'),
        c(12, 'AmCham-South China\'s Buxbaum commented to the delegation'),
        c(13, 'Enforcement authorities still do not provide Nike with lists of seized goods after raids done in Putian'),
        c(13, 'Nevertheless, they said administrative fines'),
        c(13, 'have a deterrent effect on infringers'),
      ],
    },
    {
      // The comment (¶14–15) and the cable's own summary (¶1): the Consulate's assessment. Undated
      // beyond the cable itself; the header date is not a paragraph. Place: the cable states none for the
      // comment (an assessment written at the post, not a meeting); the post's city is kept (audit, Unsure).
      id: 'gz-comment',
      title: 'Consulate summary and comment',
      theme: 'Local enforcement is a mixed bag',
      kind: 'assessment',
      place: GUANGZHOU,
      date: null,
      summary:
        'The Consulate comments that, though government officials largely stuck to their talking points during the meetings, they also provided valuable insights into their priorities and recent actions; Guangdong and Fujian province officials are targeting copyright infringement and are adding resources to relevant offices, but it seems unlikely that local officials have the training and initiative to tackle large-scale counterfeit rings. On the municipal level, Xiamen has a proactive Customs office; nevertheless, street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist; Putian authorities provided almost no useful information and seemed entirely uninterested in a future dialogue, and industry complaints of severe local protectionism in Putian seem to be justified. The meetings were an excellent venue to state areas of concern clearly; by stating them early, as well as praising recent successes, the Chinese side was more likely to tailor their remarks to US interests. The cable\'s summary adds that officials seemed engaged in IPR issues and often said the right things, but their commitment to enforcement and transparency varies significantly.',
      summaryVoice: 'cable',
      organizationIds: ['us-consulate-guangzhou', 'ustr', 'guangdong-officials', 'fujian-officials', 'xiamen-customs', 'putian-officials'],
      participantIds: [],
      paragraphs: [1, 14, 15],
      topicIds: [
        'transparency-and-statistics', 'online-copyright', 'optical-disc-piracy', 'software-legalization', 'customs-enforcement',
        'local-protectionism', 'criminal-case-transfer', 'foreign-smes', 'counterfeit-markets',
      ],
      citations: [
        c(1, 'Provincial and municipal-level officials seemed engaged in IPR issues and often said the right things, but their commitment to enforcement and transparency varies significantly'),
        c(14, 'Though government officials largely stuck to their talking points during the meetings, they also provided valuable insights into their priorities and recent actions'),
        c(14, 'Guangdong and Fujian province officials are targeting copyright infringement and are adding resources to relevant offices'),
        c(14, 'it seems unlikely that local officials have the training and initiative to tackle large-scale counterfeit rings'),
        c(14, 'Xiamen has a proactive Customs office'),
        c(14, 'street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist'),
        c(14, 'Putian authorities, on the other hand, provided almost no useful information and seemed entirely uninterested in a future dialogue'),
        c(14, 'Industry complaints of severe local protectionism in Putian seem to be justified'),
        c(15, 'The meetings were also an excellent venue for us to state clearly for the Chinese side our areas of concern'),
        c(15, 'By clearly stating areas of concern early, as well as praising recent successes, the Chinese side was more likely to tailor their remarks to our interests'),
      ],
    },
  ],

  // ── Issues ───────────────────────────────────────────────────────────────
  issues: [
    // Guangdong (¶4–6)
    {
      id: 'gz-gd-opening',
      venueId: 'gz-guangdong',
      // A title stands alone: ¶4: McCoy "highlighting some of the positive developments": USTR's list, not the cable's finding.
      title: 'USTR\'s opening remarks in Guangdong: positive developments since its August 2006 visit, and continuing concerns',
      summary:
        'McCoy highlighted some of the positive developments in Guangdong since his August 2006 visit: a successful campaign against stores selling fake drugs, including Lipitor and Viagra; AIC\'s apparent interest in using landlord liability laws to clean up local markets; the opening of IPR complaint service centers; and enforcement actions by Copyright to shut down websites that provide pirated textbooks. He also noted continuing areas of concern: 81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China, with Shenzhen\'s Yantian and Shekou among the top five ports of lading; the mechanics of both administrative and criminal enforcement continue to lack transparency; increasing numbers of internet sites sell fake products; a need for enforcement actions at universities to coincide with the beginning of school terms; and infringers use express mail carriers to ship goods abroad.',
      summaryVoice: 'reported',
      topicIds: [
        'counterfeit-medicines', 'landlord-liability', 'complaint-centers', 'online-copyright', 'customs-enforcement',
        'transparency-and-statistics', 'university-piracy',
      ],
      organizationIds: ['ustr', 'guangdong-officials', 'guangdong-aic', 'guangdong-copyright-bureau'],
      citations: [
        c(4, 'McCoy opened the meeting with Guangdong Province officials by highlighting some of the positive developments in Guangdong since his August 2006 visit'),
        c(4, 'He also noted continuing areas of concern: 81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China'),
      ],
    },
    {
      id: 'gz-gd-psb-industries',
      venueId: 'gz-guangdong',
      // A title stands alone: ¶5: "Li Shanxiong stated that the PSB focused on".
      title: 'The Guangdong PSB\'s account of its focus on industries such as pharmaceuticals and textiles, and of cooperation with U.S. companies',
      summary:
        'Li Shanxiong of the Guangdong PSB stated that the PSB focused on important industries such as pharmaceuticals and textiles, and noted cooperation with U.S. companies such as Pfizer and Procter & Gamble; McCoy acknowledged that both companies had complimented these efforts.',
      summaryVoice: 'reported',
      topicIds: ['counterfeit-medicines'],
      organizationIds: ['guangdong-psb', 'ustr', 'pfizer', 'procter-and-gamble'],
      citations: [
        c(5, 'Guangdong PSB\'S Li Shanxiong stated that the PSB focused on important industries such as pharmaceuticals and textiles'),
        c(5, 'McCoy acknowledged that both companies had complimented these efforts'),
      ],
    },
    {
      id: 'gz-gd-landlord-liability',
      venueId: 'gz-guangdong',
      title: 'Landlord liability and the Silk Street precedent',
      summary:
        'The cable notes that Guangdong AIC\'s Wu Lichao did not elaborate on plans to use landlord liability laws to clean up markets; Wu said his agency will follow the precedent established in Beijing\'s Silk Street case.',
      summaryVoice: 'reported',
      topicIds: ['landlord-liability', 'counterfeit-markets'],
      organizationIds: ['guangdong-aic'],
      citations: [
        c(5, 'Guangdong AIC\'s Wu Lichao did not elaborate on plans to use landlord liability laws to clean up markets, but said his agency will follow the precedent established in Beijing\'s Silk Street case'),
      ],
    },
    {
      id: 'gz-gd-copyright',
      venueId: 'gz-guangdong',
      title: 'Legitimate software, music websites and the next campaign',
      summary:
        'Guo Xiuwen of Copyright said her office is currently implementing a program which verifies that large-scale enterprises use legitimate software, and will target SMEs during the next phase. She said that through its actions Copyright closed seven pirate music websites in 2005 and has convinced many popular websites to stop providing illegal music and software, and many have established copyright protection divisions as a result, and that illegal internet gaming sites will be the target of the next campaign. On textbook piracy, Guo referred to a past campaign in 2003.',
      summaryVoice: 'reported',
      topicIds: ['software-legalization', 'online-copyright'],
      organizationIds: ['guangdong-copyright-bureau'],
      citations: [
        c(5, 'Copyright\'s Guo Xiuwen said her office is currently implementing a program which verifies that large-scale enterprises use legitimate software, and will target SMEs during the next phase'),
        c(5, 'Through its actions, Copyright closed seven pirate music websites in 2005 and has convinced many popular websites to stop providing illegal music and software and many have established copyright protection divisions as a result'),
        c(5, 'Illegal internet gaming sites will be the target of the next campaign'),
        c(5, 'On textbook piracy, she referred to a past campaign in 2003'),
      ],
    },
    {
      id: 'gz-gd-culture-av',
      venueId: 'gz-guangdong',
      title: 'A/V products, staffing and criminal transfers',
      summary:
        'Culture\'s Chen Ang said Guangdong has China\'s largest volume of A/V products and noted that his agency has increased its staff from 400 to 1,300 to improve IPR enforcement; he cited close cooperation with MPA and IFPI and said local offices are encouraged to transfer cases to the PSB. McCoy encouraged Guangdong officials to target counterfeit CD/DVD manufacturers for criminal enforcement in the future; Culture stated that it was considering intensifying work on criminal transfers, which were already emphasized.',
      summaryVoice: 'reported',
      topicIds: ['optical-disc-piracy', 'criminal-case-transfer'],
      organizationIds: ['guangdong-culture-bureau', 'ustr', 'guangdong-officials', 'psb'],
      citations: [
        c(5, 'Culture\'s Chen Ang said Guangdong has China\'s largest volume of A/V products and noted that his agency has increased its staff from 400 to 1,300 to improve IPR enforcement'),
        c(5, 'He cited close cooperation with MPA and IFPI and said local offices are encouraged to transfer cases to the PSB'),
        c(5, 'McCoy encouraged Guangdong officials to target counterfeit CD/DVD manufacturers for criminal enforcement in the future'),
        c(5, 'Culture stated that it was considering intensifying work on criminal transfers, which were already emphasized'),
      ],
    },
    {
      id: 'gz-gd-courts-trade-fairs',
      venueId: 'gz-guangdong',
      title: 'IPR courts and trade fairs',
      summary:
        'IPO\'s Zhu Wanchang said Guangdong has eight municipal-level courts that accept IPR cases, and that IPR protection at trade fairs is a priority for his office. According to David Buxbaum, head of AmCham-South China\'s IPR Committee, China\'s trade fair regulations do not state clearly how companies can pursue infringement cases outside of fairs, an important avenue for rights holders.',
      summaryVoice: 'reported',
      topicIds: ['ipr-courts', 'trade-fairs'],
      organizationIds: ['guangdong-ipo', 'amcham-south-china-ipr-committee', 'rights-holders'],
      citations: [
        c(6, 'IPO\'s Zhu Wanchang said Guangdong has eight municipal-level courts that accept IPR cases'),
        c(6, 'IPR protection at trade fairs is a priority for his office'),
        c(6, 'According to David Buxbaum, head of AmCham-South China\'s IPR Committee, China\'s trade fair regulations do not state clearly how companies can pursue infringement cases outside of fairs -- an important avenue for rights holders'),
      ],
    },
    {
      id: 'gz-gd-tsb-transfers',
      venueId: 'gz-guangdong',
      title: 'TSB staffing and case-transfer awards',
      summary:
        'TSB\'s Liang Lixin said the TSB Guangzhou special investigation office, which handles IPR cases, has gone from a staff of 30 to 130 in recent years. He said TSB has seen a double-digit increase in case transfers to the PSB, in part because local offices receive monetary awards of RMB 2 million (USD 260,000) for doing so.',
      summaryVoice: 'reported',
      topicIds: ['criminal-case-transfer', 'case-transfer-incentives'],
      organizationIds: ['guangdong-tsb', 'psb'],
      citations: [
        c(6, 'TSB\'s Liang Lixin said the TSB Guangzhou special investigation office, which handles IPR cases, has gone from a staff of 30 to 130 in recent years'),
        c(6, 'TSB has seen a double-digit increase in case transfers to the PSB, in part because local offices receive monetary awards of RMB 2 million (USD 260,000) for doing so'),
      ],
    },
    {
      id: 'gz-gd-complaint-centers',
      venueId: 'gz-guangdong',
      title: 'Complaint centers and MORO\'s website',
      summary:
        'MORO\'s Zhou Lijun said Guangdong has established IPR complaint centers in Guangzhou, Shenzhen, Zhanjiang, and Shantou. Zhou said rights holders can also lodge IPR complaints on MORO\'s website, which MORO is then required to refer to relevant agencies in a timely manner.',
      summaryVoice: 'reported',
      topicIds: ['complaint-centers'],
      organizationIds: ['guangdong-moro', 'rights-holders'],
      citations: [
        c(6, 'MORO\'s Zhou Lijun said Guangdong has established IPR complaint centers in Guangzhou, Shenzhen, Zhanjiang, and Shantou'),
        c(6, 'Rights holders can also lodge IPR complaints on MORO\'s website, which MORO is then required to refer to relevant agencies in a timely manner'),
      ],
    },

    // Fujian (¶7–8)
    {
      id: 'gz-fj-opening',
      venueId: 'gz-fujian',
      // A title stands alone: ¶7: McCoy "commending recent positive steps".
      title: 'Recent positive steps USTR commended, and its continuing concerns in Fujian',
      summary:
        'McCoy commended recent positive steps: a criminal case in Xiamen involving internet sales of infringing music and movies; a successful campaign against counterfeit medicines in Fuzhou and Xiamen; national-level regulations governing case transfers between Customs and PSB authorities; and the decision by central authorities to make permanent the 100 Day Campaign against pirated A/V products. He also noted continuing areas of concern in Fujian: Xiamen is among the top five ports of lading for counterfeit goods seized by U.S. Customs; Putian is a major source of counterfeit footwear; Xiamen PSB has shown a lack of initiative in investigating retail copyright criminal cases; and university campuses remain a center of textbook piracy.',
      summaryVoice: 'reported',
      topicIds: [
        'online-copyright', 'counterfeit-medicines', 'criminal-case-transfer', 'optical-disc-piracy', 'customs-enforcement',
        'counterfeit-footwear', 'evidence-and-prosecution', 'university-piracy',
      ],
      organizationIds: ['ustr', 'fujian-officials', 'xiamen-psb'],
      citations: [
        c(7, 'McCoy opened the meeting with Fujian Province officials by commending recent positive steps'),
        c(7, 'He also noted continuing areas of concern in Fujian'),
      ],
    },
    {
      id: 'gz-fj-small-companies',
      venueId: 'gz-fujian',
      title: 'Small foreign companies and Minhou County printers',
      summary:
        'McCoy encouraged Fujian officials to be sensitive to the complaints of small foreign companies; as an example, he noted that U.S. art printing companies have identified Fuzhou\'s Minhou County as home to a large number of infringing printers. The Fujian Copyright official stated that, with respect to poster production in Minhou County, Copyright has not received complaints from right holders.',
      summaryVoice: 'reported',
      topicIds: ['foreign-smes'],
      organizationIds: ['ustr', 'fujian-officials', 'us-art-printing-companies', 'fujian-copyright-bureau', 'rights-holders'],
      citations: [
        c(7, 'McCoy also encouraged Fujian officials to be sensitive to the complaints of small foreign companies'),
        c(7, 'he noted that U.S. art printing companies have identified Fuzhou\'s Minhou County as home to a large number of infringing printers'),
        c(8, 'With respect to poster production in Minhou County, Copyright has not received complaints from right holders'),
      ],
    },
    {
      id: 'gz-fj-ipo',
      venueId: 'gz-fujian',
      title: 'Data, coordination, complaint centers and IPR tribunals',
      summary:
        'IPO\'s Lin Jinyuan welcomed more data from the U.S. government regarding IPR infringement in Fujian. He said Fujian IPR agencies have improved interagency coordination and are transferring more cases to the PSB, touted Fujian\'s recently established IPR complaint centers, and noted that the Fujian high court and six cities have IPR tribunals.',
      summaryVoice: 'reported',
      topicIds: ['transparency-and-statistics', 'criminal-case-transfer', 'complaint-centers', 'ipr-courts'],
      organizationIds: ['fujian-ipo', 'psb', 'fujian-high-court'],
      citations: [
        c(8, 'IPO\'s Lin Jinyuan welcomed more data from the U.S. government regarding IPR infringement in Fujian'),
        c(8, 'He said Fujian IPR agencies have improved interagency coordination and are transferring more cases to the PSB'),
        c(8, 'He also touted Fujian\'s recently established IPR complaint centers and noted that the Fujian high court and six cities have IPR tribunals'),
      ],
    },
    {
      id: 'gz-fj-copyright',
      venueId: 'gz-fujian',
      // A title stands alone: ¶8: "A Copyright official said"; the inspections and the campaign are plans ("will inspect", "is also planning").
      title: 'Legitimate software in government offices, and planned inspections and a campaign against textbook infringement, according to the Fujian Copyright Bureau',
      summary:
        'A Copyright official said all municipal and county government offices now use legitimate software, and that Copyright verifies that computer manufacturers install legitimate software, and will inspect large enterprises this year to confirm they use legitimate software. The official stated that enterprises that fail future inspections will be placed on a public blacklist, and end-user piracy cases will be transferred to criminal authorities if criminal thresholds are met, and that Copyright is also planning a special campaign against textbook infringement in 2007 to coincide with the beginnings of the spring and fall semesters.',
      summaryVoice: 'reported',
      topicIds: ['software-legalization', 'criminal-case-transfer', 'university-piracy'],
      organizationIds: ['fujian-copyright-bureau'],
      citations: [
        c(8, 'A Copyright official said all municipal and county government offices now use legitimate software'),
        c(8, 'Copyright verifies that computer manufacturers install legitimate software, and will inspect large enterprises this year to confirm they use legitimate software'),
        c(8, 'He stated that enterprises that fail future inspections will be placed on a public blacklist, and end-user piracy cases will be transferrred to criminal authorities if criminal thresholds are met'),
        c(8, 'Copyright is also planning a special campaign against textbook infringement in 2007'),
      ],
    },
    {
      id: 'gz-fj-psb-raids',
      venueId: 'gz-fujian',
      title: 'The PSB\'s IPR team and raids',
      summary:
        'PSB\'s Zhu Guichang said the Economic Crimes Investigative Division has a special team devoted to IPR crimes and has seen good cooperation with administrative bureaus. McCoy praised the provincial PSB for pushing local PSB offices to conduct raids, citing Nike\'s experience in Putian as an example.',
      summaryVoice: 'reported',
      topicIds: ['raids-and-fines', 'criminal-case-transfer'],
      organizationIds: ['fujian-psb', 'ustr', 'nike'],
      citations: [
        c(8, 'PSB\'s Zhu Guichang said the Economic Crimes Investigative Division has a special team devoted to IPR crimes and has seen good cooperation with administrative bureaus'),
        c(8, 'McCoy praised the provincial PSB for pushing local PSB offices to conduct raids, citing Nike\'s experience in Putian as an example'),
      ],
    },
    {
      id: 'gz-fj-trade-fairs',
      venueId: 'gz-fujian',
      // A title stands alone: ¶8: "Fujian officials also stated that they send IPR officials".
      title: 'Fujian\'s practice of sending IPR officials to major Guangdong trade fairs, according to Fujian officials',
      summary:
        'Fujian Province officials also stated that they send IPR officials to major Guangdong trade fairs, providing a possible avenue for right holder complaints.',
      summaryVoice: 'reported',
      topicIds: ['trade-fairs'],
      organizationIds: ['fujian-officials', 'rights-holders'],
      citations: [
        c(8, 'Fujian officials also stated that they send IPR officials to major Guangdong trade fairs, providing a possible avenue for right holder complaints'),
      ],
    },

    // Xiamen (¶9–10)
    {
      id: 'gz-xm-customs',
      venueId: 'gz-xiamen',
      title: 'Xiamen Customs: its remit, awards and views on enforcement',
      summary:
        'The cable states that Xiamen Customs has jurisdiction over approximately half of Fujian province, including the port cities of Quanzhou and Zhangzhou, and has a special division that handles IPR enforcement. According to Xiamen Customs\' Zhang Wei, the International Customs Association presented awards to two Xiamen Customs officials in 2006. He said Xiamen Customs believed that transfer to criminal authorities was one of the most effective means of addressing copyright infringements, and that integration of civil, criminal, and administrative remedies was critical to fighting them; he added that his office has worked closely with foreign rights-holders such as Nike, Microsoft, QBPC, and the International Olympic Committee, and said that, though Xiamen Customs does not always have sufficient staffing, training is always provided.',
      summaryVoice: 'reported',
      topicIds: ['customs-enforcement', 'criminal-case-transfer'],
      organizationIds: ['xiamen-customs', 'nike', 'microsoft', 'rights-holders'],
      citations: [
        c(9, 'Xiamen Customs has jurisdiction over approximately half of Fujian province, including the port cities of Quanzhou and Zhangzhou, and has a special division that handles IPR enforcement'),
        c(9, 'According to Xiamen Customs\' Zhang Wei, the International Customs Association presented awards to two Xiamen Customs officials in 2006'),
        c(9, 'He said Xiamen Customs believed that transfer to criminal authorities was one of the most effective means of addressing copyright infringements'),
        c(9, 'Wei added that his office has worked closely with foreign rights-holders such as Nike, Microsoft, QBPC, and the International Olympic Committee'),
        c(9, 'Though Xiamen Customs does not always have sufficient staffing, he said training is always provided'),
      ],
    },
    {
      id: 'gz-xm-customs-transfers',
      venueId: 'gz-xiamen',
      title: 'Case transfers from Customs to the PSB',
      summary:
        'McCoy praised the close cooperation between U.S. companies and Customs officials and encouraged Xiamen Customs to fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB. In response, Zhang said his office has already transferred cases, including one involving Nike. Nike\'s Wei confirmed this and said it is an encouraging step, but commented that the time delay between seizure and investigation gives counterfeiters time to disappear.',
      summaryVoice: 'reported',
      topicIds: ['criminal-case-transfer', 'customs-enforcement', 'evidence-and-prosecution'],
      organizationIds: ['ustr', 'xiamen-customs', 'nike', 'psb'],
      citations: [
        c(9, 'McCoy praised the close cooperation between U.S. companies and Customs officials and encouraged Xiamen Customs to fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB'),
        c(9, 'In response, Zhang said his office has already transferred cases, including one involving Nike'),
        c(9, 'Nike\'s Wei confirmed this and said it is an encouraging step'),
        c(9, 'However, he commented that the time delay between seizure and investigation gives counterfeiters time to disappear'),
      ],
    },
    {
      id: 'gz-xm-internet-piracy',
      venueId: 'gz-xiamen',
      title: 'Internet piracy enforcement',
      summary:
        'McCoy highlighted the importance of internet piracy enforcement, and noted a 2006 case in Xiamen\'s Huli district in which two men who operated a website providing illegal music downloads were sentenced to prison. Xiamen Copyright\'s Wang Weihua said his office has a working group that deals exclusively with internet piracy and operates a telephone hotline for tips on internet piracy cases. Wang said Xiamen Copyright sends representatives to an annual summit of China\'s internet search engine companies, which has been held in Xiamen in recent years.',
      summaryVoice: 'reported',
      topicIds: ['online-copyright', 'evidence-and-prosecution'],
      organizationIds: ['ustr', 'xiamen-copyright-bureau'],
      citations: [
        c(10, 'McCoy also highlighted the importance of internet piracy enforcement, and noted a 2006 case in Xiamen\'s Huli district in which two men who operated a website providing illegal music downloads were sentenced to prison'),
        c(10, 'Xiamen Copyright\'s Wang Weihua said his office has a working group that deals exclusively with internet piracy and operates a telephone hotline for tips on internet piracy cases'),
        c(10, 'Xiamen Copyright sends representatives to an annual summit of China\'s internet search engine companies, which has been held in Xiamen in recent years'),
      ],
    },
    {
      id: 'gz-xm-optical-media',
      venueId: 'gz-xiamen',
      // The refusal is McCoy's report of it (¶10 "McCoy also noted"): the title alone stands in reader backlinks.
      title: 'CD/DVD cases, and the PSB refusal McCoy noted',
      summary:
        'Culture\'s Lei Longtong said his office transfers cases involving over 1,000 infringing CD/DVDs to the PSB. McCoy noted that the local PSB had declined to pursue industry complaints against large-scale retailers of pirated optical media on grounds that such cases should be raised with Culture authorities.',
      summaryVoice: 'reported',
      topicIds: ['optical-disc-piracy', 'criminal-case-transfer'],
      organizationIds: ['xiamen-culture-bureau', 'psb', 'ustr', 'xiamen-psb'],
      citations: [
        c(10, 'Culture\'s Lei Longtong said his office transfers cases involving over 1,000 infringing CD/DVDs to the PSB'),
        c(10, 'McCoy also noted that the local PSB had declined to pursue industry complaints against large-scale retailers of pirated optical media on grounds that such cases should be raised with Culture authorities'),
      ],
    },
    {
      id: 'gz-xm-campuses',
      venueId: 'gz-xiamen',
      title: 'Enforcement on university campuses',
      summary: 'USTR\'s McCoy encouraged authorities to step up enforcement on university campuses, particularly during the beginning of semesters.',
      summaryVoice: 'reported',
      topicIds: ['university-piracy'],
      organizationIds: ['ustr'],
      citations: [c(10, 'McCoy encouraged authorities to step up enforcement on university campuses, particularly during the beginning of semesters')],
    },

    // Putian (¶11–13)
    {
      id: 'gz-pt-footwear',
      venueId: 'gz-putian',
      title: 'Counterfeit footwear: small workshops or large factories',
      summary:
        'McCoy opened the meeting with Putian officials by saying that almost half of U.S. Customs seizures of counterfeit products are of footwear, noting that Putian is a center of China\'s footwear industry. Putian IPO\'s Chen Kaiping cited a 2006 campaign against fake shoes and added that infringing factories in Putian are small-scale, rural "workshop" operations and thus difficult to track; he noted that local government had an interest in pursuing illegitimate enterprises because they did not follow labor laws, and that Putian\'s IPR enforcement officials have three areas of focus: verifying that OEMs produce legitimate brands, confirming that trademarks are legal, and monitoring import/export channels. Following the meeting, Nike representatives pointed out several large factories that had been the subject of local enforcement actions led by provincial officials, contradicting local officials\' assertions that the problem was mainly in small workshops.',
      summaryVoice: 'reported',
      topicIds: ['counterfeit-footwear', 'customs-enforcement'],
      organizationIds: ['ustr', 'putian-officials', 'putian-ipo', 'nike'],
      citations: [
        c(11, 'McCoy opened the meeting with Putian officials by saying that almost half of U.S. Customs seizures of counterfeit products are of footwear, noting that Putian is a center of China\'s footwear industry'),
        c(11, 'Putian IPO\'s Chen Kaiping cited a 2006 campaign against fake shoes and added that infringing factories in Putian are small-scale, rural "workshop" operations and thus difficult to track'),
        c(11, 'He noted that local government had an interest in pursuing illegitimate enterprises because they did not follow labor laws'),
        c(11, 'Putian\'s IPR enforcement officials have three areas of focus'),
        c(12, 'pointed out several large factories that had been the subject of local enforcement actions led by provincial officials, contradicting local officials\' assertions that the problem was mainly in small worksops'),
      ],
    },
    {
      id: 'gz-pt-psb',
      venueId: 'gz-putian',
      // A title stands alone: ¶11: "Wu Jiangshan said", "he was noncommittal", "He stated that".
      title: 'The Mountain Eagle campaign, publicity of big cases and right holders\' cooperation, according to the Putian PSB, and its noncommittal answer to USTR\'s request for case information',
      summary:
        'PSB\'s Wu Jiangshan said the Mountain Eagle campaign remains a focus and his office publicizes big cases; when McCoy asked him to provide information on some of these cases to Consulate Guangzhou, he was noncommittal. He stated that local authorities received good cooperation from foreign right holders such as Nike, Adidas, and Puma.',
      summaryVoice: 'reported',
      topicIds: ['transparency-and-statistics', 'raids-and-fines'],
      organizationIds: ['putian-psb', 'ustr', 'us-consulate-guangzhou', 'nike', 'rights-holders'],
      citations: [
        c(11, 'PSB\'s Wu Jiangshan said the Mountain Eagle campaign remains a focus and his office publicizes big cases'),
        c(11, 'When McCoy asked him to provide information on some of these cases to Consulate Guangzhou, he was noncommittal'),
        c(11, 'He stated that local authorities received good cooperation from foreign right holdrs such as Nike, Adidas, and Puma'),
      ],
    },
    {
      id: 'gz-pt-anheuser-busch',
      venueId: 'gz-putian',
      title: 'The Anheuser-Busch case',
      summary:
        'USTR\'s McCoy raised a case involving Anheuser-Busch, in which an unlicensed bottler (Jinshi) is allegedly using Budweiser\'s Chinese name and visual elements confusingly similar to Anheuser-Busch trademarks on its labels. The officials promised to raise the issue with the Putian AIC, which was not present.',
      summaryVoice: 'reported',
      topicIds: ['trademark-cases'],
      organizationIds: ['ustr', 'anheuser-busch', 'jinshi', 'putian-officials', 'putian-aic'],
      citations: [
        c(11, 'McCoy also raised a case involving Anheuser-Busch, in which an unlicensed bottler (Jinshi) is allegedly using Budweiser\'s Chinese name and visual elements confusingly similar to Anheuser-Busch trademarks on its labels'),
        c(11, 'The officials promised to raise the issue with the Putian AIC, which was not present'),
      ],
    },
    {
      id: 'gz-pt-nike-civil-case',
      venueId: 'gz-putian',
      title: 'Nike\'s civil case and court injunctions',
      summary:
        'The cable states that a large factory with apparently modern facilities, Rino, is currently the defendant in a civil case brought by Nike in the Fujian High Court, and that in preparing for that case Nike successfully requested two separate preliminary injunctions from the Fujian high court: one for search and seizure and the other for cease and desist. AmCham-South China\'s Buxbaum commented to the delegation that court injunctions in IPR cases are extremely useful and foreign rights-holders do not use them enough.',
      summaryVoice: 'reported',
      topicIds: ['civil-litigation', 'counterfeit-footwear'],
      organizationIds: ['nike', 'rino', 'fujian-high-court', 'amcham-south-china', 'rights-holders'],
      citations: [
        c(12, 'A large factory with apparently modern facilities, Rino, is currently the defendant in a civil case brought by Nike in the Fujian High Court'),
        c(12, 'In preparing for that case, Nike successfully requested two separate preliminary injunctions from the Fujian high court: one for search and seizure and the other for cease and desist'),
        c(12, 'AmCham-South China\'s Buxbaum commented to the delegation that court injunctions in IPR cases are extremely useful and foreign rights-holders do not use them enough'),
      ],
    },
    {
      id: 'gz-pt-nike-raids',
      venueId: 'gz-putian',
      // A title stands alone: ¶13: "The Nike reps pointed out", "They suspected", "allegedly", "they said".
      title: 'Raids through provincial authorities, a Putian PSB official\'s alleged payment request to the Nike reps, and the Nike reps\' account of nighttime production of fake Nike shoes and of fines\' deterrent effect',
      summary:
        'The Nike reps pointed out other factories that produced fake Nike shoes in nighttime shifts, when authorities were least likely to inspect, and suspected Nike factory staff have cooperated with some of the infringers. In their account (the cable gives this sentence no reporting verb), because Putian officials are notoriously corrupt, Nike always contacts provincial authorities first, who then typically work with Fuzhou City officials to conduct raids. The cable adds, in a parenthesis, that in 2005 a Putian PSB official allegedly asked the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down. In the Nike reps\' account, enforcement authorities still do not provide Nike with lists of seized goods after raids done in Putian; nevertheless, the reps said, administrative fines, which typically range between RMB 200,000 and 500,000 (USD 26,000 and 65,000), have a deterrent effect on infringers.',
      summaryVoice: 'reported',
      topicIds: ['raids-and-fines', 'local-protectionism', 'counterfeit-footwear'],
      organizationIds: ['nike', 'putian-officials', 'putian-psb', 'fujian-officials'],
      citations: [
        c(13, 'The Nike reps pointed out other factories that produced fake Nike shoes in nighttime shifts, when authorities were least likely to inspect'),
        c(13, 'They suspected Nike factory staff have cooperated with some of the infringers'),
        c(13, 'Because Putian officials are notoriously corrupt, Nike always contacts provincial authorities first, who then typically work with Fuzhou City officials to conduct raids'),
        c(13, 'In 2005, a Putian PSB official allegedly asked the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down'),
        c(13, 'Enforcement authorities still do not provide Nike with lists of seized goods after raids done in Putian'),
        c(13, 'Nevertheless, they said administrative fines -- which typically range between RMB 200,000 and 500,000 (USD 26,000 and 65,000) -- have a deterrent effect on infringers'),
      ],
    },

    // Consulate summary (¶1) and comment (¶14–15)
    {
      id: 'gz-cm-summary',
      venueId: 'gz-comment',
      title: 'Regional differences (the cable\'s summary)',
      summary:
        'The cable\'s summary states that provincial and municipal-level officials seemed engaged in IPR issues and often said the right things, but their commitment to enforcement and transparency varies significantly; that copyright enforcement, in CDs/DVDs, software, textbooks, and the internet, is a priority for provincial officials but also presents the biggest challenges; that in Xiamen, home of one of China\'s largest ports, Customs enforcement is a top concern for the local government; and that in Putian, the center of China\'s shoe manufacturing industry, local protectionism continues to stand in the way of real enforcement. USTR urged local officials to improve transparency, transfer more cases to the police, target internet piracy, and assist foreign SMEs.',
      summaryVoice: 'cable',
      topicIds: [
        'transparency-and-statistics', 'online-copyright', 'optical-disc-piracy', 'software-legalization', 'customs-enforcement',
        'local-protectionism', 'criminal-case-transfer', 'foreign-smes',
      ],
      organizationIds: ['us-consulate-guangzhou', 'ustr', 'guangdong-officials', 'fujian-officials', 'putian-officials'],
      citations: [
        c(1, 'Provincial and municipal-level officials seemed engaged in IPR issues and often said the right things, but their commitment to enforcement and transparency varies significantly'),
        c(1, 'Copyright enforcement -- in CDs/DVDs, software, textbooks, and the internet -- is a priority for provincial officials but also presents the biggest challenges'),
        c(1, 'In Xiamen, home of one of China\'s largest ports, Customs enforcement is a top concern for the local government'),
        c(1, 'In Putian, the center of China\'s shoe manufacturing industry, local protectionism continues to stand in the way of real enforcement'),
        c(1, 'USTR urged local officials to improve transparency, transfer more cases to the police, target internet piracy, and assist foreign SMEs'),
      ],
    },
    {
      id: 'gz-cm-provincial',
      venueId: 'gz-comment',
      title: 'Talking points, resources and training',
      summary:
        'The Consulate comments that, though government officials largely stuck to their talking points during the meetings, they also provided valuable insights into their priorities and recent actions. Guangdong and Fujian province officials are targeting copyright infringement and are adding resources to relevant offices. Nevertheless, it seems unlikely that local officials have the training and initiative to tackle large-scale counterfeit rings, particularly those operating over the internet and in multiple jurisdictions.',
      summaryVoice: 'cable',
      topicIds: ['online-copyright'],
      organizationIds: ['us-consulate-guangzhou', 'guangdong-officials', 'fujian-officials'],
      citations: [
        c(14, 'Though government officials largely stuck to their talking points during the meetings, they also provided valuable insights into their priorities and recent actions'),
        c(14, 'Guangdong and Fujian province officials are targeting copyright infringement and are adding resources to relevant offices'),
        c(14, 'Nevertheless, it seems unlikely that local officials have the training and initiative to tackle large-scale counterfeit rings, particularly those operating over the internet and in multiple jurisdictions'),
      ],
    },
    {
      id: 'gz-cm-municipal',
      venueId: 'gz-comment',
      title: 'Xiamen and Putian compared',
      summary:
        'The Consulate comments that, on the municipal level, Xiamen has a proactive Customs office and U.S. companies have told the Consulate they are cooperative. Nevertheless, street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist: the Consulate visited a street of well-marked shops selling golf equipment that they readily admitted was counterfeit. Putian authorities, on the other hand, provided almost no useful information and seemed entirely uninterested in a future dialogue; industry complaints of severe local protectionism in Putian seem to be justified.',
      summaryVoice: 'cable',
      topicIds: ['customs-enforcement', 'counterfeit-markets', 'local-protectionism'],
      organizationIds: ['us-consulate-guangzhou', 'xiamen-customs', 'putian-officials'],
      citations: [
        c(14, 'On the municipal level, Xiamen has a proactive Customs office and U.S. companies have told us they are cooperative'),
        c(14, 'Nevertheless, street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist: we visited a street of well-marked shops selling golf equipment that they readily admitted was counterfeit'),
        c(14, 'Putian authorities, on the other hand, provided almost no useful information and seemed entirely uninterested in a future dialogue'),
        c(14, 'Industry complaints of severe local protectionism in Putian seem to be justified'),
      ],
    },
    {
      id: 'gz-cm-lessons',
      venueId: 'gz-comment',
      title: 'Stating concerns early',
      summary:
        'The Consulate comments that the meetings were also an excellent venue to state clearly for the Chinese side US areas of concern, building upon information gathered from industry and the August 2006 provincial review, and laying down markers for future interactions with key local governments. In these large meetings with numerous agency representatives, it is crucial to step in early to make these points, before the Chinese side has a chance to launch into long, sometimes uninformative presentations: by clearly stating areas of concern early, as well as praising recent successes, the Chinese side was more likely to tailor their remarks to US interests.',
      summaryVoice: 'cable',
      topicIds: ['transparency-and-statistics'],
      organizationIds: ['us-consulate-guangzhou'],
      citations: [
        c(15, 'The meetings were also an excellent venue for us to state clearly for the Chinese side our areas of concern, building upon information gathered from industry and the August 2006 provincial review, and laying down markers for future interactions with key local governments'),
        c(15, 'In these large meetings with numerous agency representatives, it is crucial to step in early to make these points'),
        c(15, 'By clearly stating areas of concern early, as well as praising recent successes, the Chinese side was more likely to tailor their remarks to our interests'),
      ],
    },
  ],

  // ── Positions ────────────────────────────────────────────────────────────
  // Rendered as "<Speaker> <reportingVerb>: <paraphrase>"; reportingVerb null reads "The cable states:
  // ..." under "The cable's own account" (held by the Consulate). One verb per position.
  positions: [
    // gz-gd-opening (¶4)
    {
      id: 'gz-mccoy-gd-progress',
      issueId: 'gz-gd-opening',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'highlighted',
      paraphrase:
        'Some of the positive developments in Guangdong since his August 2006 visit: a successful campaign against stores selling fake drugs, including Lipitor and Viagra; AIC\'s apparent interest in using landlord liability laws to clean up local markets; the opening of IPR complaint service centers; and enforcement actions by Copyright to shut down websites that provide pirated textbooks.',
      citations: [
        c(4, 'McCoy opened the meeting with Guangdong Province officials by highlighting some of the positive developments in Guangdong since his August 2006 visit: a successful campaign against stores selling fake drugs, including Lipitor and Viagra; AIC\'s apparent interest in using landlord liability laws to clean up local markets; the opening of IPR complaint service centers; and enforcement actions by Copyright to shut down websites that provide pirated textbooks'),
      ],
    },
    {
      id: 'gz-mccoy-gd-concerns',
      issueId: 'gz-gd-opening',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'noted',
      paraphrase:
        'Continuing areas of concern: 81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China, with Shenzhen\'s Yantian and Shekou among the top five ports of lading; the mechanics of both administrative and criminal enforcement continue to lack transparency; increasing numbers of internet sites sell fake products; a need for enforcement actions at universities to coincide with the beginning of school terms; and infringers use express mail carriers to ship goods abroad.',
      citations: [
        c(4, 'He also noted continuing areas of concern: 81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China -- with Shenzhen\'s Yantian and Shekou among the top five ports of lading; the mechanics of both administrative and criminal enforcement continue to lack transparency; increasing numbers of internet sites sell fake products; a need for enforcement actions at universities to coincide with the beginning of school terms; and infringers use express mail carriers to ship goods abroad'),
      ],
    },

    // gz-gd-psb-industries (¶5)
    {
      id: 'gz-li-psb-focus',
      issueId: 'gz-gd-psb-industries',
      organizationId: 'guangdong-psb',
      personId: 'li-shanxiong',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase: 'The PSB focused on important industries such as pharmaceuticals and textiles.',
      citations: [c(5, 'Guangdong PSB\'S Li Shanxiong stated that the PSB focused on important industries such as pharmaceuticals and textiles')],
    },
    {
      id: 'gz-li-us-companies',
      issueId: 'gz-gd-psb-industries',
      organizationId: 'guangdong-psb',
      personId: 'li-shanxiong',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase: 'Cooperation with U.S. companies such as Pfizer and Procter & Gamble.',
      citations: [c(5, 'noted cooperation with U.S. comapanies such as Pfizer and Proctor & Gamble')],
    },
    {
      id: 'gz-mccoy-companies-complimented',
      issueId: 'gz-gd-psb-industries',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'acknowledged',
      paraphrase: 'Both companies [Pfizer and Procter & Gamble] had complimented these efforts [the PSB\'s].',
      citations: [c(5, 'McCoy acknowledged that both companies had complimented these efforts')],
    },

    // gz-gd-landlord-liability (¶5)
    {
      // The cable's own observation: "did not elaborate" has no speaker but the cable.
      id: 'gz-gd-aic-no-elaboration',
      issueId: 'gz-gd-landlord-liability',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'Guangdong AIC\'s Wu Lichao did not elaborate on plans to use landlord liability laws to clean up markets.',
      citations: [c(5, 'Guangdong AIC\'s Wu Lichao did not elaborate on plans to use landlord liability laws to clean up markets')],
    },
    {
      id: 'gz-wu-silk-street-precedent',
      issueId: 'gz-gd-landlord-liability',
      organizationId: 'guangdong-aic',
      personId: 'wu-lichao',
      side: 'China',
      kind: 'commitment',
      reportingVerb: 'said',
      paraphrase: 'His agency will follow the precedent established in Beijing\'s Silk Street case.',
      citations: [c(5, 'but said his agency will follow the precedent established in Beijing\'s Silk Street case')],
      hedgeNotes: [{ hedge: 'plans', why: '"did not elaborate on plans" is the cable\'s clause about Wu (position gz-gd-aic-no-elaboration), not what he said.' }],
    },

    // gz-gd-copyright (¶5)
    {
      id: 'gz-guo-software-program',
      issueId: 'gz-gd-copyright',
      organizationId: 'guangdong-copyright-bureau',
      personId: 'guo-xiuwen',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Her office is currently implementing a program which verifies that large-scale enterprises use legitimate software, and will target SMEs during the next phase.',
      citations: [
        c(5, 'Copyright\'s Guo Xiuwen said her office is currently implementing a program which verifies that large-scale enterprises use legitimate software, and will target SMEs during the next phase'),
      ],
    },
    {
      // Guo's account continues: between her "said" and "she referred to", about her own office.
      id: 'gz-gd-copyright-music-sites',
      issueId: 'gz-gd-copyright',
      organizationId: 'guangdong-copyright-bureau',
      personId: 'guo-xiuwen',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Through its actions, Copyright closed seven pirate music websites in 2005 and has convinced many popular websites to stop providing illegal music and software, and many have established copyright protection divisions as a result.',
      citations: [
        c(5, 'Through its actions, Copyright closed seven pirate music websites in 2005 and has convinced many popular websites to stop providing illegal music and software and many have established copyright protection divisions as a result'),
      ],
    },
    {
      // Guo's account continues: between her "said" and "she referred to" (Copyright's next campaign).
      id: 'gz-gd-copyright-gaming-campaign',
      issueId: 'gz-gd-copyright',
      organizationId: 'guangdong-copyright-bureau',
      personId: 'guo-xiuwen',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Illegal internet gaming sites will be the target of the next campaign.',
      citations: [c(5, 'Illegal internet gaming sites will be the target of the next campaign')],
    },
    {
      id: 'gz-guo-textbook-campaign',
      issueId: 'gz-gd-copyright',
      organizationId: 'guangdong-copyright-bureau',
      personId: 'guo-xiuwen',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'referred to',
      paraphrase: 'A past campaign in 2003, on textbook piracy.',
      citations: [c(5, 'On textbook piracy, she referred to a past campaign in 2003')],
    },

    // gz-gd-culture-av (¶5)
    {
      id: 'gz-chen-ang-av-volume',
      issueId: 'gz-gd-culture-av',
      organizationId: 'guangdong-culture-bureau',
      personId: 'chen-ang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Guangdong has China\'s largest volume of A/V products.',
      citations: [c(5, 'Culture\'s Chen Ang said Guangdong has China\'s largest volume of A/V products')],
    },
    {
      id: 'gz-chen-ang-staff',
      issueId: 'gz-gd-culture-av',
      organizationId: 'guangdong-culture-bureau',
      personId: 'chen-ang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase: 'His agency has increased its staff from 400 to 1,300 to improve IPR enforcement.',
      citations: [c(5, 'noted that his agency has increased its staff from 400 to 1,300 to improve IPR enforcement')],
    },
    {
      id: 'gz-chen-ang-mpa-ifpi',
      issueId: 'gz-gd-culture-av',
      organizationId: 'guangdong-culture-bureau',
      personId: 'chen-ang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'cited',
      paraphrase: 'Close cooperation with MPA and IFPI.',
      citations: [c(5, 'He cited close cooperation with MPA and IFPI')],
    },
    {
      id: 'gz-chen-ang-transfers-encouraged',
      issueId: 'gz-gd-culture-av',
      organizationId: 'guangdong-culture-bureau',
      personId: 'chen-ang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Local offices are encouraged to transfer cases to the PSB.',
      citations: [c(5, 'said local offices are encouraged to transfer cases to the PSB')],
    },
    {
      id: 'gz-mccoy-target-cd-dvd',
      issueId: 'gz-gd-culture-av',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'encouraged',
      paraphrase: 'Guangdong officials [should] target counterfeit CD/DVD manufacturers for criminal enforcement in the future.',
      citations: [c(5, 'McCoy encouraged Guangdong officials to target counterfeit CD/DVD manufacturers for criminal enforcement in the future')],
    },
    {
      // "Culture stated": the agency, no person named in this sentence.
      id: 'gz-gd-culture-considering-transfers',
      issueId: 'gz-gd-culture-av',
      organizationId: 'guangdong-culture-bureau',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase: 'It was considering intensifying work on criminal transfers, which were already emphasized.',
      citations: [c(5, 'Culture stated that it was considering intensifying work on criminal transfers, which were already emphasized')],
    },

    // gz-gd-courts-trade-fairs (¶6)
    {
      id: 'gz-zhu-wanchang-courts',
      issueId: 'gz-gd-courts-trade-fairs',
      organizationId: 'guangdong-ipo',
      personId: 'zhu-wanchang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Guangdong has eight municipal-level courts that accept IPR cases.',
      citations: [c(6, 'IPO\'s Zhu Wanchang said Guangdong has eight municipal-level courts that accept IPR cases')],
    },
    {
      // Zhu's account continues: right after his "said", and "his office" is Zhu's (the Guangdong IPO).
      id: 'gz-gd-ipo-trade-fairs-priority',
      issueId: 'gz-gd-courts-trade-fairs',
      organizationId: 'guangdong-ipo',
      personId: 'zhu-wanchang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'IPR protection at trade fairs is a priority for his office [the Guangdong IPO].',
      citations: [c(6, 'IPR protection at trade fairs is a priority for his office')],
    },
    {
      // "According to" is the cable's only attribution in this sentence (as in 08SHANGHAI330).
      id: 'gz-buxbaum-trade-fair-regulations',
      issueId: 'gz-gd-courts-trade-fairs',
      organizationId: 'amcham-south-china-ipr-committee',
      personId: 'david-buxbaum',
      side: 'other',
      kind: 'concern',
      reportingVerb: 'according to',
      paraphrase:
        'China\'s trade fair regulations do not state clearly how companies can pursue infringement cases outside of fairs, an important avenue for rights holders.',
      citations: [
        c(6, 'According to David Buxbaum, head of AmCham-South China\'s IPR Committee, China\'s trade fair regulations do not state clearly how companies can pursue infringement cases outside of fairs -- an important avenue for rights holders'),
      ],
    },

    // gz-gd-tsb-transfers (¶6)
    {
      id: 'gz-liang-tsb-staff',
      issueId: 'gz-gd-tsb-transfers',
      organizationId: 'guangdong-tsb',
      personId: 'liang-lixin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'The TSB Guangzhou special investigation office, which handles IPR cases, has gone from a staff of 30 to 130 in recent years.',
      citations: [
        c(6, 'TSB\'s Liang Lixin said the TSB Guangzhou special investigation office, which handles IPR cases, has gone from a staff of 30 to 130 in recent years'),
      ],
    },
    {
      // Liang's account continues: after his "said" and before the next speaker ("MORO's Zhou Lijun
      // said"), about his own bureau's transfers and the awards its local offices receive.
      id: 'gz-gd-tsb-transfer-increase',
      issueId: 'gz-gd-tsb-transfers',
      organizationId: 'guangdong-tsb',
      personId: 'liang-lixin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'TSB has seen a double-digit increase in case transfers to the PSB, in part because local offices receive monetary awards of RMB 2 million (USD 260,000) for doing so.',
      citations: [
        c(6, 'TSB has seen a double-digit increase in case transfers to the PSB, in part because local offices receive monetary awards of RMB 2 million (USD 260,000) for doing so'),
      ],
    },

    // gz-gd-complaint-centers (¶6)
    {
      id: 'gz-zhou-complaint-centers',
      issueId: 'gz-gd-complaint-centers',
      organizationId: 'guangdong-moro',
      personId: 'zhou-lijun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Guangdong has established IPR complaint centers in Guangzhou, Shenzhen, Zhanjiang, and Shantou.',
      citations: [c(6, 'MORO\'s Zhou Lijun said Guangdong has established IPR complaint centers in Guangzhou, Shenzhen, Zhanjiang, and Shantou')],
    },
    {
      // Zhou's account continues: right after Zhou's "said" on the complaint centers, "also" adding
      // MORO's own website; the last sentence of ¶6.
      id: 'gz-gd-moro-website',
      issueId: 'gz-gd-complaint-centers',
      organizationId: 'guangdong-moro',
      personId: 'zhou-lijun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Rights holders can also lodge IPR complaints on MORO\'s website, which MORO is then required to refer to relevant agencies in a timely manner.',
      citations: [
        c(6, 'Rights holders can also lodge IPR complaints on MORO\'s website, which MORO is then required to refer to relevant agencies in a timely manner'),
      ],
    },

    // gz-fj-opening (¶7)
    {
      id: 'gz-mccoy-fj-steps',
      issueId: 'gz-fj-opening',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'commended',
      paraphrase:
        'Recent positive steps: a criminal case in Xiamen involving internet sales of infringing music and movies; a successful campaign against counterfeit medicines in Fuzhou and Xiamen; national-level regulations governing case transfers between Customs and PSB authorities; and the decision by central authorities to make permanent the 100 Day Campaign against pirated A/V products.',
      citations: [
        c(7, 'McCoy opened the meeting with Fujian Province officials by commending recent positive steps: a criminal case in Xiamen involving internet sales of infringing music and movies; a successful campaign against counterfeit medicines in Fuzhou and Xiamen; national-level regulations governing case transfers between Customs and PSB authorities; and the decision by central authorities to make permanent the 100 Day Campaign against pirated A/V products'),
      ],
    },
    {
      id: 'gz-mccoy-fj-concerns',
      issueId: 'gz-fj-opening',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'noted',
      paraphrase:
        'Continuing areas of concern in Fujian: Xiamen is among the top five ports of lading for counterfeit goods seized by U.S. Customs; Putian is a major source of counterfeit footwear; Xiamen PSB has shown a lack of initiative in investigating retail copyright criminal cases; and university campuses remain a center of textbook piracy.',
      citations: [
        c(7, 'He also noted continuing areas of concern in Fujian: Xiamen is among the top five ports of lading for counterfeit goods seized by U.S. Customs; Putian is a major source of counterfeit footwear; Xiamen PSB has shown a lack of initiative in investigating retail copyright criminal cases; and university campuses remain a center of textbook piracy'),
      ],
    },

    // gz-fj-small-companies (¶7–8)
    {
      id: 'gz-mccoy-small-companies',
      issueId: 'gz-fj-small-companies',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'encouraged',
      paraphrase: 'Fujian officials [should] be sensitive to the complaints of small foreign companies.',
      citations: [c(7, 'McCoy also encouraged Fujian officials to be sensitive to the complaints of small foreign companies')],
    },
    {
      id: 'gz-mccoy-minhou-printers',
      issueId: 'gz-fj-small-companies',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'noted',
      paraphrase:
        'As an example, U.S. art printing companies have identified Fuzhou\'s Minhou County as home to a large number of infringing printers.',
      citations: [c(7, 'As an example, he noted that U.S. art printing companies have identified Fuzhou\'s Minhou County as home to a large number of infringing printers')],
    },
    {
      // The Copyright official's account continues: after his "He stated" and before the next speaker
      // ("PSB's Zhu Guichang said"); it answers McCoy's Minhou example. Unnamed, so the bureau's.
      id: 'gz-fj-copyright-no-minhou-complaints',
      issueId: 'gz-fj-small-companies',
      organizationId: 'fujian-copyright-bureau',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase: 'With respect to poster production in Minhou County, Copyright has not received complaints from right holders.',
      citations: [c(8, 'With respect to poster production in Minhou County, Copyright has not received complaints from right holders')],
    },

    // gz-fj-ipo (¶8)
    {
      id: 'gz-lin-welcomes-data',
      issueId: 'gz-fj-ipo',
      organizationId: 'fujian-ipo',
      personId: 'lin-jinyuan',
      side: 'China',
      kind: 'request',
      reportingVerb: 'welcomed',
      paraphrase: 'More data from the U.S. government regarding IPR infringement in Fujian.',
      citations: [c(8, 'IPO\'s Lin Jinyuan welcomed more data from the U.S. government regarding IPR infringement in Fujian')],
    },
    {
      id: 'gz-lin-coordination',
      issueId: 'gz-fj-ipo',
      organizationId: 'fujian-ipo',
      personId: 'lin-jinyuan',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Fujian IPR agencies have improved interagency coordination and are transferring more cases to the PSB.',
      citations: [c(8, 'He said Fujian IPR agencies have improved interagency coordination and are transferring more cases to the PSB')],
    },
    {
      id: 'gz-lin-complaint-centers',
      issueId: 'gz-fj-ipo',
      organizationId: 'fujian-ipo',
      personId: 'lin-jinyuan',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'touted',
      paraphrase: 'Fujian\'s recently established IPR complaint centers.',
      citations: [c(8, 'He also touted Fujian\'s recently established IPR complaint centers')],
    },
    {
      id: 'gz-lin-ipr-tribunals',
      issueId: 'gz-fj-ipo',
      organizationId: 'fujian-ipo',
      personId: 'lin-jinyuan',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase: 'The Fujian high court and six cities have IPR tribunals.',
      citations: [c(8, 'noted that the Fujian high court and six cities have IPR tribunals')],
    },

    // gz-fj-copyright (¶8)
    {
      // "A Copyright official": unnamed, so the position is the bureau's with no person.
      id: 'gz-fj-copyright-government-software',
      issueId: 'gz-fj-copyright',
      organizationId: 'fujian-copyright-bureau',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'All municipal and county government offices now use legitimate software.',
      citations: [c(8, 'A Copyright official said all municipal and county government offices now use legitimate software')],
    },
    {
      // The Copyright official's account continues: between his "said" and "He stated".
      id: 'gz-fj-copyright-verifies',
      issueId: 'gz-fj-copyright',
      organizationId: 'fujian-copyright-bureau',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Copyright verifies that computer manufacturers install legitimate software, and will inspect large enterprises this year to confirm they use legitimate software.',
      citations: [
        c(8, 'Copyright verifies that computer manufacturers install legitimate software, and will inspect large enterprises this year to confirm they use legitimate software'),
      ],
    },
    {
      id: 'gz-fj-copyright-blacklist',
      issueId: 'gz-fj-copyright',
      organizationId: 'fujian-copyright-bureau',
      personId: null,
      side: 'China',
      kind: 'commitment',
      reportingVerb: 'stated',
      paraphrase:
        'Enterprises that fail future inspections will be placed on a public blacklist, and end-user piracy cases will be transferred to criminal authorities if criminal thresholds are met.',
      citations: [
        c(8, 'He stated that enterprises that fail future inspections will be placed on a public blacklist, and end-user piracy cases will be transferrred to criminal authorities if criminal thresholds are met'),
      ],
    },
    {
      // The Copyright official's account continues: right after his "He stated", "also" adding to it,
      // before the next speaker. A plan, not a campaign that took place.
      id: 'gz-fj-copyright-textbook-campaign',
      issueId: 'gz-fj-copyright',
      organizationId: 'fujian-copyright-bureau',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase:
        'Copyright is also planning a special campaign against textbook infringement in 2007 to coincide with the beginnings of the spring and fall semesters.',
      citations: [
        c(8, 'Copyright is also planning a special campaign against textbook infringement in 2007 to coincide with the beginnings of the spring and fall semesters'),
      ],
    },

    // gz-fj-psb-raids (¶8)
    {
      id: 'gz-zhu-guichang-ipr-team',
      issueId: 'gz-fj-psb-raids',
      organizationId: 'fujian-psb',
      personId: 'zhu-guichang',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'The Economic Crimes Investigative Division has a special team devoted to IPR crimes and has seen good cooperation with administrative bureaus.',
      citations: [
        c(8, 'PSB\'s Zhu Guichang said the Economic Crimes Investigative Division has a special team devoted to IPR crimes and has seen good cooperation with administrative bureaus'),
      ],
    },
    {
      id: 'gz-mccoy-praises-fujian-psb',
      issueId: 'gz-fj-psb-raids',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'praised the provincial PSB for',
      paraphrase: 'Pushing local PSB offices to conduct raids, citing Nike\'s experience in Putian as an example.',
      citations: [c(8, 'McCoy praised the provincial PSB for pushing local PSB offices to conduct raids, citing Nike\'s experience in Putian as an example')],
    },

    // gz-fj-trade-fairs (¶8)
    {
      id: 'gz-fj-officials-trade-fairs',
      issueId: 'gz-fj-trade-fairs',
      organizationId: 'fujian-officials',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase: 'They send IPR officials to major Guangdong trade fairs, providing a possible avenue for right holder complaints.',
      citations: [
        c(8, 'Fujian officials also stated that they send IPR officials to major Guangdong trade fairs, providing a possible avenue for right holder complaints'),
      ],
    },

    // gz-xm-customs (¶9)
    {
      // The cable's voice: ¶9 opens with it, before any speaker is named ("According to Xiamen
      // Customs' Zhang Wei" comes next), so it continues no one's account: the post's scene-setting.
      id: 'gz-xm-customs-jurisdiction',
      issueId: 'gz-xm-customs',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Xiamen Customs has jurisdiction over approximately half of Fujian province, including the port cities of Quanzhou and Zhangzhou, and has a special division that handles IPR enforcement.',
      citations: [
        c(9, 'Xiamen Customs has jurisdiction over approximately half of Fujian province, including the port cities of Quanzhou and Zhangzhou, and has a special division that handles IPR enforcement'),
      ],
    },
    {
      // "According to" is the cable's only attribution in this sentence.
      id: 'gz-zhang-wei-awards',
      issueId: 'gz-xm-customs',
      organizationId: 'xiamen-customs',
      personId: 'zhang-wei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'according to',
      paraphrase: 'The International Customs Association presented awards to two Xiamen Customs officials in 2006.',
      citations: [c(9, 'According to Xiamen Customs\' Zhang Wei, the International Customs Association presented awards to two Xiamen Customs officials in 2006')],
    },
    {
      id: 'gz-zhang-wei-transfer-effective',
      issueId: 'gz-xm-customs',
      organizationId: 'xiamen-customs',
      personId: 'zhang-wei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Xiamen Customs believed that transfer to criminal authorities was one of the most effective means of addressing copyright infringements, and that integration of civil, criminal, and administrative remedies was critical to fighting copyright infringements.',
      citations: [
        c(9, 'He said Xiamen Customs believed that transfer to criminal authorities was one of the most effective means of addressing copyright infringements, and that integration of civil, criminal, and administrative remedies was critical to fighting copyright infringements'),
      ],
    },
    {
      // "Wei added that his office": Zhang Wei of Customs (his office), not Nike's Wei (see people).
      id: 'gz-zhang-wei-rights-holders',
      issueId: 'gz-xm-customs',
      organizationId: 'xiamen-customs',
      personId: 'zhang-wei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'His office has worked closely with foreign rights-holders such as Nike, Microsoft, QBPC, and the International Olympic Committee.',
      citations: [c(9, 'Wei added that his office has worked closely with foreign rights-holders such as Nike, Microsoft, QBPC, and the International Olympic Committee')],
    },
    {
      // Where the "Though..." clause sits, before "he said", it is kept inside what he said; see Unsure.
      id: 'gz-zhang-wei-training',
      issueId: 'gz-xm-customs',
      organizationId: 'xiamen-customs',
      personId: 'zhang-wei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Though Xiamen Customs does not always have sufficient staffing, training is always provided.',
      citations: [c(9, 'Though Xiamen Customs does not always have sufficient staffing, he said training is always provided')],
    },

    // gz-xm-customs-transfers (¶9)
    {
      id: 'gz-mccoy-praises-customs-cooperation',
      issueId: 'gz-xm-customs-transfers',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'praised',
      paraphrase: 'The close cooperation between U.S. companies and Customs officials.',
      citations: [c(9, 'McCoy praised the close cooperation between U.S. companies and Customs officials')],
    },
    {
      id: 'gz-mccoy-exploit-2006-regulations',
      issueId: 'gz-xm-customs-transfers',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'encouraged',
      paraphrase: 'Xiamen Customs [should] fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB.',
      citations: [c(9, 'encouraged Xiamen Customs to fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB')],
    },
    {
      id: 'gz-zhang-already-transferred',
      issueId: 'gz-xm-customs-transfers',
      organizationId: 'xiamen-customs',
      personId: 'zhang-wei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'In response to McCoy: His office has already transferred cases, including one involving Nike.',
      citations: [c(9, 'In response, Zhang said his office has already transferred cases, including one involving Nike')],
    },
    {
      id: 'gz-nike-wei-confirms',
      issueId: 'gz-xm-customs-transfers',
      organizationId: 'nike',
      personId: 'nike-wei',
      side: 'other',
      kind: 'claim',
      reportingVerb: 'confirmed',
      // "confirmed this": Zhang's statement just before, restated.
      paraphrase: 'Xiamen Customs has already transferred cases, including one involving Nike.',
      citations: [
        c(9, 'Zhang said his office has already transferred cases, including one involving Nike'),
        c(9, 'Nike\'s Wei confirmed this'),
      ],
    },
    {
      id: 'gz-nike-wei-encouraging-step',
      issueId: 'gz-xm-customs-transfers',
      organizationId: 'nike',
      personId: 'nike-wei',
      side: 'other',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'The transfer of cases by Xiamen Customs is an encouraging step.',
      citations: [c(9, 'Nike\'s Wei confirmed this and said it is an encouraging step')],
    },
    {
      id: 'gz-nike-wei-time-delay',
      issueId: 'gz-xm-customs-transfers',
      organizationId: 'nike',
      personId: 'nike-wei',
      side: 'other',
      kind: 'concern',
      reportingVerb: 'commented',
      paraphrase: 'However, the time delay between seizure and investigation gives counterfeiters time to disappear.',
      citations: [c(9, 'However, he commented that the time delay between seizure and investigation gives counterfeiters time to disappear')],
    },

    // gz-xm-internet-piracy (¶10)
    {
      id: 'gz-mccoy-internet-piracy',
      issueId: 'gz-xm-internet-piracy',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'highlighted',
      paraphrase: 'The importance of internet piracy enforcement.',
      citations: [c(10, 'McCoy also highlighted the importance of internet piracy enforcement')],
    },
    {
      id: 'gz-mccoy-huli-case',
      issueId: 'gz-xm-internet-piracy',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'A 2006 case in Xiamen\'s Huli district in which two men who operated a website providing illegal music downloads were sentenced to prison.',
      citations: [
        c(10, 'noted a 2006 case in Xiamen\'s Huli district in which two men who operated a website providing illegal music downloads were sentenced to prison'),
      ],
    },
    {
      id: 'gz-wang-weihua-working-group',
      issueId: 'gz-xm-internet-piracy',
      organizationId: 'xiamen-copyright-bureau',
      personId: 'wang-weihua',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'His office has a working group that deals exclusively with internet piracy and operates a telephone hotline for tips on internet piracy cases.',
      citations: [
        c(10, 'Xiamen Copyright\'s Wang Weihua said his office has a working group that deals exclusively with internet piracy and operates a telephone hotline for tips on internet piracy cases'),
      ],
    },
    {
      // Wang's account continues: after his "said" and before the next speaker ("Culture's Lei
      // Longtong said"), about his own office, Xiamen Copyright.
      id: 'gz-xm-copyright-search-engine-summit',
      issueId: 'gz-xm-internet-piracy',
      organizationId: 'xiamen-copyright-bureau',
      personId: 'wang-weihua',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Xiamen Copyright sends representatives to an annual summit of China\'s internet search engine companies, which has been held in Xiamen in recent years.',
      citations: [
        c(10, 'Xiamen Copyright sends representatives to an annual summit of China\'s internet search engine companies, which has been held in Xiamen in recent years'),
      ],
    },

    // gz-xm-optical-media (¶10)
    {
      id: 'gz-lei-cd-dvd-transfers',
      issueId: 'gz-xm-optical-media',
      organizationId: 'xiamen-culture-bureau',
      personId: 'lei-longtong',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'His office transfers cases involving over 1,000 infringing CD/DVDs to the PSB.',
      citations: [c(10, 'Culture\'s Lei Longtong said his office transfers cases involving over 1,000 infringing CD/DVDs to the PSB')],
    },
    {
      id: 'gz-mccoy-psb-declined',
      issueId: 'gz-xm-optical-media',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'noted',
      paraphrase:
        'The local PSB had declined to pursue industry complaints against large-scale retailers of pirated optical media on grounds that such cases should be raised with Culture authorities.',
      citations: [
        c(10, 'McCoy also noted that the local PSB had declined to pursue industry complaints against large-scale retailers of pirated optical media on grounds that such cases should be raised with Culture authorities'),
      ],
    },

    // gz-xm-campuses (¶10)
    {
      id: 'gz-mccoy-xm-campuses',
      issueId: 'gz-xm-campuses',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'encouraged',
      paraphrase: 'Authorities [should] step up enforcement on university campuses, particularly during the beginning of semesters.',
      citations: [c(10, 'McCoy encouraged authorities to step up enforcement on university campuses, particularly during the beginning of semesters')],
    },

    // gz-pt-footwear (¶11–12)
    {
      // The cable's verb is "by saying"; the screen's past tense is "said".
      id: 'gz-mccoy-footwear-seizures',
      issueId: 'gz-pt-footwear',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'said',
      paraphrase:
        'Almost half of U.S. Customs seizures of counterfeit products are of footwear, noting that Putian is a center of China\'s footwear industry.',
      citations: [
        c(11, 'McCoy opened the meeting with Putian officials by saying that almost half of U.S. Customs seizures of counterfeit products are of footwear, noting that Putian is a center of China\'s footwear industry'),
      ],
    },
    {
      id: 'gz-chen-kaiping-2006-campaign',
      issueId: 'gz-pt-footwear',
      organizationId: 'putian-ipo',
      personId: 'chen-kaiping',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'cited',
      paraphrase: 'A 2006 campaign against fake shoes.',
      citations: [c(11, 'Putian IPO\'s Chen Kaiping cited a 2006 campaign against fake shoes')],
    },
    {
      id: 'gz-chen-kaiping-workshops',
      issueId: 'gz-pt-footwear',
      organizationId: 'putian-ipo',
      personId: 'chen-kaiping',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'Infringing factories in Putian are small-scale, rural "workshop" operations and thus difficult to track.',
      citations: [c(11, 'added that infringing factories in Putian are small-scale, rural "workshop" operations and thus difficult to track')],
    },
    {
      id: 'gz-chen-kaiping-labor-laws',
      issueId: 'gz-pt-footwear',
      organizationId: 'putian-ipo',
      personId: 'chen-kaiping',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase: 'Local government had an interest in pursuing illegitimate enterprises because they did not follow labor laws.',
      citations: [c(11, 'He noted that local government had an interest in pursuing illegitimate enterprises because they did not follow labor laws')],
    },
    {
      // Chen's account continues: right after his "He noted" and before the next speaker ("PSB's Wu
      // Jiangshan said").
      id: 'gz-pt-three-areas-of-focus',
      issueId: 'gz-pt-footwear',
      organizationId: 'putian-ipo',
      personId: 'chen-kaiping',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'Putian\'s IPR enforcement officials have three areas of focus: verifying that OEMs produce legitimate brands, confirming that trademarks are legal, and monitoring import/export channels.',
      citations: [
        c(11, 'Putian\'s IPR enforcement officials have three areas of focus: verifying that OEMs produce legitimate brands, confirming that trademarks are legal, and monitoring import/export channels'),
      ],
    },
    {
      // A counter-statement to Chen's "workshop" claim. "contradicting local officials' assertions" is the
      // cable's own framing of what the Nike reps pointed out, not their words: it is a bracketed note.
      // The tour is the setting ("On a tour ...:"), which the screen puts before the speaker.
      id: 'gz-nike-large-factories',
      issueId: 'gz-pt-footwear',
      organizationId: 'nike',
      personId: null,
      side: 'other',
      kind: 'denial',
      reportingVerb: 'pointed out',
      paraphrase:
        'On a tour of Putian following the meeting: Several large factories that had been the subject of local enforcement actions led by provincial officials. [The cable notes that this contradicted local officials\' assertions that the problem was mainly in small workshops.]',
      citations: [
        c(12, 'Following the meeting, Nike representatives led the delegation on a tour of Putian and pointed out several large factories that had been the subject of local enforcement actions led by provincial officials, contradicting local officials\' assertions that the problem was mainly in small worksops'),
      ],
    },

    // gz-pt-psb (¶11)
    {
      id: 'gz-wu-jiangshan-mountain-eagle',
      issueId: 'gz-pt-psb',
      organizationId: 'putian-psb',
      personId: 'wu-jiangshan',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'The Mountain Eagle campaign remains a focus and his office publicizes big cases.',
      citations: [c(11, 'PSB\'s Wu Jiangshan said the Mountain Eagle campaign remains a focus and his office publicizes big cases')],
    },
    {
      id: 'gz-mccoy-asks-case-information',
      issueId: 'gz-pt-psb',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'request',
      reportingVerb: 'asked',
      paraphrase: 'Wu Jiangshan [should] provide information on some of these cases [the big cases his office publicizes] to Consulate Guangzhou.',
      citations: [c(11, 'When McCoy asked him to provide information on some of these cases to Consulate Guangzhou')],
    },
    {
      // The cable's voice: its own reading of Wu's answer.
      id: 'gz-pt-psb-noncommittal',
      issueId: 'gz-pt-psb',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'When McCoy asked Wu Jiangshan to provide information on some of these cases to Consulate Guangzhou, he was noncommittal.',
      citations: [c(11, 'When McCoy asked him to provide information on some of these cases to Consulate Guangzhou, he was noncommittal')],
    },
    {
      id: 'gz-wu-jiangshan-cooperation',
      issueId: 'gz-pt-psb',
      organizationId: 'putian-psb',
      personId: 'wu-jiangshan',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase: 'Local authorities received good cooperation from foreign right holders such as Nike, Adidas, and Puma.',
      citations: [c(11, 'He stated that local authorities received good cooperation from foreign right holdrs such as Nike, Adidas, and Puma')],
    },

    // gz-pt-anheuser-busch (¶11)
    {
      id: 'gz-mccoy-anheuser-busch',
      issueId: 'gz-pt-anheuser-busch',
      organizationId: 'ustr',
      personId: 'stanford-mccoy',
      side: 'US',
      kind: 'concern',
      reportingVerb: 'raised',
      paraphrase:
        'A case involving Anheuser-Busch, in which an unlicensed bottler (Jinshi) is allegedly using Budweiser\'s Chinese name and visual elements confusingly similar to Anheuser-Busch trademarks on its labels.',
      citations: [
        c(11, 'McCoy also raised a case involving Anheuser-Busch, in which an unlicensed bottler (Jinshi) is allegedly using Budweiser\'s Chinese name and visual elements confusingly similar to Anheuser-Busch trademarks on its labels'),
      ],
    },
    {
      id: 'gz-pt-officials-promise',
      issueId: 'gz-pt-anheuser-busch',
      organizationId: 'putian-officials',
      personId: null,
      side: 'China',
      kind: 'commitment',
      reportingVerb: 'promised',
      // "which was not present" is the cable's remark on the AIC, not part of the promise: bracketed.
      paraphrase: '[They would] raise the issue with the Putian AIC. [The AIC was not present.]',
      citations: [c(11, 'The officials promised to raise the issue with the Putian AIC, which was not present')],
    },

    // gz-pt-nike-civil-case (¶12)
    {
      // The cable's voice (audit 2026-12-04: kept). It follows the Nike reps' "pointed out" (¶12 s1),
      // but that verb governs the factories shown on the tour, not this litigation history, which the
      // cable states as fact with the delegation's own hedge ("apparently modern facilities", as seen).
      id: 'gz-pt-rino-case',
      issueId: 'gz-pt-nike-civil-case',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'A large factory with apparently modern facilities, Rino, is currently the defendant in a civil case brought by Nike in the Fujian High Court.',
      citations: [c(12, 'A large factory with apparently modern facilities, Rino, is currently the defendant in a civil case brought by Nike in the Fujian High Court')],
    },
    {
      // The cable's voice, as gz-pt-rino-case: no speaker is named or continued; "successfully" is the
      // cable's word. Probably learned from Nike, but the cable does not say so.
      id: 'gz-pt-nike-injunctions',
      issueId: 'gz-pt-nike-civil-case',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'In preparing for that case, Nike successfully requested two separate preliminary injunctions from the Fujian high court: one for search and seizure and the other for cease and desist.',
      citations: [
        c(12, 'In preparing for that case, Nike successfully requested two separate preliminary injunctions from the Fujian high court: one for search and seizure and the other for cease and desist'),
      ],
    },
    {
      id: 'gz-buxbaum-injunctions',
      issueId: 'gz-pt-nike-civil-case',
      organizationId: 'amcham-south-china-ipr-committee',
      personId: 'david-buxbaum',
      side: 'other',
      kind: 'claim',
      reportingVerb: 'commented to the delegation',
      paraphrase: 'Court injunctions in IPR cases are extremely useful and foreign rights-holders do not use them enough.',
      citations: [
        c(12, 'AmCham-South China\'s Buxbaum commented to the delegation that court injunctions in IPR cases are extremely useful and foreign rights-holders do not use them enough'),
      ],
    },

    // gz-pt-nike-raids (¶13)
    {
      id: 'gz-nike-nighttime-shifts',
      issueId: 'gz-pt-nike-raids',
      organizationId: 'nike',
      personId: null,
      side: 'other',
      kind: 'concern',
      reportingVerb: 'pointed out',
      paraphrase: 'Other factories that produced fake Nike shoes in nighttime shifts, when authorities were least likely to inspect.',
      citations: [c(13, 'The Nike reps pointed out other factories that produced fake Nike shoes in nighttime shifts, when authorities were least likely to inspect')],
    },
    {
      id: 'gz-nike-suspects-staff',
      issueId: 'gz-pt-nike-raids',
      organizationId: 'nike',
      personId: null,
      side: 'other',
      kind: 'concern',
      reportingVerb: 'suspected',
      paraphrase: 'Nike factory staff have cooperated with some of the infringers.',
      citations: [c(13, 'They suspected Nike factory staff have cooperated with some of the infringers')],
    },
    {
      // The Nike reps' account continues: between "They suspected" and "Nevertheless, they said"; it is
      // Nike's practice ("Nike always contacts"), and its reason is theirs, not the Consulate's (whose own
      // voice in this cable hedges: ¶13's "allegedly", ¶14's "seem to be justified"). But the sentence has
      // no reporting verb of its own, and it charges officials with corruption: the line says so in brackets.
      id: 'gz-pt-nike-contacts-province',
      issueId: 'gz-pt-nike-raids',
      organizationId: 'nike',
      personId: null,
      side: 'other',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Because Putian officials are notoriously corrupt, Nike always contacts provincial authorities first, who then typically work with Fuzhou City officials to conduct raids. [No reporting verb in the cable; "said" is the dashboard\'s reading: the sentence stands in the Nike reps\' account, between "They suspected" and "Nevertheless, they said."]',
      citations: [
        c(13, 'Because Putian officials are notoriously corrupt, Nike always contacts provincial authorities first, who then typically work with Fuzhou City officials to conduct raids'),
      ],
    },
    {
      // The cable's voice, with its "allegedly": an allegation, not an established fact. Left with the
      // Consulate: it sits inside the Nike reps' run, but as a parenthesis, which this cable otherwise
      // uses for another source's aside (¶5, ¶6, ¶9, ¶12); who alleges it is not stated.
      id: 'gz-pt-alleged-payment-request',
      issueId: 'gz-pt-nike-raids',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'In 2005, a Putian PSB official allegedly asked the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down.',
      citations: [
        c(13, 'In 2005, a Putian PSB official allegedly asked the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down'),
      ],
    },
    {
      // The Nike reps' account: the next sentence, "Nevertheless, they said ...", sets their view of
      // fines against this complaint.
      id: 'gz-pt-no-seized-goods-lists',
      issueId: 'gz-pt-nike-raids',
      organizationId: 'nike',
      personId: null,
      side: 'other',
      kind: 'concern',
      reportingVerb: 'said',
      paraphrase: 'Enforcement authorities still do not provide Nike with lists of seized goods after raids done in Putian.',
      citations: [c(13, 'Enforcement authorities still do not provide Nike with lists of seized goods after raids done in Putian')],
    },
    {
      // "they said": read as the Nike reps, the speakers of ¶13 (see the audit's Unsure list).
      id: 'gz-nike-fines-deterrent',
      issueId: 'gz-pt-nike-raids',
      organizationId: 'nike',
      personId: null,
      side: 'other',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Nevertheless, administrative fines, which typically range between RMB 200,000 and 500,000 (USD 26,000 and 65,000), have a deterrent effect on infringers.',
      citations: [
        c(13, 'Nevertheless, they said administrative fines -- which typically range between RMB 200,000 and 500,000 (USD 26,000 and 65,000) -- have a deterrent effect on infringers'),
      ],
    },

    // gz-cm-summary (¶1): the cable's voice, and USTR's "urged"
    {
      id: 'gz-cm-officials-engaged',
      issueId: 'gz-cm-summary',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Provincial and municipal-level officials seemed engaged in IPR issues and often said the right things, but their commitment to enforcement and transparency varies significantly.',
      citations: [
        c(1, 'Provincial and municipal-level officials seemed engaged in IPR issues and often said the right things, but their commitment to enforcement and transparency varies significantly'),
      ],
    },
    {
      id: 'gz-cm-copyright-priority',
      issueId: 'gz-cm-summary',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Copyright enforcement, in CDs/DVDs, software, textbooks, and the internet, is a priority for provincial officials but also presents the biggest challenges.',
      citations: [
        c(1, 'Copyright enforcement -- in CDs/DVDs, software, textbooks, and the internet -- is a priority for provincial officials but also presents the biggest challenges'),
      ],
    },
    {
      id: 'gz-cm-xiamen-customs-concern',
      issueId: 'gz-cm-summary',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'In Xiamen, home of one of China\'s largest ports, Customs enforcement is a top concern for the local government.',
      citations: [c(1, 'In Xiamen, home of one of China\'s largest ports, Customs enforcement is a top concern for the local government')],
    },
    {
      id: 'gz-cm-putian-protectionism',
      issueId: 'gz-cm-summary',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase: 'In Putian, the center of China\'s shoe manufacturing industry, local protectionism continues to stand in the way of real enforcement.',
      citations: [c(1, 'In Putian, the center of China\'s shoe manufacturing industry, local protectionism continues to stand in the way of real enforcement')],
    },
    {
      id: 'gz-ustr-urged-local-officials',
      issueId: 'gz-cm-summary',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'urged',
      paraphrase: 'Local officials [should] improve transparency, transfer more cases to the police, target internet piracy, and assist foreign SMEs.',
      citations: [c(1, 'USTR urged local officials to improve transparency, transfer more cases to the police, target internet piracy, and assist foreign SMEs')],
    },

    // gz-cm-provincial (¶14)
    {
      id: 'gz-cm-talking-points',
      issueId: 'gz-cm-provincial',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Though government officials largely stuck to their talking points during the meetings, they also provided valuable insights into their priorities and recent actions.',
      citations: [
        c(14, 'Though government officials largely stuck to their talking points during the meetings, they also provided valuable insights into their priorities and recent actions'),
      ],
    },
    {
      id: 'gz-cm-provinces-adding-resources',
      issueId: 'gz-cm-provincial',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'Guangdong and Fujian province officials are targeting copyright infringement and are adding resources to relevant offices.',
      citations: [c(14, 'Guangdong and Fujian province officials are targeting copyright infringement and are adding resources to relevant offices')],
    },
    {
      id: 'gz-cm-counterfeit-rings',
      issueId: 'gz-cm-provincial',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'Nevertheless, it seems unlikely that local officials have the training and initiative to tackle large-scale counterfeit rings, particularly those operating over the internet and in multiple jurisdictions.',
      citations: [
        c(14, 'Nevertheless, it seems unlikely that local officials have the training and initiative to tackle large-scale counterfeit rings, particularly those operating over the internet and in multiple jurisdictions'),
      ],
    },

    // gz-cm-municipal (¶14)
    {
      id: 'gz-cm-xiamen-customs-proactive',
      issueId: 'gz-cm-municipal',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'On the municipal level, Xiamen has a proactive Customs office and U.S. companies have told the Consulate they are cooperative.',
      citations: [c(14, 'On the municipal level, Xiamen has a proactive Customs office and U.S. companies have told us they are cooperative')],
    },
    {
      id: 'gz-cm-golf-shops',
      issueId: 'gz-cm-municipal',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'Nevertheless, street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist: the Consulate visited a street of well-marked shops selling golf equipment that they readily admitted was counterfeit.',
      citations: [
        c(14, 'Nevertheless, street-level counterfeit markets, though not as prevalent as in Guangzhou, continue to exist: we visited a street of well-marked shops selling golf equipment that they readily admitted was counterfeit'),
      ],
    },
    {
      id: 'gz-cm-putian-uninterested',
      issueId: 'gz-cm-municipal',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase: 'Putian authorities, on the other hand, provided almost no useful information and seemed entirely uninterested in a future dialogue.',
      citations: [c(14, 'Putian authorities, on the other hand, provided almost no useful information and seemed entirely uninterested in a future dialogue')],
    },
    {
      id: 'gz-cm-putian-protectionism-justified',
      issueId: 'gz-cm-municipal',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase: 'Industry complaints of severe local protectionism in Putian seem to be justified.',
      citations: [c(14, 'Industry complaints of severe local protectionism in Putian seem to be justified')],
    },

    // gz-cm-lessons (¶15)
    {
      id: 'gz-cm-excellent-venue',
      issueId: 'gz-cm-lessons',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'The meetings were also an excellent venue to state clearly for the Chinese side US areas of concern, building upon information gathered from industry and the August 2006 provincial review, and laying down markers for future interactions with key local governments.',
      citations: [
        c(15, 'The meetings were also an excellent venue for us to state clearly for the Chinese side our areas of concern, building upon information gathered from industry and the August 2006 provincial review, and laying down markers for future interactions with key local governments'),
      ],
    },
    {
      id: 'gz-cm-step-in-early',
      issueId: 'gz-cm-lessons',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: null,
      paraphrase:
        'In these large meetings with numerous agency representatives, it is crucial to step in early to make these points, before the Chinese side has a chance to launch into long, sometimes uninformative presentations.',
      citations: [
        c(15, 'In these large meetings with numerous agency representatives, it is crucial to step in early to make these points -- before the Chinese side has a chance to launch into long, sometimes uninformative presentations'),
      ],
    },
    {
      id: 'gz-cm-chinese-side-tailored',
      issueId: 'gz-cm-lessons',
      organizationId: 'us-consulate-guangzhou',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'By clearly stating areas of concern early, as well as praising recent successes, the Chinese side was more likely to tailor their remarks to US interests.',
      citations: [
        c(15, 'By clearly stating areas of concern early, as well as praising recent successes, the Chinese side was more likely to tailor their remarks to our interests'),
      ],
    },
  ],

  // ── Figures: every number the cable states that matters for enforcement ──────
  figures: [
    {
      id: 'gz-us-customs-seizures-from-china',
      label: 'Share of counterfeit goods seized by U.S. Customs in 2006 that originated in China',
      value: { kind: 'exact', value: 81 },
      unit: 'percent',
      qualifiers: [],
      display: '81%',
      asOf: year('2006'),
      assertedBy: ['ustr'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-guangdong',
      topicIds: ['customs-enforcement'],
      citations: [c(4, 'He also noted continuing areas of concern: 81 percent of counterfeit goods seized by U.S. Customs in 2006 originated in China')],
    },
    {
      // Guo Xiuwen's account (see position gz-gd-copyright-music-sites).
      id: 'gz-gd-pirate-music-sites-closed',
      label: 'Pirate music websites the Guangdong Copyright Bureau closed in 2005',
      value: { kind: 'exact', value: 7 },
      unit: 'websites',
      qualifiers: [],
      display: '7',
      asOf: year('2005'),
      assertedBy: ['guangdong-copyright-bureau'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-guangdong',
      topicIds: ['online-copyright'],
      citations: [c(5, 'Copyright closed seven pirate music websites in 2005')],
      hedgeNotes: [{ hedge: 'many', why: '"many popular websites" and "many have established" are the other clauses of the sentence, kept in position gz-gd-copyright-music-sites.' }],
    },
    {
      id: 'gz-gd-culture-staff',
      label: 'Staff of the Guangdong Culture Bureau, increased to improve IPR enforcement',
      value: { kind: 'exact', value: 1300 },
      unit: 'staff',
      qualifiers: ['from 400 to'],
      display: 'from 400 to 1,300',
      asOf: null,
      assertedBy: ['guangdong-culture-bureau'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-guangdong',
      topicIds: ['optical-disc-piracy'],
      citations: [c(5, 'his agency has increased its staff from 400 to 1,300 to improve IPR enforcement')],
    },
    {
      id: 'gz-gd-ipr-courts',
      label: 'Municipal-level courts in Guangdong that accept IPR cases',
      value: { kind: 'exact', value: 8 },
      unit: 'courts',
      qualifiers: [],
      display: '8',
      asOf: null,
      assertedBy: ['guangdong-ipo'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-guangdong',
      topicIds: ['ipr-courts'],
      citations: [c(6, 'Guangdong has eight municipal-level courts that accept IPR cases')],
    },
    {
      id: 'gz-gd-tsb-staff',
      label: 'Staff of the TSB Guangzhou special investigation office, which handles IPR cases',
      value: { kind: 'exact', value: 130 },
      unit: 'staff',
      qualifiers: ['from a staff of 30 to', 'in recent years'],
      display: 'from a staff of 30 to 130 (in recent years)',
      asOf: null,
      assertedBy: ['guangdong-tsb'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-guangdong',
      topicIds: ['criminal-case-transfer'],
      citations: [c(6, 'has gone from a staff of 30 to 130 in recent years')],
    },
    {
      // The number checker reads "RMB 2 million" as 2 and million: the value is 2, in RMB million.
      // Liang Lixin's account (see position gz-gd-tsb-transfer-increase).
      id: 'gz-gd-case-transfer-award',
      label: 'Monetary awards local offices receive for transferring cases to the PSB',
      value: { kind: 'exact', value: 2 },
      unit: 'RMB million',
      qualifiers: [],
      display: 'RMB 2 million (USD 260,000)',
      asOf: null,
      assertedBy: ['guangdong-tsb'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-guangdong',
      topicIds: ['case-transfer-incentives', 'criminal-case-transfer'],
      citations: [c(6, 'local offices receive monetary awards of RMB 2 million (USD 260,000) for doing so')],
    },
    {
      id: 'gz-fj-cities-with-ipr-tribunals',
      label: 'Cities in Fujian with IPR tribunals, in addition to the Fujian high court',
      value: { kind: 'exact', value: 6 },
      unit: 'cities',
      qualifiers: [],
      display: '6',
      asOf: null,
      assertedBy: ['fujian-ipo'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-fujian',
      topicIds: ['ipr-courts'],
      citations: [c(8, 'the Fujian high court and six cities have IPR tribunals')],
    },
    {
      // A case size Culture transfers at, as Lei said: "over 1,000" stays a lower bound.
      id: 'gz-xm-cd-dvd-transfer-size',
      // The size of each case transferred ("cases involving over 1,000"), not a total handed over.
      label: 'Infringing CD/DVDs per case in the cases the Xiamen Culture Bureau transfers to the PSB',
      value: { kind: 'exact', value: 1000 },
      unit: 'CD/DVDs',
      qualifiers: ['over'],
      display: 'over 1,000',
      asOf: null,
      assertedBy: ['xiamen-culture-bureau'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-xiamen',
      topicIds: ['optical-disc-piracy', 'criminal-case-transfer'],
      citations: [c(10, 'his office transfers cases involving over 1,000 infringing CD/DVDs to the PSB')],
    },
    {
      id: 'gz-pt-nike-preliminary-injunctions',
      label: 'Preliminary injunctions Nike successfully requested from the Fujian high court in preparing its case against Rino',
      value: { kind: 'exact', value: 2 },
      unit: 'injunctions',
      qualifiers: [],
      display: '2',
      asOf: null,
      assertedBy: ['us-consulate-guangzhou'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-putian',
      topicIds: ['civil-litigation'],
      citations: [c(12, 'Nike successfully requested two separate preliminary injunctions from the Fujian high court')],
    },
    {
      id: 'gz-pt-alleged-payment',
      label: 'Payment a Putian PSB official allegedly asked the Nike reps for (2005)',
      value: { kind: 'exact', value: 100000 },
      unit: 'RMB',
      qualifiers: ['allegedly', 'for each infringer shut down'],
      display: 'RMB 100,000 (USD 13,000) for each infringer shut down (allegedly)',
      asOf: year('2005'),
      assertedBy: ['us-consulate-guangzhou'],
      // ¶13's parenthesis, inside the Nike reps' account, reports an allegation ("allegedly") without saying
      // whose: not a payment the Consulate vouches for, nor one to pin on the reps (audit of 2026-12-04).
      source: 'an unattributed allegation amid the Nike reps\' account',
      chart: null,
      disputes: [],
      venueId: 'gz-putian',
      topicIds: ['local-protectionism'],
      citations: [c(13, 'In 2005, a Putian PSB official allegedly asked the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down')],
    },
    {
      // Range as the cable gives it, with its "typically"; asserted by the Nike reps ("they said"). Not
      // "in Putian": ¶13 does not say who imposes the fines or where.
      id: 'gz-pt-administrative-fines',
      label: 'Administrative fines on infringers',
      value: { kind: 'range', min: 200000, max: 500000 },
      unit: 'RMB',
      qualifiers: ['typically'],
      display: 'typically RMB 200,000–500,000 (USD 26,000–65,000)',
      asOf: null,
      assertedBy: ['nike'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'gz-putian',
      topicIds: ['raids-and-fines'],
      citations: [c(13, 'they said administrative fines -- which typically range between RMB 200,000 and 500,000 (USD 26,000 and 65,000)')],
    },
  ],

  // ── Events: as precise as the cable is ───────────────────────────────────
  events: [
    // The review as a whole (¶1–3): no single venue.
    {
      id: 'gz-review-trip',
      kind: 'happening',
      start: day('2007-03-12', YEAR_FROM_CABLE),
      end: day('2007-03-15', '¶1 "March 12-15"; year from the cable\'s date, 23 March 2007'),
      label: 'A USTR-led delegation (McCoy, Thurwachter and Wong, accompanied by an Econoff and an Econ Assistant) travels to four cities in Fujian and Guangdong provinces (Xiamen, Putian, Fuzhou and Guangzhou) to engage local leaders on IPR issues and raise specific areas of concern; the IPO, Copyright Bureau, Culture Bureau, AIC and FAO attend the meetings on the Chinese side',
      attribution: null,
      venueId: null,
      topicIds: ['counterfeit-footwear', 'customs-enforcement', 'online-copyright'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15 to engage local leaders on IPR issues and raise specific areas of concern'),
        c(3, 'This time the USTR-led delegation visited Xiamen, Putian, and Fuzhou in Fujian Province and Guangzhou in Guangdong Province'),
        c(3, 'Attending the meetings on the Chinese side were the Intellectual Property Office (IPO), Copyright Bureau, Culture Bureau, Administration of Industry and Commerce (AIC), and Foreign Affairs Office (FAO)'),
        c(3, 'On the U.S. side was Stanford McCoy, USTR\'s Chief Negotiator on IPR, Todd Thurwachter, an IPR Attache in Embassy Beijing, and Conrad Wong, USPTO Attorney Advisor and future IPR Attache in Consulate Guangzhou'),
        c(3, 'Econoff and Econ Assistant accompanied'),
      ],
    },
    {
      id: 'gz-special-301-2006',
      kind: 'happening',
      start: month('2006-04'),
      end: null,
      label: 'USTR\'s provincial review of China is announced in the Special 301 Report issued in April 2006; the 2006 report names Guangdong as the center of large-scale counterfeiting in China for goods ranging from low-cost consumer items to electronics, and in Fujian highlights widespread production of counterfeit athletic shoes, among other products',
      attribution: null,
      venueId: null,
      topicIds: ['special-301', 'counterfeit-footwear'],
      citations: [
        c(1, 'The visits are part of USTR\'s provincial review of China, announced in the Special 301 Report issued in April 2006'),
        c(2, 'The 2006 Special 301 Report names Guangdong as the center of large-scale counterfeiting in China for goods ranging from low-cost consumer items to electronics'),
        c(2, 'In Fujian, the report highlights widespread production of counterfeit athletic shoes, among other products'),
      ],
    },
    {
      // ¶2 s1 has no date; the focus is the provincial review, announced in April 2006 (¶1).
      id: 'gz-ustr-regional-focus',
      kind: 'state',
      start: month('2006-04', '¶1: the provincial review was "announced in the Special 301 Report issued in April 2006"; ¶2 gives no date for the focus itself'),
      end: null,
      label: 'In an effort to pinpoint the problems in China\'s IPR enforcement system and develop more effective solutions, USTR has focused on regional IPR enforcement',
      attribution: null,
      venueId: null,
      topicIds: ['special-301'],
      citations: [
        c(2, 'In an effort to pinpoint the problems in China\'s IPR enforcement system and develop more effective solutions, USTR has focused on regional IPR enforcement'),
      ],
    },
    {
      id: 'gz-august-2006-trip',
      kind: 'happening',
      start: month('2006-08'),
      end: null,
      label: 'USTR leads an interagency delegation to Guangzhou, Dongguan, and Shenzhen in Guangdong Province and Fuzhou in Fujian Province (the first provincial review trip to South China)',
      attribution: null,
      venueId: null,
      topicIds: ['special-301'],
      citations: [
        c(2, 'In August 2006, USTR led an interagency delegation to Guangzhou, Dongguan, and Shenzhen in Guangdong Province and Fuzhou in Fujian Province'),
        c(1, 'follow a similar trip in August 2006'),
      ],
    },
    {
      id: 'gz-december-2006-trip-canceled',
      kind: 'happening',
      start: month('2006-12', '¶2: the trip was planned "in December 2006" and canceled "at the last moment"; the cable does not date the cancellation itself'),
      end: null,
      label: 'USTR\'s second trip to Guangdong and Fujian, planned for December 2006, is canceled at the last moment because provincial authorities, under order from the central government, denied all of the meetings',
      attribution: null,
      venueId: null,
      topicIds: ['special-301'],
      citations: [
        c(2, 'USTR\'s planned second trip to Guangdong and Fujian in December 2006 was canceled at the last moment because provincial authorities, under order from the central government, denied all of the meetings'),
      ],
    },
    {
      // The approval came "only days before the trip began" (March 12): dated to the month, inferred.
      id: 'gz-meetings-approved-late',
      kind: 'happening',
      start: month('2007-03', '¶3: approved "only days before the trip began"; ¶1: the trip ran "March 12-15", so read as early March. Year from the cable\'s date, 23 March 2007'),
      end: null,
      label: 'Chinese authorities approve the meetings only days before the trip began and downgrade the official level of most of the meetings by two grades (the ranking official at the August 2006 meetings was the deputy secretary general; at these meetings it was deputy division chief, except in Guangdong, where the head of the provincial Intellectual Property Office chaired the first part of the meeting)',
      attribution: null,
      venueId: null,
      topicIds: ['special-301'],
      citations: [
        c(3, 'Chinese authorities approved the meetings only days before the trip began and downgraded the official level of most of the meetings by two grades'),
        c(3, 'The ranking official at the August 2006 meetings was the deputy secretary general; in this instance it was deputy division chief except in Guangdong, where the head of the provincial Intellectual Property Office chaired the first part of the meeting'),
      ],
    },

    // Guangdong
    {
      id: 'gz-guangdong-meeting',
      kind: 'happening',
      start: month('2007-03', DURING_TRIP),
      end: null,
      label: 'The USTR-led delegation meets Guangdong Province officials in Guangzhou',
      attribution: null,
      venueId: 'gz-guangdong',
      topicIds: ['counterfeit-medicines', 'landlord-liability', 'complaint-centers'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'Guangzhou in Guangdong Province'),
        c(4, 'McCoy opened the meeting with Guangdong Province officials'),
      ],
      hedgeNotes: [someOfTheDevelopments],
    },
    {
      id: 'gz-gd-music-sites-closed-2005',
      kind: 'happening',
      start: year('2005'),
      end: null,
      label: 'The Guangdong Copyright Bureau closes seven pirate music websites',
      // Guo's account (position gz-gd-copyright-music-sites).
      attribution: { organizationId: 'guangdong-copyright-bureau', personId: 'guo-xiuwen', reportingVerb: 'said' },
      venueId: 'gz-guangdong',
      topicIds: ['online-copyright'],
      citations: [c(5, 'Copyright closed seven pirate music websites in 2005')],
      hedgeNotes: [{ hedge: 'many', why: '"many popular websites" and "many have established" are the other clauses of the sentence, kept in position gz-gd-copyright-music-sites.' }],
    },
    {
      id: 'gz-gd-textbook-campaign-2003',
      kind: 'happening',
      start: year('2003'),
      end: null,
      label: 'A past campaign on textbook piracy',
      attribution: { organizationId: 'guangdong-copyright-bureau', personId: 'guo-xiuwen', reportingVerb: 'referred to' },
      venueId: 'gz-guangdong',
      topicIds: ['university-piracy'],
      citations: [c(5, 'On textbook piracy, she referred to a past campaign in 2003')],
    },

    // Fujian
    {
      id: 'gz-fujian-meeting',
      kind: 'happening',
      start: month('2007-03', DURING_TRIP),
      end: null,
      label: 'The USTR-led delegation meets Fujian Province officials (in Fuzhou, by elimination from ¶3)',
      attribution: null,
      venueId: 'gz-fujian',
      topicIds: ['counterfeit-footwear', 'software-legalization'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'Xiamen, Putian, and Fuzhou in Fujian Province'),
        c(3, 'a Public Security Bureau (PSB) official attended the Putian and Fuzhou meetings'),
        c(7, 'McCoy opened the meeting with Fujian Province officials'),
      ],
    },
    {
      id: 'gz-fj-enterprise-inspections',
      kind: 'plan',
      start: year('2007', '¶8 "this year"; the cable is dated 23 March 2007'),
      end: null,
      label: 'The Fujian Copyright Bureau will inspect large enterprises to confirm they use legitimate software',
      // The Copyright official's account (position gz-fj-copyright-verifies).
      attribution: { organizationId: 'fujian-copyright-bureau', personId: null, reportingVerb: 'said' },
      venueId: 'gz-fujian',
      topicIds: ['software-legalization'],
      citations: [c(8, 'will inspect large enterprises this year to confirm they use legitimate software')],
    },
    {
      id: 'gz-fj-textbook-campaign-2007',
      kind: 'plan',
      start: year('2007'),
      end: null,
      label: 'The Fujian Copyright Bureau is planning a special campaign against textbook infringement, to coincide with the beginnings of the spring and fall semesters',
      // The Copyright official's account (position gz-fj-copyright-textbook-campaign).
      attribution: { organizationId: 'fujian-copyright-bureau', personId: null, reportingVerb: 'stated' },
      venueId: 'gz-fujian',
      topicIds: ['university-piracy'],
      citations: [
        c(8, 'Copyright is also planning a special campaign against textbook infringement in 2007 to coincide with the beginnings of the spring and fall semesters'),
      ],
    },

    // Xiamen
    {
      id: 'gz-xiamen-meeting',
      kind: 'happening',
      start: month('2007-03', DURING_TRIP),
      end: null,
      label: 'The USTR-led delegation meets Xiamen officials, a Customs official among them',
      attribution: null,
      venueId: 'gz-xiamen',
      topicIds: ['customs-enforcement'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(3, 'On the U.S. side was Stanford McCoy'),
        c(3, 'a Customs official attended the Xiamen meeting'),
      ],
    },
    {
      id: 'gz-xm-customs-awards-2006',
      kind: 'happening',
      start: year('2006'),
      end: null,
      label: 'The International Customs Association presents awards to two Xiamen Customs officials',
      attribution: { organizationId: 'xiamen-customs', personId: 'zhang-wei', reportingVerb: 'according to' },
      venueId: 'gz-xiamen',
      topicIds: ['customs-enforcement'],
      citations: [c(9, 'According to Xiamen Customs\' Zhang Wei, the International Customs Association presented awards to two Xiamen Customs officials in 2006')],
    },
    {
      id: 'gz-customs-transfer-regulations-2006',
      kind: 'happening',
      start: year('2006'),
      end: null,
      // The cable names them in its own words while reporting McCoy's encouragement; an attribution
      // "(as McCoy encouraged)" would make him the source of the regulations.
      label: 'China\'s 2006 regulations on the transfer of cases from Customs to PSB (which McCoy encouraged Xiamen Customs to fully exploit)',
      attribution: null,
      venueId: 'gz-xiamen',
      topicIds: ['criminal-case-transfer', 'customs-enforcement'],
      citations: [c(9, 'encouraged Xiamen Customs to fully exploit China\'s 2006 regulations on the transfer of cases from Customs to PSB')],
    },
    {
      id: 'gz-huli-case-2006',
      kind: 'happening',
      start: year('2006'),
      end: null,
      label: 'A case in Xiamen\'s Huli district in which two men who operated a website providing illegal music downloads were sentenced to prison',
      attribution: { organizationId: 'ustr', personId: 'stanford-mccoy', reportingVerb: 'noted' },
      venueId: 'gz-xiamen',
      topicIds: ['online-copyright', 'evidence-and-prosecution'],
      citations: [
        c(10, 'noted a 2006 case in Xiamen\'s Huli district in which two men who operated a website providing illegal music downloads were sentenced to prison'),
      ],
    },

    // Putian
    {
      id: 'gz-putian-meeting',
      kind: 'happening',
      start: month('2007-03', DURING_TRIP),
      end: null,
      label: 'The USTR-led delegation meets Putian officials',
      attribution: null,
      venueId: 'gz-putian',
      topicIds: ['counterfeit-footwear'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(11, 'McCoy opened the meeting with Putian officials'),
      ],
      hedgeNotes: [{ hedge: 'almost', why: '"almost half of U.S. Customs seizures" is what McCoy said (position gz-mccoy-footwear-seizures); the event is the meeting itself.' }],
    },
    {
      id: 'gz-pt-nike-tour',
      kind: 'happening',
      start: month('2007-03', DURING_TRIP),
      end: null,
      label: 'Following the meeting, Nike representatives lead the delegation on a tour of Putian',
      attribution: null,
      venueId: 'gz-putian',
      topicIds: ['counterfeit-footwear'],
      citations: [
        c(1, 'A USTR-led delegation traveled to four cities in Fujian and Guangdong provinces March 12-15'),
        c(12, 'Following the meeting, Nike representatives led the delegation on a tour of Putian'),
      ],
      hedgeNotes: [{ hedge: 'several', why: '"several large factories" is what the Nike reps pointed out on the tour (position gz-nike-large-factories); the event is the tour itself.' }],
    },
    {
      id: 'gz-pt-fake-shoes-campaign-2006',
      kind: 'happening',
      start: year('2006'),
      end: null,
      label: 'A campaign against fake shoes',
      attribution: { organizationId: 'putian-ipo', personId: 'chen-kaiping', reportingVerb: 'cited' },
      venueId: 'gz-putian',
      topicIds: ['counterfeit-footwear'],
      citations: [c(11, 'Putian IPO\'s Chen Kaiping cited a 2006 campaign against fake shoes')],
    },
    {
      id: 'gz-pt-alleged-payment-2005',
      kind: 'happening',
      start: year('2005'),
      end: null,
      label: 'A Putian PSB official allegedly asks the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down',
      attribution: null,
      venueId: 'gz-putian',
      topicIds: ['local-protectionism'],
      citations: [c(13, 'In 2005, a Putian PSB official allegedly asked the Nike reps for a RMB 100,000 payment (USD 13,000) for each infringer shut down')],
    },
  ],
} satisfies CableAnnotations
