/**
 * Curated annotations of cable 08SHANGHAI330 (Consulate Shanghai, 15 August 2008: Senior IPR
 * Attache Mark Cohen's farewell visit to Shanghai's IP offices on August 8). Every item rests on
 * numbered paragraphs and quotes them word for word from the complete (WikiLeaks) rendering,
 * typos included ("Attachi", "law suit").
 *
 * The words around the quotes follow DESIGN.md principle 6, as in 07BEIJING2566: a summary names
 * its speaker and the cable's own verb (or is marked as the cable's voice), every hedge of a cited
 * sentence is kept or a hedgeNote says why not, a purpose stays a purpose, and a date is no more
 * precise than the cable. The cable carries an official's reported account across sentences without
 * repeating "said": a sentence that continues a named speaker's account keeps that speaker, with the
 * verb the cable uses for them in the cited paragraph. So ¶3 "Soon after its release..." (between two
 * "According to Chen") is Chen Zhixing's; ¶4 "The former deals strictly..." and "Although the
 * Consumer Complaint Center..." (between "Yang Hui briefed Cohen on the division of the office:" and
 * "Yang noted") and ¶5's case figures (followed by "Yang added that...") are Yang Hui's; ¶6 "Shanghai
 * recently began using landlord liability..." (between "Chen Xuejun outlined" and "According to Chen")
 * and "Within the past year, over 100 tenants have been evicted" (¶1: "SAIC Deputy Director said that
 * ... over 100 tenants have been evicted") are Chen Xuejun's. The Consulate's own Notes, Comments and
 * observations are the cable's voice: positions of its author with reportingVerb null. Two sentences
 * stay in the cable's voice because the cable does not let a reader decide whose they are (the
 * conservative choice): ¶3 "In addition to implementing the strategy, Shanghai continues to focus
 * on..." (it closes ¶3 after the narrated "Chen agreed", not inside an "According to Chen" account,
 * and no attribution follows; audit of 2026-12-04) and ¶5 "The U.S. Motion Picture Association had
 * also filed several cases ... upon Cohen's suggestion" (it follows Yang's "added", but its
 * comparison with Beijing reads as the post's own).
 *
 * The cable's own attribution in ¶3 (twice) and ¶6 is "According to Chen,": those positions carry
 * reportingVerb 'according to', the only verb the sentence has (no "said" there); so does ¶3 "Soon
 * after its release...", which sits between the two ¶3 ones. The app renders it "According to Chen
 * Zhixing (SIPA): ...".
 *
 * The cable disagrees with itself on the Special 301 Report: ¶1 has Chen call "USTR's 2008 Special
 * 301 Report on Shanghai" impartial, ¶2 "the 2007 Special 301 Report on China". Both are kept as
 * written, in one position (sh-sipa-report-impartial) that names both reports; the issue and venue
 * summaries name both.
 *
 * Years: the cable names none for "August 8", "early June" or "July 25"; they are read against the
 * cable's own date (15 August 2008) and say so in inferredFrom. Every meeting is dated by ¶1's
 * "August 8 farewell visit", also marked inferredFrom.
 *
 * Parser artefacts (being fixed elsewhere): the heading "Complaint Center - Trademarks are Biggest
 * Issue" is glued to the end of ¶3 and the signature "JARRETT" to ¶9. Neither is ever quoted.
 *
 * Markings: ¶1–8 are SBU, ¶9 (the clearance line) U. Every item here rests on SBU paragraphs only,
 * except the shared person mark-cohen, cited from ¶9 alone so that his merged registry entry stays U.
 */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { c, day, month } from './helpers.ts'

// Every meeting of this cable is in Shanghai (¶1 "farewell visit to Shanghai"), a municipality.
const SHANGHAI = { city: 'Shanghai', province: null }

// Reasons for dates the cited text does not fully state, written once.
const WEBSITE_WINDOW = '¶3: "Soon after" the release "in early June", and before "the deadline of July 25" to submit comments (read as the website\'s); year from the cable\'s date, 15 August 2008'
const YEAR_FROM_CABLE = 'year from the cable\'s date, 15 August 2008'
const AS_OF_CENTER_MEETING = 'as of the meeting at the Center, during the "August 8 farewell visit to Shanghai" (¶1); year from the cable\'s date, 15 August 2008'
const AUGUST_8_VISIT = '¶1: the meetings took place "During an August 8 farewell visit to Shanghai"; year from the cable\'s date, 15 August 2008'

export const annotations = {
  cableId: '08SHANGHAI330',
  // The cable's author: the speaker of everything the cable says in its own voice.
  authorOrganizationId: 'us-consulate-shanghai',
  // ¶9 is the clearance line ("This cable was cleared by Mark Cohen."): outside coverage; cited only by mark-cohen.
  coverage: { from: 1, to: 8 },

  // ── Organizations ──────────────────────────────────────────────────────────
  // Shared entities (ustr, us-government, chinese-government, rights-holders) are copied word for
  // word from 07BEIJING2566, with citations from this cable. side: 'China' for government bodies only;
  // market owners, an association and a market are 'other'. parentId only where the cable states it.
  organizations: [
    {
      // The cable's author: positions with reportingVerb null (the cable's own voice) are its.
      id: 'us-consulate-shanghai',
      name: 'US Consulate General Shanghai',
      shortName: 'Consulate Shanghai',
      side: 'US',
      level: 'consulate',
      parentId: null,
      citations: [c(6, 'One U.S. company already notified the Consulate')],
    },
    {
      id: 'ustr',
      name: 'Office of the United States Trade Representative',
      shortName: 'USTR',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(1, 'USTR\'s 2008 Special 301 Report on Shanghai')],
    },
    {
      id: 'us-government',
      name: 'United States Government',
      shortName: 'USG',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(1, 'He also welcomed comments from the USG')],
    },
    {
      // "the U.S. Mission in China" (¶2, ¶3): the US diplomatic posts in China as a whole. Not the
      // Embassy alone, and not the Consulate: its own entity.
      id: 'us-mission-china',
      name: 'U.S. Mission in China',
      shortName: 'U.S. Mission',
      side: 'US',
      level: 'mission',
      parentId: null,
      citations: [
        c(2, 'welcomed further collaboration with the U.S. Mission in China'),
        c(3, 'Chen agreed to still accept comments from the U.S. Mission'),
      ],
    },
    {
      id: 'sipa',
      name: 'Shanghai IP Administration',
      shortName: 'SIPA',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [
        c(1, 'Shanghai IP Administration (SIPA)'),
        c(3, 'the Shanghai IP Administration established a website'),
      ],
    },
    {
      // ¶1 lists its "officials" among those Cohen engaged; ¶5's note puts it beside the consumer
      // complaint center "run by SAIC". Side China: a government complaint office. No parent stated.
      id: 'shanghai-ipr-complaint-center',
      name: 'Shanghai IPR Complaint Center',
      shortName: null,
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [
        c(1, 'Shanghai IPR Complaint Center'),
        c(4, 'During a meeting at Shanghai\'s IPR Complaint Center'),
      ],
    },
    {
      // ¶4: one of the two parts in "the division of the office".
      id: 'shanghai-ip-protection-service-center',
      name: 'Shanghai Service Center for IP Protection',
      shortName: null,
      side: 'China',
      level: 'office',
      parentId: 'shanghai-ipr-complaint-center',
      citations: [c(4, 'the division of the office: the Shanghai Service Center for IP Protection')],
    },
    {
      // ¶4 makes it the other part of the office's division; ¶5's note says the consumer complaint
      // center is "run by SAIC". Two different relations, neither one a clear parent: parentId null.
      id: 'shanghai-consumer-complaint-center',
      name: 'Shanghai Consumer Complaint and Report Center',
      shortName: null,
      side: 'China',
      level: 'office',
      parentId: null,
      citations: [
        c(4, 'the Shanghai Consumer Complaint and Report Center'),
        c(5, 'the consumer complaint center run by SAIC'),
      ],
    },
    {
      // ¶1 abbreviates it "SAIC", ¶6 "AIC"; the short name is ¶1's.
      id: 'shanghai-aic',
      name: 'Shanghai Administration of Industry and Commerce',
      shortName: 'SAIC',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [
        c(1, 'Shanghai Administration of Industry and Commerce (SAIC)'),
        c(6, 'At the Shanghai Administration of Industry and Commerce (AIC)'),
      ],
    },
    {
      // ¶8 comment only: "Shanghai Customs is an active proponent of IP protection". No parent or level stated
      // (07BEIJING2463's china-customs is the national administration; the cable does not link them).
      id: 'shanghai-customs',
      name: 'Shanghai Customs',
      shortName: null,
      side: 'China',
      level: null,
      parentId: null,
      citations: [c(8, 'Shanghai Customs is an active proponent of IP protection')],
    },
    {
      // ¶8 "The courts" of Shanghai, as a group; ¶2 "Shanghai's accomplishments in the judicial arena".
      id: 'shanghai-courts',
      name: 'Shanghai courts',
      shortName: null,
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(8, 'The courts are some of the top IP case litigation venues in the country')],
    },
    {
      // ¶8 "Shanghai and the Central Government have touted the closure".
      id: 'chinese-government',
      name: 'Government of China',
      shortName: 'Chinese Government',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(8, 'Shanghai and the Central Government have touted the closure')],
    },
    {
      // Landlords of Shanghai's markets (¶6): not government, so 'other'.
      id: 'shanghai-market-owners',
      name: 'Shanghai market owners',
      shortName: null,
      side: 'other',
      level: 'market',
      parentId: null,
      citations: [
        c(6, 'AIC encourages market owners to sign contracts with tenants and provides landlords with sample contracts'),
        c(6, 'a law suit against a Shanghai market owner'),
      ],
    },
    {
      // A market, not government: 'other' (as the seed's Silk Market).
      id: 'xiangyang-market',
      name: 'Xiangyang market',
      shortName: 'Xiangyang',
      side: 'other',
      level: 'market',
      parentId: null,
      citations: [c(8, 'the city\'s premier counterfeit market, Xiangyang')],
    },
    {
      // ¶5 "The U.S. Motion Picture Association" and, in the same sentence, "MPAA": read as one
      // association ("a development similar to what MPAA had done in Beijing").
      id: 'us-motion-picture-association',
      name: 'U.S. Motion Picture Association',
      shortName: 'MPAA',
      side: 'other',
      level: 'association',
      parentId: null,
      citations: [
        c(5, 'The U.S. Motion Picture Association had also filed several cases at the Shanghai Complaint Center'),
        c(5, 'a large percentage of foreign related cases originate from MPAA'),
      ],
    },
    {
      id: 'rights-holders',
      name: 'Rights holders',
      shortName: null,
      side: 'other',
      level: null,
      parentId: null,
      citations: [
        c(5, 'complaints from foreign rights holders are increasing'),
        c(6, 'encouraged U.S. right holders to be more proactive'),
      ],
    },
  ],

  // ── People: names as the cable gives them ──────────────────────────────────
  people: [
    {
      // Shared with 07BEIJING2566, copied word for word: this cable writes "Senior IPR Attachi Mark
      // Cohen" (¶1) and does not name his post; the registry keeps the seed's title and organization.
      // Cited from ¶9 (U) only: the registry merges this entry with the seed's U-only one, and an
      // SBU citation here (¶1, ¶4) would make the merged person rest on U and SBU paragraphs at once.
      id: 'mark-cohen',
      name: 'Mark Cohen',
      title: 'Embassy Senior IPR Attache',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(9, 'This cable was cleared by Mark Cohen')],
    },
    {
      id: 'chen-zhixing',
      name: 'Chen Zhixing',
      title: 'Director General',
      organizationId: 'sipa',
      side: 'China',
      citations: [c(1, 'SIPA Director General Chen Zhixing')],
    },
    {
      // "During a meeting at Shanghai's IPR Complaint Center, Director Yang Hui briefed Cohen on the
      // division of the office": the office is the Center.
      id: 'yang-hui',
      name: 'Yang Hui',
      title: 'Director',
      organizationId: 'shanghai-ipr-complaint-center',
      side: 'China',
      citations: [c(4, 'During a meeting at Shanghai\'s IPR Complaint Center, Director Yang Hui briefed Cohen on the division of the office')],
    },
    {
      // ¶6 names him at the Shanghai AIC; ¶1's unnamed "SAIC Deputy Director" is read as him.
      id: 'chen-xuejun',
      name: 'Chen Xuejun',
      title: 'Deputy Director',
      organizationId: 'shanghai-aic',
      side: 'China',
      citations: [c(6, 'At the Shanghai Administration of Industry and Commerce (AIC), Deputy Director Chen Xuejun')],
    },
  ],

  // ── Topics ───────────────────────────────────────────────────────────────
  // Reused word for word: from 07BEIJING2566 counterfeit-markets, complaint-centers,
  // transparency-and-statistics, exchanges-and-training; from 07BEIJING2455 (wt-cur-spc)
  // judicial-practice. New here: special-301, national-ip-strategy (already copied by wt-cur-spc),
  // landlord-liability. All rest on SBU paragraphs of this cable.
  topics: [
    {
      // The seed's description names Beijing's markets; kept word for word (registry), cited here for Shanghai's.
      id: 'counterfeit-markets',
      label: 'Counterfeit markets',
      description: 'IP enforcement in local markets, among them Chaoyang\'s counterfeit markets and the Silk Street Market.',
      citations: [
        c(6, 'Shanghai\'s efforts to fight retail counterfeit markets'),
        c(8, 'the city\'s premier counterfeit market, Xiangyang'),
      ],
      hedgeNotes: [
        { hedge: 'efforts', why: 'In ¶6 it is Shanghai\'s "efforts" in Chen\'s outline; the description only names the subject.' },
        { hedge: 'several', why: 'In ¶8 it counts the other markets that sprang up; the description only names the subject.' },
      ],
    },
    {
      id: 'complaint-centers',
      label: 'Complaint centers',
      description: 'IPR complaint centers and the CIECC website.',
      citations: [
        c(1, 'Shanghai IPR Complaint Center'),
        c(4, 'has since added 7 district level IPR complaint centers'),
      ],
    },
    {
      id: 'transparency-and-statistics',
      label: 'Transparency and statistics',
      description: 'Publishing information on IPR enforcement actions, and enforcement statistics.',
      citations: [c(5, 'the Center has fielded 3,273 complaints and inquiries')],
    },
    {
      id: 'special-301',
      label: 'Special 301 Report',
      description: 'USTR\'s Special 301 Report and what it says about IPR protection in China and its cities.',
      citations: [
        c(1, 'USTR\'s 2008 Special 301 Report on Shanghai'),
        c(2, 'Regarding the 2007 Special 301 Report on China, Chen welcomed the report\'s language about Shanghai'),
      ],
    },
    {
      id: 'national-ip-strategy',
      label: 'National IP Strategy',
      description: 'The Outline of the National IP Strategy and how it is implemented locally.',
      citations: [
        c(1, 'how Shanghai should implement the Outline of the National IP Strategy'),
        c(3, 'Shanghai is striving to implement the National IP Strategy'),
      ],
    },
    {
      id: 'landlord-liability',
      label: 'Landlord liability',
      description: 'Using landlord liability to crack down on vendors of counterfeits: contracts between market owners and tenants, and evicting offending tenants.',
      citations: [
        c(6, 'Shanghai recently began using landlord liability as a means to crack down on offending vendors'),
        c(6, 'AIC encourages market owners to sign contracts with tenants'),
        c(6, 'the owner should evict the tenant from the market'),
      ],
      hedgeNotes: [
        { hedge: 'if', why: 'In ¶6 it is the condition of the eviction rule ("if a tenant continues selling counterfeits"); the description only names the subject.' },
      ],
    },
    {
      // Seed topic, word for word (its example is the seed's Chaoyang visit): here Cohen's visit to
      // engage Shanghai's offices "on current initiatives and opportunities for cooperation".
      id: 'exchanges-and-training',
      label: 'Exchanges and training',
      description: 'Visits and exchanges of enforcement experience between Chinese and US officials, such as the visit Chaoyang officials would like to make.',
      citations: [
        c(1, 'Mark Cohen engaged Shanghai IP Administration (SIPA), Shanghai IPR Complaint Center, and Shanghai Administration of Industry and Commerce (SAIC) officials on current initiatives and opportunities for cooperation'),
        c(2, 'welcomed further collaboration with the U.S. Mission in China'),
      ],
    },
    {
      // Not new: 07BEIJING2455's topic (wt-cur-spc, not yet committed there), copied word for word.
      id: 'judicial-practice',
      label: 'Judicial practice and expertise',
      description: 'The experience, expertise and judicial practices of China\'s courts in IPR cases.',
      citations: [
        c(2, 'Shanghai\'s accomplishments in the judicial arena'),
        c(8, 'The courts are some of the top IP case litigation venues in the country'),
      ],
      hedgeNotes: [
        { hedge: 'some', why: 'In ¶8 it qualifies the Consulate\'s ranking of Shanghai\'s courts; the description only names the subject.' },
        { hedge: 'relatively', why: 'In ¶8 it qualifies the share of foreign related cases (and in ¶2 the report\'s "a relatively bright spot"); the description only names the subject.' },
      ],
    },
  ],

  // ── Venues: the three meetings of the August 8 visit and the Consulate's comment ──
  venues: [
    {
      id: 'sh-sipa',
      title: 'Shanghai IP Administration (SIPA)',
      theme: 'Special 301 and the National IP Strategy',
      kind: 'meeting',
      place: SHANGHAI,
      date: day('2008-08-08', AUGUST_8_VISIT),
      summary:
        'During Senior IPR Attache Mark Cohen\'s August 8 farewell visit, SIPA Director General Chen Zhixing relayed his appreciation for Cohen\'s support of Shanghai and welcomed further collaboration with the U.S. Mission in China. Chen welcomed the Special 301 Report\'s language about Shanghai, saying it is "impartial and objective" (the cable\'s summary calls it USTR\'s 2008 Special 301 Report on Shanghai; ¶2 calls it the 2007 Special 301 Report on China), and acknowledged that its criticism of Shanghai retail counterfeit markets is an "accurate assessment of the situation." According to Chen, Shanghai is striving to implement the National IP Strategy released in early June; although the July 25 deadline for comments had passed, Chen agreed to still accept comments from the U.S. Mission.',
      summaryVoice: 'reported',
      organizationIds: ['sipa'],
      participantIds: ['mark-cohen', 'chen-zhixing'],
      paragraphs: [2, 3],
      topicIds: ['special-301', 'national-ip-strategy', 'exchanges-and-training', 'counterfeit-markets', 'judicial-practice'],
      citations: [
        c(1, 'During an August 8 farewell visit to Shanghai, Senior IPR Attachi Mark Cohen engaged Shanghai IP Administration (SIPA)'),
        c(1, 'SIPA Director General Chen Zhixing said USTR\'s 2008 Special 301 Report on Shanghai is "impartial and objective."'),
        c(2, 'DG Chen relayed his appreciation for Cohen\'s support of Shanghai and welcomed further collaboration with the U.S. Mission in China'),
        c(2, 'Regarding the 2007 Special 301 Report on China, Chen welcomed the report\'s language about Shanghai, saying it is "impartial and objective."'),
        c(2, 'Chen also acknowledged that the report\'s criticism of Shanghai retail counterfeit markets is an "accurate assessment of the situation."'),
        c(3, 'According to Chen, Shanghai is striving to implement the National IP Strategy that was released in early June'),
        c(3, 'Although the deadline of July 25 had passed to submit comments, Chen agreed to still accept comments from the U.S. Mission'),
      ],
    },
    {
      id: 'sh-complaint-center',
      title: 'Shanghai IPR Complaint Center',
      theme: 'Complaint center caseload',
      kind: 'meeting',
      place: SHANGHAI,
      date: day('2008-08-08', AUGUST_8_VISIT),
      summary:
        'At Shanghai\'s IPR Complaint Center, Director Yang Hui briefed Cohen on the division of the office into the Shanghai Service Center for IP Protection and the Shanghai Consumer Complaint and Report Center, and noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center, in July 2006, and has since added 7 district level IPR complaint centers. Yang added that since its establishment the Center has fielded 3,273 complaints and inquiries and has opened and referred 151 IPR cases, 71 of them trademark cases, and that complaints from foreign rights holders are increasing as foreigners become more familiar with the Center.',
      summaryVoice: 'reported',
      organizationIds: ['shanghai-ipr-complaint-center', 'shanghai-ip-protection-service-center', 'shanghai-consumer-complaint-center'],
      participantIds: ['mark-cohen', 'yang-hui'],
      paragraphs: [4, 5],
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [
        c(1, 'During an August 8 farewell visit to Shanghai, Senior IPR Attachi Mark Cohen engaged Shanghai IP Administration (SIPA), Shanghai IPR Complaint Center'),
        c(4, 'During a meeting at Shanghai\'s IPR Complaint Center, Director Yang Hui briefed Cohen on the division of the office: the Shanghai Service Center for IP Protection and the Shanghai Consumer Complaint and Report Center'),
        c(4, 'Yang noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center in July 2006 and has since added 7 district level IPR complaint centers'),
        c(5, 'Since its establishment, the Center has fielded 3,273 complaints and inquiries'),
        c(5, 'Of these, the Center has opened and referred 151 IPR cases'),
        c(5, 'The cases included 71 trademark cases'),
        c(5, 'Yang added that complaints from foreign rights holders are increasing as foreigners become more familiar with the Center'),
      ],
    },
    {
      id: 'sh-aic',
      title: 'Shanghai Administration of Industry and Commerce (SAIC)',
      theme: 'Counterfeit markets and landlord liability',
      kind: 'meeting',
      place: SHANGHAI,
      date: day('2008-08-08', AUGUST_8_VISIT),
      summary:
        'Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets and encouraged U.S. right holders to be more proactive in working with AIC to protect their rights. In Chen\'s outline, Shanghai recently began using landlord liability to crack down on offending vendors; Chen said that within the past year over 100 tenants have been evicted under the new guideline, and the cable comments that the problem with the initiative is that it is non-compulsory in nature. Chen expressed that part of Shanghai\'s counterfeit market problem is due to the propensity of foreigners to buy fakes; the cable comments that Shanghai\'s counterfeit markets are equally full of local shoppers.',
      summaryVoice: 'reported',
      organizationIds: ['shanghai-aic', 'shanghai-market-owners', 'rights-holders'],
      participantIds: ['mark-cohen', 'chen-xuejun'],
      paragraphs: [6, 7],
      topicIds: ['counterfeit-markets', 'landlord-liability'],
      citations: [
        c(1, 'During an August 8 farewell visit to Shanghai, Senior IPR Attachi Mark Cohen engaged Shanghai IP Administration (SIPA), Shanghai IPR Complaint Center, and Shanghai Administration of Industry and Commerce (SAIC) officials'),
        c(1, 'SAIC Deputy Director said that as a result of efforts on landlord liability, over 100 tenants have been evicted'),
        c(6, 'Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets and encouraged U.S. right holders to be more proactive in working with AIC to protect their rights'),
        c(6, 'Shanghai recently began using landlord liability as a means to crack down on offending vendors'),
        c(6, 'The problem with the initiative is that it is non-compulsory in nature'),
        c(6, 'Within the past year, over 100 tenants have been evicted under this new guideline'),
        c(7, 'Chen expressed that part of Shanghai\'s counterfeit market problem is due to the propensity of foreigners to buy fakes'),
        c(7, 'However, Shanghai\'s counterfeit markets are equally full of local shoppers'),
      ],
    },
    {
      // The Comment paragraph (¶8) is undated beyond the cable itself; the header date is not a paragraph.
      // Place: ¶8 states none (a comment is written, not held). Shanghai is the post's city (Consulate
      // Shanghai, the cable's author), kept as the convention; see the audit's Unsure list.
      id: 'sh-consulate-comment',
      title: 'Consulate comment',
      theme: 'Determination admirable in many respects; infringers largely unchecked',
      kind: 'assessment',
      place: SHANGHAI,
      date: null,
      summary:
        'The Consulate comments that in many respects Shanghai\'s determination to protect IP is admirable: its courts are some of the top IP case litigation venues in the country, with a relatively high percentage of foreign related cases, Shanghai Customs is an active proponent of IP protection, and the city\'s administrative offices actively reach out to partner with the Chinese and foreign business communities. Yet the purveyors of infringing goods remain largely unchecked: although Shanghai and the Central Government have touted the closure of Xiangyang, the city\'s premier counterfeit market, for over two years, they have allowed several other markets to spring up and thrive in its place.',
      summaryVoice: 'cable',
      organizationIds: ['us-consulate-shanghai', 'shanghai-courts', 'shanghai-customs', 'chinese-government', 'xiangyang-market'],
      participantIds: [],
      paragraphs: [8],
      topicIds: ['judicial-practice', 'counterfeit-markets'],
      citations: [
        c(8, 'In many respects, Shanghai\'s determination to protect IP is admirable'),
        c(8, 'The courts are some of the top IP case litigation venues in the country and have a relatively high percentage of foreign related cases'),
        c(8, 'Shanghai Customs is an active proponent of IP protection; and the city\'s administrative offices actively reach out to partner with the Chinese and foreign business communities'),
        c(8, 'Yet, the purveyors of infringing goods, both on the streets and with small retail establishments, remain largely unchecked'),
        c(8, 'Although Shanghai and the Central Government have touted the closure of the city\'s premier counterfeit market, Xiangyang, for over two years, they have allowed several other markets to spring up and thrive in its place'),
      ],
    },
  ],

  // ── Issues ───────────────────────────────────────────────────────────────
  issues: [
    // SIPA (¶1–3)
    {
      id: 'sh-sipa-special-301',
      venueId: 'sh-sipa',
      title: 'The Special 301 Report\'s language about Shanghai',
      summary:
        'The cable\'s summary has SIPA Director General Chen Zhixing say that USTR\'s 2008 Special 301 Report on Shanghai is "impartial and objective"; the body names the 2007 Special 301 Report on China instead, and says Chen welcomed the report\'s language about Shanghai, saying it is "impartial and objective." He noted his appreciation for recognizing Shanghai as "a relatively bright spot in China\'s IPR protection environment" and for pointing out Shanghai\'s accomplishments in the judicial arena, and acknowledged that the report\'s criticism of Shanghai retail counterfeit markets is an "accurate assessment of the situation."',
      summaryVoice: 'reported',
      topicIds: ['special-301', 'counterfeit-markets', 'judicial-practice'],
      organizationIds: ['sipa', 'ustr'],
      citations: [
        c(1, 'SIPA Director General Chen Zhixing said USTR\'s 2008 Special 301 Report on Shanghai is "impartial and objective."'),
        c(2, 'Regarding the 2007 Special 301 Report on China, Chen welcomed the report\'s language about Shanghai, saying it is "impartial and objective."'),
        c(2, 'He noted his appreciation for recognizing Shanghai as "a relatively bright spot in China\'s IPR protection environment" and for pointing out Shanghai\'s accomplishments in the judicial arena'),
        c(2, 'Chen also acknowledged that the report\'s criticism of Shanghai retail counterfeit markets is an "accurate assessment of the situation."'),
      ],
    },
    {
      id: 'sh-sipa-collaboration',
      venueId: 'sh-sipa',
      title: 'Appreciation and further collaboration',
      summary:
        'The cable\'s summary says Cohen engaged SIPA, Shanghai IPR Complaint Center and SAIC officials on current initiatives and opportunities for cooperation during his August 8 farewell visit to Shanghai. DG Chen relayed his appreciation for Cohen\'s support of Shanghai and welcomed further collaboration with the U.S. Mission in China.',
      summaryVoice: 'reported',
      topicIds: ['exchanges-and-training'],
      organizationIds: ['sipa', 'us-mission-china', 'shanghai-ipr-complaint-center', 'shanghai-aic'],
      citations: [
        c(1, 'During an August 8 farewell visit to Shanghai, Senior IPR Attachi Mark Cohen engaged Shanghai IP Administration (SIPA), Shanghai IPR Complaint Center, and Shanghai Administration of Industry and Commerce (SAIC) officials on current initiatives and opportunities for cooperation'),
        c(2, 'DG Chen relayed his appreciation for Cohen\'s support of Shanghai and welcomed further collaboration with the U.S. Mission in China'),
      ],
    },
    {
      id: 'sh-sipa-ip-strategy',
      venueId: 'sh-sipa',
      title: 'Implementing the National IP Strategy',
      summary:
        'The cable\'s summary says Chen welcomed comments from the USG on how Shanghai should implement the Outline of the National IP Strategy. According to Chen, Shanghai is striving to implement the National IP Strategy that was released in early June; soon after its release the Shanghai IP Administration established a website welcoming public comment on the city\'s implementation of the strategy; and Shanghai is the first city in China to welcome such public comment. Although the deadline of July 25 had passed, Chen agreed to still accept comments from the U.S. Mission. The cable adds that, in addition to implementing the strategy, Shanghai continues to focus on counterfeit markets, Internet-related infringement, and trade fairs.',
      summaryVoice: 'reported',
      topicIds: ['national-ip-strategy', 'exchanges-and-training', 'counterfeit-markets'],
      organizationIds: ['sipa', 'us-government', 'us-mission-china'],
      citations: [
        c(1, 'He also welcomed comments from the USG on how Shanghai should implement the Outline of the National IP Strategy'),
        c(3, 'According to Chen, Shanghai is striving to implement the National IP Strategy that was released in early June'),
        c(3, 'Soon after its release, the Shanghai IP Administration established a website welcoming public comment on the city\'s implementation of the strategy'),
        c(3, 'According to Chen, Shanghai is the first city in China to welcome such public comment'),
        c(3, 'Although the deadline of July 25 had passed to submit comments, Chen agreed to still accept comments from the U.S. Mission'),
        c(3, 'In addition to implementing the strategy, Shanghai continues to focus on counterfeit markets, Internet-related infringement, and trade fairs'),
      ],
    },

    // Shanghai IPR Complaint Center (¶4–5)
    {
      id: 'sh-cc-organization',
      venueId: 'sh-complaint-center',
      title: 'How the complaint center is organized',
      summary:
        'Director Yang Hui briefed Cohen on the division of the office into the Shanghai Service Center for IP Protection and the Shanghai Consumer Complaint and Report Center: the former deals strictly with IPR-related complaints and the latter with complaints of poor quality products and services, and although the Consumer Complaint Center was established several years before the IPR Protection Center, Shanghai decided to combine the two components to help with information sharing. Yang noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center, in July 2006, and has since added 7 district level IPR complaint centers, mostly located in high-tech industrial parks. In a note, the cable adds that the IPR complaint center was co-located with the consumer complaint center run by SAIC, that consumer complaint centers generally are more deeply staffed and receive more complaints than the IPR complaint centers, and that the two can refer cases to each other.',
      summaryVoice: 'reported',
      topicIds: ['complaint-centers'],
      organizationIds: ['shanghai-ipr-complaint-center', 'shanghai-ip-protection-service-center', 'shanghai-consumer-complaint-center', 'shanghai-aic'],
      citations: [
        c(4, 'Director Yang Hui briefed Cohen on the division of the office: the Shanghai Service Center for IP Protection and the Shanghai Consumer Complaint and Report Center'),
        c(4, 'The former deals strictly with IPR-related complaints and the latter handles complaints of poor quality products and services'),
        c(4, 'Although the Consumer Complaint Center was established several years prior to the IPR Protection Center, Shanghai decided to combine the two components to help with information sharing'),
        c(4, 'Yang noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center in July 2006 and has since added 7 district level IPR complaint centers, mostly located in high-tech industrial parks'),
        c(5, 'The IPR complaint center was co-located with the consumer complaint center run by SAIC'),
        c(5, 'The consumer complaint centers generally are more deeply staffed and receive more complaints than the IPR complaint centers'),
        c(5, 'The IPR complaint centers and consumer complaint centers also can refer cases to each other'),
      ],
    },
    {
      id: 'sh-cc-caseload',
      venueId: 'sh-complaint-center',
      title: 'Complaints, cases and foreign users',
      summary:
        'Yang added that since its establishment the Center has fielded 3,273 complaints and inquiries and has opened and referred 151 IPR cases: 71 trademark, 66 copyright and 13 patent cases, and 1 case related to the Olympics; that domestic Chinese companies had initiated 136 of the cases, U.S. companies 10 and European companies 5; and that complaints from foreign rights holders are increasing as foreigners become more familiar with the Center. The cable\'s summary says the Center emphasized that foreigners are increasingly making use of the complaint center as they are becoming familiar with its services. The cable adds that the U.S. Motion Picture Association had also filed several cases at the Center upon Cohen\'s suggestion, similar to what MPAA had done in Beijing, where a large percentage of foreign related cases originate from MPAA.',
      summaryVoice: 'reported',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      organizationIds: ['shanghai-ipr-complaint-center', 'rights-holders', 'us-motion-picture-association'],
      citations: [
        c(1, 'The Shanghai IP Complaint Center emphasized that foreigners are increasingly making use of the complaint center as they are becoming familiar with its services'),
        c(5, 'Since its establishment, the Center has fielded 3,273 complaints and inquiries'),
        c(5, 'Of these, the Center has opened and referred 151 IPR cases'),
        c(5, 'The cases included 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics'),
        c(5, 'Domestic Chinese companies had initiated 136 of the cases, U.S. companies - 10 cases, and European companies - 5 cases'),
        c(5, 'Yang added that complaints from foreign rights holders are increasing as foreigners become more familiar with the Center'),
        c(5, 'The U.S. Motion Picture Association had also filed several cases at the Shanghai Complaint Center upon Cohen\'s suggestion, a development similar to what MPAA had done in Beijing where a large percentage of foreign related cases originate from MPAA'),
      ],
    },

    // Shanghai AIC (¶6–7)
    {
      id: 'sh-aic-landlord-liability',
      venueId: 'sh-aic',
      title: 'Landlord liability in retail counterfeit markets',
      summary:
        'Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets and encouraged U.S. right holders to be more proactive in working with AIC to protect their rights. In Chen\'s outline, Shanghai recently began using landlord liability as a means to crack down on offending vendors: AIC encourages market owners to sign contracts with tenants and provides landlords with sample contracts. According to Chen, if a tenant continues selling counterfeits after the second warning, the owner should evict the tenant from the market. The cable comments that the problem with the initiative is that it is non-compulsory in nature. Chen said that within the past year over 100 tenants have been evicted under this new guideline (the cable\'s summary has the SAIC Deputy Director say that, as a result of efforts on landlord liability, over 100 tenants have been evicted from markets around Shanghai). In a note, the cable adds that one U.S. company already notified the Consulate that it plans to file a law suit against a Shanghai market owner under the new landlord liability provisions.',
      summaryVoice: 'reported',
      topicIds: ['landlord-liability', 'counterfeit-markets'],
      organizationIds: ['shanghai-aic', 'shanghai-market-owners', 'rights-holders', 'us-consulate-shanghai'],
      citations: [
        c(1, 'SAIC Deputy Director said that as a result of efforts on landlord liability, over 100 tenants have been evicted from markets around Shanghai'),
        c(6, 'Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets and encouraged U.S. right holders to be more proactive in working with AIC to protect their rights'),
        c(6, 'Shanghai recently began using landlord liability as a means to crack down on offending vendors'),
        c(6, 'AIC encourages market owners to sign contracts with tenants and provides landlords with sample contracts that can be followed'),
        c(6, 'According to Chen, if a tenant continues selling counterfeits after the second warning, the owner should evict the tenant from the market'),
        c(6, 'The problem with the initiative is that it is non-compulsory in nature'),
        c(6, 'Within the past year, over 100 tenants have been evicted under this new guideline'),
        c(6, 'One U.S. company already notified the Consulate that it plans to file a law suit against a Shanghai market owner under the new landlord liability provisions'),
      ],
    },
    {
      id: 'sh-aic-foreign-buyers',
      venueId: 'sh-aic',
      title: 'Whether foreigners drive counterfeit market demand',
      summary:
        'Chen expressed that part of Shanghai\'s counterfeit market problem is due to the propensity of foreigners to buy fakes; as an example he noted a media report about singer Celine Dion buying fake goods in Shanghai, and he added that NBA basketball players also visited counterfeit markets during their stay in the city. The cable\'s summary states that "foreigners frequenting counterfeit markets continue to be a problem." In a comment, the cable says that blaming foreigners for counterfeit market demand is a common refrain among Shanghai IP officials, and that Shanghai\'s counterfeit markets are equally full of local shoppers.',
      summaryVoice: 'reported',
      topicIds: ['counterfeit-markets'],
      organizationIds: ['shanghai-aic', 'us-consulate-shanghai'],
      citations: [
        c(1, 'However, foreigners frequenting counterfeit markets continue to be a problem'),
        c(7, 'Chen expressed that part of Shanghai\'s counterfeit market problem is due to the propensity of foreigners to buy fakes'),
        c(7, 'he noted a media report about singer, Celine Dion buying fake goods in Shanghai'),
        c(7, 'He added that NBA basketball players also visited counterfeit markets during their stay in the city'),
        c(7, 'Blaming foreigners for counterfeit market demand is a common refrain among Shanghai IP officials'),
        c(7, 'However, Shanghai\'s counterfeit markets are equally full of local shoppers'),
      ],
    },

    // Consulate comment (¶8)
    {
      id: 'sh-comment-admirable',
      venueId: 'sh-consulate-comment',
      title: 'Where Shanghai\'s determination shows',
      summary:
        'In many respects, Shanghai\'s determination to protect IP is admirable: the courts are some of the top IP case litigation venues in the country and have a relatively high percentage of foreign related cases as well as cases involving Chinese litigants from outside of Shanghai; Shanghai Customs is an active proponent of IP protection; and the city\'s administrative offices actively reach out to partner with the Chinese and foreign business communities. Shanghai has been attracting a foreign R&D community, particularly in the biotech sector.',
      summaryVoice: 'cable',
      topicIds: ['judicial-practice'],
      organizationIds: ['us-consulate-shanghai', 'shanghai-courts', 'shanghai-customs'],
      citations: [
        c(8, 'In many respects, Shanghai\'s determination to protect IP is admirable'),
        c(8, 'The courts are some of the top IP case litigation venues in the country and have a relatively high percentage of foreign related cases as well as cases involving Chinese litigants from outside of Shanghai'),
        c(8, 'Shanghai Customs is an active proponent of IP protection; and the city\'s administrative offices actively reach out to partner with the Chinese and foreign business communities'),
        c(8, 'Shanghai has been attracting a foreign R&D community, particularly in the biotech sector'),
      ],
    },
    {
      id: 'sh-comment-unchecked',
      venueId: 'sh-consulate-comment',
      title: 'Infringers largely unchecked; several other markets thrive in Xiangyang\'s place',
      summary:
        'Yet the purveyors of infringing goods, both on the streets and with small retail establishments, remain largely unchecked. Although Shanghai and the Central Government have touted the closure of the city\'s premier counterfeit market, Xiangyang, for over two years, they have allowed several other markets to spring up and thrive in its place. In this case, inaction speaks louder than words.',
      summaryVoice: 'cable',
      topicIds: ['counterfeit-markets'],
      organizationIds: ['us-consulate-shanghai', 'chinese-government', 'xiangyang-market'],
      citations: [
        c(8, 'Yet, the purveyors of infringing goods, both on the streets and with small retail establishments, remain largely unchecked'),
        c(8, 'Although Shanghai and the Central Government have touted the closure of the city\'s premier counterfeit market, Xiangyang, for over two years, they have allowed several other markets to spring up and thrive in its place'),
        c(8, 'In this case, inaction speaks louder than words'),
      ],
    },
  ],

  // ── Positions ────────────────────────────────────────────────────────────
  // Rendered as "<Speaker> <reportingVerb>: <paraphrase>"; reportingVerb null reads "The cable states: ...".
  // One verb per position: a sentence with two verbs ("relayed ... and welcomed") is split.
  positions: [
    // sh-sipa-special-301 (¶1, ¶2)
    {
      // One remark the cable gives twice, with two reports: its summary (¶1) "USTR's 2008 Special 301 Report
      // on Shanghai", its body (¶2) "the 2007 Special 301 Report on China". One position, both named, so no
      // slide or count shows it as two remarks on two reports. The body's verb and wording; the summary's
      // version (verb "said") is the dashboard's bracketed note, outside Chen's words.
      id: 'sh-sipa-report-impartial',
      issueId: 'sh-sipa-special-301',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'welcomed',
      paraphrase:
        'The language about Shanghai in the 2007 Special 301 Report on China, saying it is "impartial and objective." [In the cable\'s summary (¶1), Chen said USTR\'s 2008 Special 301 Report on Shanghai is "impartial and objective."]',
      citations: [
        c(2, 'Regarding the 2007 Special 301 Report on China, Chen welcomed the report\'s language about Shanghai, saying it is "impartial and objective."'),
        c(1, 'SIPA Director General Chen Zhixing said USTR\'s 2008 Special 301 Report on Shanghai is "impartial and objective."'),
      ],
    },
    {
      id: 'sh-sipa-bright-spot',
      issueId: 'sh-sipa-special-301',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'His appreciation for recognizing Shanghai as "a relatively bright spot in China\'s IPR protection environment" and for pointing out Shanghai\'s accomplishments in the judicial arena.',
      citations: [
        c(2, 'He noted his appreciation for recognizing Shanghai as "a relatively bright spot in China\'s IPR protection environment" and for pointing out Shanghai\'s accomplishments in the judicial arena'),
      ],
    },
    {
      id: 'sh-sipa-criticism-accurate',
      issueId: 'sh-sipa-special-301',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'acknowledged',
      paraphrase: 'The report\'s criticism of Shanghai retail counterfeit markets is an "accurate assessment of the situation."',
      citations: [
        c(2, 'Chen also acknowledged that the report\'s criticism of Shanghai retail counterfeit markets is an "accurate assessment of the situation."'),
      ],
    },

    // sh-sipa-collaboration (¶1, ¶2)
    {
      id: 'sh-sipa-appreciation',
      issueId: 'sh-sipa-collaboration',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'relayed',
      paraphrase: 'His appreciation for Cohen\'s support of Shanghai.',
      citations: [c(2, 'DG Chen relayed his appreciation for Cohen\'s support of Shanghai')],
    },
    {
      id: 'sh-sipa-welcomes-collaboration',
      issueId: 'sh-sipa-collaboration',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'request',
      reportingVerb: 'welcomed',
      paraphrase: 'Further collaboration with the U.S. Mission in China.',
      citations: [c(2, 'DG Chen relayed his appreciation for Cohen\'s support of Shanghai and welcomed further collaboration with the U.S. Mission in China')],
    },

    // sh-sipa-ip-strategy (¶1, ¶3)
    {
      // ¶1 (the cable's summary) only; ¶3 has the narrower "Chen agreed to still accept comments".
      id: 'sh-sipa-welcomes-usg-comments',
      issueId: 'sh-sipa-ip-strategy',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'request',
      reportingVerb: 'welcomed',
      paraphrase: 'Comments from the USG on how Shanghai should implement the Outline of the National IP Strategy.',
      citations: [c(1, 'He also welcomed comments from the USG on how Shanghai should implement the Outline of the National IP Strategy')],
    },
    {
      id: 'sh-sipa-striving-to-implement',
      issueId: 'sh-sipa-ip-strategy',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'according to',
      paraphrase: 'Shanghai is striving to implement the National IP Strategy that was released in early June.',
      citations: [c(3, 'According to Chen, Shanghai is striving to implement the National IP Strategy that was released in early June')],
    },
    {
      // Chen's account, not the cable's voice: ¶3 puts it between "According to Chen, Shanghai is
      // striving to implement..." and "According to Chen, Shanghai is the first city...".
      id: 'sh-sipa-comment-website',
      issueId: 'sh-sipa-ip-strategy',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'according to',
      paraphrase:
        'Soon after the National IP Strategy\'s release, the Shanghai IP Administration established a website welcoming public comment on the city\'s implementation of the strategy.',
      citations: [
        c(3, 'Soon after its release, the Shanghai IP Administration established a website welcoming public comment on the city\'s implementation of the strategy'),
      ],
    },
    {
      id: 'sh-sipa-first-city',
      issueId: 'sh-sipa-ip-strategy',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'according to',
      paraphrase: 'Shanghai is the first city in China to welcome such public comment on its implementation of the strategy.',
      citations: [c(3, 'According to Chen, Shanghai is the first city in China to welcome such public comment')],
    },
    {
      id: 'sh-sipa-accepts-mission-comments',
      issueId: 'sh-sipa-ip-strategy',
      organizationId: 'sipa',
      personId: 'chen-zhixing',
      side: 'China',
      kind: 'commitment',
      // "Although the deadline of July 25 had passed" is the cable's framing of Chen's act, not his words: a
      // bracketed note that says it is the cable's.
      reportingVerb: 'agreed to still accept',
      paraphrase: 'Comments from the U.S. Mission. [The cable says the deadline of July 25 had passed to submit comments.]',
      citations: [c(3, 'Although the deadline of July 25 had passed to submit comments, Chen agreed to still accept comments from the U.S. Mission')],
      hedgeNotes: [{ hedge: 'still', why: 'Kept in the reporting verb, the cable\'s "agreed to still accept", which the line shows before the paraphrase.' }],
    },
    {
      // The cable's own voice, conservatively (audit of 2026-12-04): it closes ¶3 after the narrated
      // "Chen agreed to still accept comments", outside the two "According to Chen" sentences, and no
      // attribution follows it. It may be Chen's or the Consulate's summing-up; the cable does not say.
      id: 'sh-shanghai-focus-areas',
      issueId: 'sh-sipa-ip-strategy',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'In addition to implementing the strategy, Shanghai continues to focus on counterfeit markets, Internet-related infringement, and trade fairs.',
      citations: [c(3, 'In addition to implementing the strategy, Shanghai continues to focus on counterfeit markets, Internet-related infringement, and trade fairs')],
    },

    // sh-cc-organization (¶4, ¶5 note)
    {
      id: 'sh-cc-division',
      issueId: 'sh-cc-organization',
      organizationId: 'shanghai-ipr-complaint-center',
      personId: 'yang-hui',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'briefed Cohen on',
      paraphrase: 'The division of the office into the Shanghai Service Center for IP Protection and the Shanghai Consumer Complaint and Report Center.',
      citations: [
        c(4, 'Director Yang Hui briefed Cohen on the division of the office: the Shanghai Service Center for IP Protection and the Shanghai Consumer Complaint and Report Center'),
      ],
    },
    {
      // Yang's briefing, not the cable's voice: ¶4 s2–s3 spell out "the division of the office" that
      // "Director Yang Hui briefed Cohen on ...:", before "Yang noted". Verb: ¶4's "briefed Cohen".
      id: 'sh-cc-two-components',
      issueId: 'sh-cc-organization',
      organizationId: 'shanghai-ipr-complaint-center',
      personId: 'yang-hui',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'briefed Cohen',
      paraphrase:
        'The Shanghai Service Center for IP Protection deals strictly with IPR-related complaints and the Shanghai Consumer Complaint and Report Center handles complaints of poor quality products and services. Although the Consumer Complaint Center was established several years prior to the IPR Protection Center, Shanghai decided to combine the two components to help with information sharing.',
      citations: [
        c(4, 'The former deals strictly with IPR-related complaints and the latter handles complaints of poor quality products and services'),
        c(4, 'Although the Consumer Complaint Center was established several years prior to the IPR Protection Center, Shanghai decided to combine the two components to help with information sharing'),
      ],
    },
    {
      id: 'sh-cc-one-of-first-cities',
      issueId: 'sh-cc-organization',
      organizationId: 'shanghai-ipr-complaint-center',
      personId: 'yang-hui',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'Shanghai was one of the first cities in China to establish an IPR Complaint Center, in July 2006, and has since added 7 district level IPR complaint centers, mostly located in high-tech industrial parks.',
      citations: [
        c(4, 'Yang noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center in July 2006 and has since added 7 district level IPR complaint centers, mostly located in high-tech industrial parks'),
      ],
    },
    {
      // The cable's Note in ¶5.
      id: 'sh-cc-colocated-note',
      issueId: 'sh-cc-organization',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'The IPR complaint center was co-located with the consumer complaint center run by SAIC. The consumer complaint centers generally are more deeply staffed and receive more complaints than the IPR complaint centers, and the two kinds of centers also can refer cases to each other.',
      citations: [
        c(5, 'The IPR complaint center was co-located with the consumer complaint center run by SAIC'),
        c(5, 'The consumer complaint centers generally are more deeply staffed and receive more complaints than the IPR complaint centers'),
        c(5, 'The IPR complaint centers and consumer complaint centers also can refer cases to each other'),
      ],
    },

    // sh-cc-caseload (¶1, ¶5)
    {
      // Yang's account, not the cable's voice: ¶5 s1–s4 come between ¶4's "Yang noted" and ¶5's "Yang
      // added that complaints from foreign rights holders are increasing", whose "added" marks what
      // went before as Yang's too. Verb: ¶5's "added".
      id: 'sh-cc-caseload-figures',
      issueId: 'sh-cc-caseload',
      organizationId: 'shanghai-ipr-complaint-center',
      personId: 'yang-hui',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase:
        'Since its establishment, the Center has fielded 3,273 complaints and inquiries; of these, it has opened and referred 151 IPR cases: 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics. Domestic Chinese companies had initiated 136 of the cases, U.S. companies 10 cases, and European companies 5 cases.',
      citations: [
        c(5, 'Since its establishment, the Center has fielded 3,273 complaints and inquiries'),
        c(5, 'Of these, the Center has opened and referred 151 IPR cases'),
        c(5, 'The cases included 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics'),
        c(5, 'Domestic Chinese companies had initiated 136 of the cases, U.S. companies - 10 cases, and European companies - 5 cases'),
      ],
    },
    {
      // The cable's summary gives this to the Center, with no person.
      id: 'sh-cc-foreigners-increasingly',
      issueId: 'sh-cc-caseload',
      organizationId: 'shanghai-ipr-complaint-center',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'emphasized',
      paraphrase: 'Foreigners are increasingly making use of the complaint center as they are becoming familiar with its services.',
      citations: [
        c(1, 'The Shanghai IP Complaint Center emphasized that foreigners are increasingly making use of the complaint center as they are becoming familiar with its services'),
      ],
    },
    {
      id: 'sh-cc-foreign-complaints-increasing',
      issueId: 'sh-cc-caseload',
      organizationId: 'shanghai-ipr-complaint-center',
      personId: 'yang-hui',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'Complaints from foreign rights holders are increasing as foreigners become more familiar with the Center.',
      citations: [c(5, 'Yang added that complaints from foreign rights holders are increasing as foreigners become more familiar with the Center')],
    },
    {
      // Left in the cable's voice, unsure: it follows Yang's "added" ("had also filed"), but "upon
      // Cohen's suggestion" and the comparison with MPAA in Beijing read as the post's own; see the header.
      id: 'sh-mpaa-cases',
      issueId: 'sh-cc-caseload',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'The U.S. Motion Picture Association had also filed several cases at the Shanghai Complaint Center upon Cohen\'s suggestion, a development similar to what MPAA had done in Beijing, where a large percentage of foreign related cases originate from MPAA.',
      citations: [
        c(5, 'The U.S. Motion Picture Association had also filed several cases at the Shanghai Complaint Center upon Cohen\'s suggestion, a development similar to what MPAA had done in Beijing where a large percentage of foreign related cases originate from MPAA'),
      ],
    },

    // sh-aic-landlord-liability (¶1, ¶6)
    {
      id: 'sh-aic-outlined-efforts',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'outlined',
      paraphrase: 'Shanghai\'s efforts to fight retail counterfeit markets.',
      citations: [c(6, 'Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets')],
    },
    {
      id: 'sh-aic-right-holders-proactive',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'recommendation',
      reportingVerb: 'encouraged',
      paraphrase: 'U.S. right holders [should] be more proactive in working with AIC to protect their rights.',
      citations: [
        c(6, 'Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets and encouraged U.S. right holders to be more proactive in working with AIC to protect their rights'),
      ],
      hedgeNotes: [{ hedge: 'efforts', why: '"Shanghai\'s efforts" is in the clause Chen outlined, kept in sh-aic-outlined-efforts.' }],
    },
    {
      // ¶1 (the cable's summary): "SAIC Deputy Director said"; ¶6 names the Deputy Director, Chen Xuejun.
      id: 'sh-aic-evictions-said',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'As a result of efforts on landlord liability, over 100 tenants have been evicted from markets around Shanghai.',
      citations: [
        c(1, 'SAIC Deputy Director said that as a result of efforts on landlord liability, over 100 tenants have been evicted from markets around Shanghai'),
      ],
    },
    {
      // Chen Xuejun's account, not the cable's voice: ¶6 s2–s3 spell out the "efforts to fight retail
      // counterfeit markets" he "outlined", before "According to Chen". Verb: ¶6's "outlined".
      id: 'sh-landlord-liability-began',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'outlined',
      paraphrase:
        'Shanghai recently began using landlord liability as a means to crack down on offending vendors. AIC encourages market owners to sign contracts with tenants and provides landlords with sample contracts that can be followed.',
      citations: [
        c(6, 'Shanghai recently began using landlord liability as a means to crack down on offending vendors'),
        c(6, 'AIC encourages market owners to sign contracts with tenants and provides landlords with sample contracts that can be followed'),
      ],
    },
    {
      id: 'sh-aic-evict-after-second-warning',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'according to',
      paraphrase: 'If a tenant continues selling counterfeits after the second warning, the owner should evict the tenant from the market.',
      citations: [c(6, 'According to Chen, if a tenant continues selling counterfeits after the second warning, the owner should evict the tenant from the market')],
    },
    {
      // The cable's Comment inside ¶6.
      id: 'sh-landlord-liability-non-compulsory',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase: 'The problem with the landlord liability initiative is that it is non-compulsory in nature.',
      citations: [c(6, 'The problem with the initiative is that it is non-compulsory in nature')],
    },
    {
      // Chen Xuejun's account, not the cable's voice: ¶1 attributes the count ("SAIC Deputy Director said
      // that ... over 100 tenants have been evicted"), and in ¶6 it follows "According to Chen" (past the
      // bracketed Comment). ¶1 is cited for its verb "said"; its wording is sh-aic-evictions-said.
      id: 'sh-tenants-evicted-past-year',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'Within the past year, over 100 tenants have been evicted under this new guideline.',
      citations: [
        c(6, 'Within the past year, over 100 tenants have been evicted under this new guideline'),
        c(1, 'SAIC Deputy Director said that as a result of efforts on landlord liability, over 100 tenants have been evicted'),
      ],
      hedgeNotes: [
        { hedge: 'efforts', why: '¶1 is cited for its verb; "as a result of efforts on landlord liability" is kept in sh-aic-evictions-said.' },
      ],
    },
    {
      // The cable's Note inside ¶6.
      id: 'sh-us-company-lawsuit-note',
      issueId: 'sh-aic-landlord-liability',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'One U.S. company already notified the Consulate that it plans to file a law suit against a Shanghai market owner under the new landlord liability provisions.',
      citations: [
        c(6, 'One U.S. company already notified the Consulate that it plans to file a law suit against a Shanghai market owner under the new landlord liability provisions'),
      ],
    },

    // sh-aic-foreign-buyers (¶7; ¶1's summary sentence is cited by the issue only)
    {
      id: 'sh-aic-foreigners-propensity',
      issueId: 'sh-aic-foreign-buyers',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      // ¶7 "Chen expressed that ...": "[The view that]" is the dashboard's, for the verb's object; not
      // "concern", which the cable does not say.
      reportingVerb: 'expressed',
      paraphrase: '[The view that] part of Shanghai\'s counterfeit market problem is due to the propensity of foreigners to buy fakes.',
      citations: [c(7, 'Chen expressed that part of Shanghai\'s counterfeit market problem is due to the propensity of foreigners to buy fakes')],
    },
    {
      // A media report Chen noted, not a fact the cable states.
      id: 'sh-aic-celine-dion-report',
      issueId: 'sh-aic-foreign-buyers',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase: 'As an example, a media report about singer Celine Dion buying fake goods in Shanghai.',
      citations: [c(7, 'As an example, he noted a media report about singer, Celine Dion buying fake goods in Shanghai')],
    },
    {
      id: 'sh-aic-nba-players',
      issueId: 'sh-aic-foreign-buyers',
      organizationId: 'shanghai-aic',
      personId: 'chen-xuejun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'NBA basketball players also visited counterfeit markets during their stay in the city.',
      citations: [c(7, 'He added that NBA basketball players also visited counterfeit markets during their stay in the city')],
    },
    {
      // The cable's Comment inside ¶7: it answers Chen's claim.
      id: 'sh-comment-common-refrain',
      issueId: 'sh-aic-foreign-buyers',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Blaming foreigners for counterfeit market demand is a common refrain among Shanghai IP officials. However, Shanghai\'s counterfeit markets are equally full of local shoppers.',
      citations: [
        c(7, 'Blaming foreigners for counterfeit market demand is a common refrain among Shanghai IP officials'),
        c(7, 'However, Shanghai\'s counterfeit markets are equally full of local shoppers'),
      ],
    },

    // sh-comment-admirable (¶8)
    {
      id: 'sh-comment-determination-admirable',
      issueId: 'sh-comment-admirable',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'In many respects, Shanghai\'s determination to protect IP is admirable: the courts are some of the top IP case litigation venues in the country and have a relatively high percentage of foreign related cases as well as cases involving Chinese litigants from outside of Shanghai; Shanghai Customs is an active proponent of IP protection; and the city\'s administrative offices actively reach out to partner with the Chinese and foreign business communities.',
      citations: [
        c(8, 'In many respects, Shanghai\'s determination to protect IP is admirable'),
        c(8, 'The courts are some of the top IP case litigation venues in the country and have a relatively high percentage of foreign related cases as well as cases involving Chinese litigants from outside of Shanghai; Shanghai Customs is an active proponent of IP protection; and the city\'s administrative offices actively reach out to partner with the Chinese and foreign business communities'),
      ],
    },
    {
      id: 'sh-comment-rd-community',
      issueId: 'sh-comment-admirable',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'Shanghai has been attracting a foreign R&D community, particularly in the biotech sector.',
      citations: [c(8, 'Shanghai has been attracting a foreign R&D community, particularly in the biotech sector')],
    },

    // sh-comment-unchecked (¶8)
    {
      id: 'sh-comment-largely-unchecked',
      issueId: 'sh-comment-unchecked',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase: 'Yet the purveyors of infringing goods, both on the streets and with small retail establishments, remain largely unchecked.',
      citations: [c(8, 'Yet, the purveyors of infringing goods, both on the streets and with small retail establishments, remain largely unchecked')],
    },
    {
      id: 'sh-comment-xiangyang',
      issueId: 'sh-comment-unchecked',
      organizationId: 'us-consulate-shanghai',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'Although Shanghai and the Central Government have touted the closure of the city\'s premier counterfeit market, Xiangyang, for over two years, they have allowed several other markets to spring up and thrive in its place. In this case, inaction speaks louder than words.',
      citations: [
        c(8, 'Although Shanghai and the Central Government have touted the closure of the city\'s premier counterfeit market, Xiangyang, for over two years, they have allowed several other markets to spring up and thrive in its place'),
        c(8, 'In this case, inaction speaks louder than words'),
      ],
    },
  ],

  // ── Figures: every number the cable states that bears on enforcement ─────────
  // Left out, because the cable gives no number or the number is not a quantity: "several years"
  // (¶4), "several cases" and "a large percentage" (¶5), "the second warning" (¶6, an ordinal; kept
  // word for word in sh-aic-evict-after-second-warning), "One U.S. company" (¶6 note, one named case,
  // kept in sh-us-company-lawsuit-note), "relatively high percentage" and "several other markets" (¶8),
  // the report years 2007/2008 (¶1–2) and the dates (events).
  // ¶5's case counts are Yang Hui's account (followed by "Yang added that..."), so the Complaint
  // Center is their asserter, as for ¶4's seven district centers.
  figures: [
    {
      // ¶1 has the SAIC Deputy Director say it; ¶6 gives it, in Chen Xuejun's account, "under this new guideline".
      id: 'sh-tenants-evicted',
      label: 'Tenants evicted from markets around Shanghai as a result of efforts on landlord liability, within the past year, under the new guideline',
      value: { kind: 'exact', value: 100 },
      unit: 'tenants',
      qualifiers: ['over', 'within the past year'],
      display: 'over 100 (within the past year)',
      asOf: month('2008-08', '¶6 "Within the past year", read as of the August 8 visit (¶1); the cable is dated 15 August 2008'),
      // ¶1 gives the count to the SAIC Deputy Director; ¶6's sentence ("Within the past year", "under
      // this new guideline", which the label also carries) continues Chen Xuejun's account, not the cable's.
      assertedBy: ['shanghai-aic'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-aic',
      topicIds: ['landlord-liability', 'counterfeit-markets'],
      citations: [
        c(1, 'SAIC Deputy Director said that as a result of efforts on landlord liability, over 100 tenants have been evicted from markets around Shanghai'),
        c(6, 'Within the past year, over 100 tenants have been evicted under this new guideline'),
      ],
    },
    {
      id: 'sh-district-complaint-centers',
      label: 'District level IPR complaint centers Shanghai has added since establishing its IPR Complaint Center in July 2006 (mostly in high-tech industrial parks)',
      value: { kind: 'exact', value: 7 },
      unit: 'complaint centers',
      qualifiers: [],
      display: '7',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers'],
      citations: [
        c(4, 'Yang noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center in July 2006 and has since added 7 district level IPR complaint centers, mostly located in high-tech industrial parks'),
      ],
    },
    {
      id: 'sh-cc-complaints-fielded',
      label: 'Complaints and inquiries the Shanghai IPR Complaint Center has fielded since its establishment',
      value: { kind: 'exact', value: 3273 },
      unit: 'complaints and inquiries',
      qualifiers: [],
      display: '3,273',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'Since its establishment, the Center has fielded 3,273 complaints and inquiries')],
    },
    {
      id: 'sh-cc-cases-referred',
      label: 'IPR cases the Center has opened and referred, of the complaints and inquiries it fielded since its establishment',
      value: { kind: 'exact', value: 151 },
      unit: 'IPR cases',
      qualifiers: [],
      display: '151',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'Of these, the Center has opened and referred 151 IPR cases')],
    },
    {
      id: 'sh-cc-trademark-cases',
      label: 'Trademark cases among the 151 IPR cases the Center opened and referred',
      value: { kind: 'exact', value: 71 },
      unit: 'cases',
      qualifiers: [],
      display: '71',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'The cases included 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics')],
    },
    {
      id: 'sh-cc-copyright-cases',
      label: 'Copyright cases among the 151 IPR cases the Center opened and referred',
      value: { kind: 'exact', value: 66 },
      unit: 'cases',
      qualifiers: [],
      display: '66',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'The cases included 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics')],
    },
    {
      id: 'sh-cc-patent-cases',
      label: 'Patent cases among the 151 IPR cases the Center opened and referred',
      value: { kind: 'exact', value: 13 },
      unit: 'cases',
      qualifiers: [],
      display: '13',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'The cases included 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics')],
    },
    {
      id: 'sh-cc-olympics-cases',
      // One case ("1 case related to the Olympics"): the label in the singular.
      label: 'Case related to the Olympics among the 151 IPR cases the Center opened and referred',
      value: { kind: 'exact', value: 1 },
      unit: 'cases',
      qualifiers: [],
      display: '1',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'The cases included 71 trademark cases, 66 copyright cases, 13 patent cases, and 1 case related to the Olympics')],
    },
    {
      id: 'sh-cc-cases-domestic-companies',
      label: 'Cases, of the 151, that domestic Chinese companies had initiated',
      value: { kind: 'exact', value: 136 },
      unit: 'cases',
      qualifiers: [],
      display: '136',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'Domestic Chinese companies had initiated 136 of the cases, U.S. companies - 10 cases, and European companies - 5 cases')],
    },
    {
      id: 'sh-cc-cases-us-companies',
      label: 'Cases, of the 151, that U.S. companies had initiated',
      value: { kind: 'exact', value: 10 },
      unit: 'cases',
      qualifiers: [],
      display: '10',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'Domestic Chinese companies had initiated 136 of the cases, U.S. companies - 10 cases, and European companies - 5 cases')],
    },
    {
      id: 'sh-cc-cases-european-companies',
      label: 'Cases, of the 151, that European companies had initiated',
      value: { kind: 'exact', value: 5 },
      unit: 'cases',
      qualifiers: [],
      display: '5',
      asOf: day('2008-08-08', AS_OF_CENTER_MEETING),
      assertedBy: ['shanghai-ipr-complaint-center'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(5, 'Domestic Chinese companies had initiated 136 of the cases, U.S. companies - 10 cases, and European companies - 5 cases')],
    },
    {
      id: 'sh-xiangyang-closure-touted',
      label: 'How long Shanghai and the Central Government have touted the closure of Xiangyang, the city\'s premier counterfeit market (while allowing several other markets to spring up and thrive in its place)',
      value: { kind: 'exact', value: 2 },
      unit: 'years',
      qualifiers: ['over'],
      display: 'over 2 years',
      asOf: null,
      assertedBy: ['us-consulate-shanghai'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'sh-consulate-comment',
      topicIds: ['counterfeit-markets'],
      citations: [
        c(8, 'Although Shanghai and the Central Government have touted the closure of the city\'s premier counterfeit market, Xiangyang, for over two years'),
      ],
    },
  ],

  // ── Events: as precise as the cable is ───────────────────────────────────
  // happening: took place by the cable's date; state: a situation over a span.
  // attribution null: the cable states it in its own voice.
  events: [
    {
      id: 'sh-cohen-farewell-visit',
      kind: 'happening',
      start: day('2008-08-08', YEAR_FROM_CABLE),
      end: null,
      label: 'Senior IPR Attache Mark Cohen\'s farewell visit to Shanghai, engaging SIPA, Shanghai IPR Complaint Center and SAIC officials on current initiatives and opportunities for cooperation',
      attribution: null,
      venueId: null,
      topicIds: ['exchanges-and-training'],
      citations: [
        c(1, 'During an August 8 farewell visit to Shanghai, Senior IPR Attachi Mark Cohen engaged Shanghai IP Administration (SIPA), Shanghai IPR Complaint Center, and Shanghai Administration of Industry and Commerce (SAIC) officials on current initiatives and opportunities for cooperation'),
      ],
    },
    {
      id: 'sh-sipa-meeting',
      kind: 'happening',
      start: day('2008-08-08', AUGUST_8_VISIT),
      end: null,
      label: 'Cohen meets SIPA Director General Chen Zhixing',
      attribution: null,
      venueId: 'sh-sipa',
      topicIds: ['special-301', 'national-ip-strategy'],
      citations: [
        c(1, 'Senior IPR Attachi Mark Cohen engaged Shanghai IP Administration (SIPA)'),
        c(2, 'DG Chen relayed his appreciation for Cohen\'s support of Shanghai'),
      ],
    },
    {
      id: 'sh-complaint-center-meeting',
      kind: 'happening',
      start: day('2008-08-08', AUGUST_8_VISIT),
      end: null,
      label: 'Meeting at Shanghai\'s IPR Complaint Center: Director Yang Hui briefs Cohen',
      attribution: null,
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers'],
      citations: [c(4, 'During a meeting at Shanghai\'s IPR Complaint Center, Director Yang Hui briefed Cohen')],
    },
    {
      id: 'sh-aic-meeting',
      kind: 'happening',
      start: day('2008-08-08', AUGUST_8_VISIT),
      end: null,
      label: 'At the Shanghai AIC, Deputy Director Chen Xuejun outlines Shanghai\'s efforts to fight retail counterfeit markets',
      attribution: null,
      venueId: 'sh-aic',
      topicIds: ['counterfeit-markets'],
      citations: [
        c(1, 'Shanghai Administration of Industry and Commerce (SAIC) officials'),
        c(6, 'At the Shanghai Administration of Industry and Commerce (AIC), Deputy Director Chen Xuejun outlined Shanghai\'s efforts to fight retail counterfeit markets'),
      ],
    },
    {
      id: 'sh-ip-strategy-released',
      kind: 'happening',
      start: month('2008-06', YEAR_FROM_CABLE),
      end: null,
      label: 'The National IP Strategy is released, in early June',
      attribution: { organizationId: 'sipa', personId: 'chen-zhixing', reportingVerb: 'according to' },
      venueId: 'sh-sipa',
      topicIds: ['national-ip-strategy'],
      citations: [c(3, 'According to Chen, Shanghai is striving to implement the National IP Strategy that was released in early June')],
    },
    {
      id: 'sh-comment-website-established',
      kind: 'happening',
      // Within the cable's range, not "2008" at large: after the early-June release, before the July 25 deadline for the comments it welcomed.
      start: month('2008-06', WEBSITE_WINDOW),
      end: month('2008-07', WEBSITE_WINDOW),
      label: 'Soon after the National IP Strategy\'s release, the Shanghai IP Administration establishes a website welcoming public comment on the city\'s implementation of the strategy',
      // Chen's account (¶3, between two "According to Chen").
      attribution: { organizationId: 'sipa', personId: 'chen-zhixing', reportingVerb: 'according to' },
      venueId: 'sh-sipa',
      topicIds: ['national-ip-strategy'],
      citations: [
        c(3, 'Soon after its release, the Shanghai IP Administration established a website welcoming public comment on the city\'s implementation of the strategy'),
      ],
    },
    {
      id: 'sh-comment-deadline',
      kind: 'happening',
      start: day('2008-07-25', YEAR_FROM_CABLE),
      end: null,
      label: 'The deadline of July 25 to submit comments passes (Chen agreed to still accept comments from the U.S. Mission)',
      attribution: null,
      venueId: 'sh-sipa',
      topicIds: ['national-ip-strategy', 'exchanges-and-training'],
      citations: [c(3, 'Although the deadline of July 25 had passed to submit comments, Chen agreed to still accept comments from the U.S. Mission')],
    },
    {
      id: 'sh-complaint-center-established',
      kind: 'happening',
      start: month('2006-07'),
      end: null,
      label: 'Shanghai, one of the first cities in China to do so, establishes an IPR Complaint Center',
      attribution: { organizationId: 'shanghai-ipr-complaint-center', personId: 'yang-hui', reportingVerb: 'noted' },
      venueId: 'sh-complaint-center',
      topicIds: ['complaint-centers'],
      citations: [c(4, 'Yang noted that Shanghai was one of the first cities in China to establish an IPR Complaint Center in July 2006')],
    },
    {
      // "Within the past year" counted back from the visit: both ends are inferred, at month precision.
      id: 'sh-tenant-evictions',
      kind: 'happening',
      // One basis for both ends, so the date's note gives it once.
      start: month('2007-08', '¶6 "Within the past year": the year up to the August 8 visit (¶1); the cable is dated 15 August 2008'),
      end: month('2008-08', '¶6 "Within the past year": the year up to the August 8 visit (¶1); the cable is dated 15 August 2008'),
      label: 'Over 100 tenants are evicted from Shanghai markets under the new landlord liability guideline, within the past year',
      // Chen Xuejun's account: ¶1 "SAIC Deputy Director said that ... over 100 tenants have been evicted", cited for its verb.
      attribution: { organizationId: 'shanghai-aic', personId: 'chen-xuejun', reportingVerb: 'said' },
      venueId: 'sh-aic',
      topicIds: ['landlord-liability', 'counterfeit-markets'],
      citations: [
        c(6, 'Within the past year, over 100 tenants have been evicted under this new guideline'),
        c(1, 'SAIC Deputy Director said that as a result of efforts on landlord liability, over 100 tenants have been evicted'),
      ],
      hedgeNotes: [
        { hedge: 'efforts', why: '¶1 is cited for its verb; "as a result of efforts on landlord liability" is kept in sh-aic-evictions-said.' },
      ],
    },
  ],
} satisfies CableAnnotations
