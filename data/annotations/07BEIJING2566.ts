/**
 * Curated annotations of cable 07BEIJING2566 (USTR's provincial IPR review in Beijing,
 * March 2007). Every item rests on numbered paragraphs and quotes them word for word
 * from the complete (WikiLeaks) rendering, typos included ("whic noties", "is the keys",
 * "UST added", "n enforcement").
 *
 * The words around the quotes follow DESIGN.md principle 6: a summary names its speaker and
 * the cable's own verb (or is marked as the cable's voice), every hedge of a cited sentence is
 * kept or a hedgeNote says why not, a purpose stays a purpose, and a date is no more precise
 * than the cable. The cable carries an official's reported account across sentences without
 * repeating "said": a sentence that continues a named speaker's account keeps that speaker, with
 * the verb the cable uses for them in the cited paragraph (¶3 "To help in prosecuting..." sits
 * between Wang's "explained"/"expressed concern" and "Wang also noted"; ¶13 "In such cases..." sits
 * between "Xu Yongji told USTR" and "He said"; ¶14 "However, enforcement responsibility falls..."
 * continues "Xu said"; ¶17 "United States visitors represented..." follows "MOFCOM said that 20
 * percent of visitors..." and precedes USTR's reply). The post's own comments, notes and
 * observations (the ¶7 and ¶11 Notes, the ¶18–20 Comment) are the cable's voice: positions of the
 * cable's author with reportingVerb null. So, conservatively, is a sentence that opens a paragraph
 * before any speaker is named and that the cable does not tie to one: ¶4 "The Beijing Copyright
 * Bureau regulates..." (¶3 closed on Wang's separate talk with the Senior IPR Attache, and ¶4 then
 * introduces "Wang admitted" afresh) and ¶17's first clause "All IPR enforcement actions are
 * reported on the CIECC website" (the cable starts MOFCOM's attribution only after it: ", and
 * MOFCOM said that..."). Audit of 2026-12-04.
 *
 * Years the cable leaves implicit ("on March 16", "in January", "April 10") are read against
 * the cable's own date (18 April 2007); every such date says so in inferredFrom.
 *
 * Markings: ¶1–17 and ¶21 are U, ¶18–20 SBU. No item cites both; the topic
 * 'bilateral-relations' rests on ¶18 alone and tags only SBU items.
 */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { c, day, month, year } from './helpers.ts'

// Beijing, a municipality. ¶1 places the four March 16 meetings there (USTR "visited Beijing on March 16"). No paragraph says where
// the March 28 SPC meeting (¶7's Note) was held or where the Embassy comment (¶18–20) was written: ¶7's "Beijing recently established"
// and ¶19's "March meetings in Beijing" are about other things. The post's city is used.
const BEIJING = { city: 'Beijing', province: null }

// Reasons for dates the cited text does not fully state, written once.
const YEAR_FROM_CABLE = 'year from the cable\'s date, 18 April 2007'
const MARCH_16_VISIT = '¶1: USTR "visited Beijing on March 16" to conclude the review; year from the cable\'s date, 18 April 2007'
const MOFCOM_MEETING = '¶15: USTR met MOFCOM "on March 16"; year from the cable\'s date, 18 April 2007'

/** "about" is on the hedge list, but in these sentences it is a preposition ("asked about", "educate ... about"). */
const aboutAsPreposition = (where: string) => ({ hedge: 'about', why: `A preposition in ${where}, not a hedge.` })

export const annotations = {
  cableId: '07BEIJING2566',
  // The cable's author: the speaker of everything the cable says in its own voice.
  authorOrganizationId: 'us-embassy-beijing',
  // ¶21 is the clearance line ("This report was cleared by USTR."): nothing to annotate.
  coverage: { from: 1, to: 20 },

  // ── Organizations ──────────────────────────────────────────────────────────
  // side: 'US' and 'China' are governments only. Market operators (the Silk Market, the
  // management companies), rights holders and their counsel, associations, companies and
  // international bodies are 'other', whatever their nationality. parentId only where the
  // cable states the relationship.
  organizations: [
    {
      id: 'ustr',
      name: 'Office of the United States Trade Representative',
      shortName: 'USTR',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(1, 'USTR Chief Negotiator for Intellectual Property (IP) Enforcement Stanford McCoy')],
    },
    {
      id: 'us-government',
      name: 'United States Government',
      shortName: 'USG',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(7, 'the United States Government has supported the creation of either an integrated IPR court')],
    },
    {
      // The cable's author: positions with reportingVerb null (the cable's own voice) are its.
      id: 'us-embassy-beijing',
      name: 'US Embassy Beijing',
      shortName: 'Embassy',
      side: 'US',
      level: 'embassy',
      parentId: null,
      citations: [
        c(2, 'Embassy Senior IPR Attache Mark Cohen'),
        c(7, 'Emboffs subsequently met with Supreme People\'s Court Deputy President Zhang Jun'),
      ],
    },
    {
      // ¶18's unnamed "Chinese officials" speaking "in various fora": not a formal statement of the government.
      id: 'chinese-officials',
      name: 'Chinese officials (unnamed)',
      shortName: null,
      side: 'China',
      level: null,
      parentId: null,
      citations: [c(18, 'Chinese officials have repeatedly noted in various fora')],
    },
    {
      id: 'chinese-government',
      name: 'Government of China',
      shortName: 'Chinese Government',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [
        c(7, 'the Chinese Government is still learning to establish legal systems that adequately address IPR issues'),
      ],
    },
    {
      id: 'beijing-municipal-government',
      name: 'Beijing Municipal Government',
      shortName: null,
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(3, 'his office has been tasked by the Beijing Municipal Government')],
    },
    {
      // ¶3 says the Municipal Government tasked Wang's office; the cable does not state that
      // the BCB is part of it, so no parentId.
      id: 'bcb',
      name: 'Beijing Copyright Bureau',
      shortName: 'BCB',
      side: 'China',
      level: 'municipal',
      parentId: null,
      citations: [c(2, 'Beijing Copyright Bureau (BCB) Director Wang Yefei')],
    },
    {
      // The cable does not say whose PSB; it receives cases transferred by the BCB.
      id: 'psb',
      name: 'Public Security Bureau',
      shortName: 'PSB',
      side: 'China',
      level: null,
      parentId: null,
      citations: [c(3, 'transferred from the BCB to the Public Security Bureau (PSB) for criminal investigation')],
    },
    {
      // Parent stated in ¶1: "the Chaoyang District of Beijing municipal government".
      id: 'chaoyang-district-government',
      name: 'Chaoyang District government',
      shortName: 'Chaoyang',
      side: 'China',
      level: 'district',
      parentId: 'beijing-municipal-government',
      citations: [
        c(1, 'the Chaoyang District of Beijing municipal government'),
        c(9, 'In a meeting with Chaoyang District Vice Governor Xie Chaobin'),
      ],
    },
    {
      id: 'chaoyang-cultural-authority',
      name: 'Chaoyang Cultural Authority',
      shortName: null,
      side: 'China',
      level: 'district',
      parentId: 'chaoyang-district-government',
      citations: [c(9, 'report their suppliers to Chaoyang\'s Cultural Authority for certification')],
    },
    {
      // Market operators, not government: 'other'.
      id: 'market-management-companies',
      name: 'Management companies of Chaoyang\'s markets',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(9, 'the management companies at Chaoyang\'s notorious counterfeit markets')],
    },
    {
      // A market (and, in the ¶11 note, a party to a settlement agreement), not government: 'other'.
      id: 'silk-market',
      name: 'Silk Street Market',
      shortName: 'Silk Market',
      side: 'other',
      level: 'market',
      parentId: null,
      citations: [
        c(1, 'the notorious Silk Market'),
        c(11, 'the problem at Silk Street Market, the "world\'s most famous market" for counterfeit goods'),
      ],
    },
    {
      id: 'moe',
      name: 'Ministry of Education',
      shortName: 'MOE',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(1, 'discussed university textbook piracy at the Ministry of Education')],
    },
    {
      id: 'moe-international-exchanges',
      name: 'Ministry of Education Department of International Exchanges',
      shortName: null,
      side: 'China',
      level: 'department',
      parentId: 'moe',
      citations: [c(13, 'In a meeting with the Ministry of Education\'s Department of International Exchanges')],
    },
    {
      id: 'nca',
      name: 'National Copyright Administration',
      shortName: 'NCA',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(14, 'enforcement responsibility falls to the National Copyright Administration')],
    },
    {
      id: 'mofcom',
      name: 'Ministry of Commerce',
      shortName: 'MOFCOM',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(15, 'the Ministry of Commerce (MOFCOM) Market Order Rectification Office (MORO)')],
    },
    {
      id: 'moro',
      name: 'Market Order Rectification Office',
      shortName: 'MORO',
      side: 'China',
      level: 'office',
      parentId: 'mofcom',
      citations: [c(15, 'the Ministry of Commerce (MOFCOM) Market Order Rectification Office (MORO)')],
    },
    {
      // Listed among the participants of the MOFCOM/MORO meeting, but the cable does not state
      // that CIECC belongs to MOFCOM, so no parentId. Side China: it sat on the government side.
      id: 'ciecc',
      name: 'China International Electronic Commerce Center',
      shortName: 'CIECC',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(15, 'China International Electronic Commerce Center (CIECC) Vice Director Wang Kaiqian')],
    },
    {
      id: 'state-office-ip-protection',
      name: 'State Office of IP Protection',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(15, 'State Office of IP Protection Division Director Qiu Zhongyi')],
    },
    {
      id: 'spc',
      name: 'Supreme People\'s Court',
      shortName: 'SPC',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [c(7, 'Supreme People\'s Court Deputy President Zhang Jun')],
    },
    {
      id: 'spc-civil-ipr-tribunal',
      name: 'Supreme People\'s Court civil IPR tribunal',
      shortName: null,
      side: 'China',
      level: 'national',
      parentId: 'spc',
      citations: [c(7, 'the chief judge of the Supreme People\'s Court civil IPR tribunal, Jiang Zhipei')],
    },
    {
      id: 'rights-holders',
      name: 'Rights holders',
      shortName: null,
      side: 'other',
      level: null,
      parentId: null,
      citations: [
        c(4, 'The Beijing Copyright Bureau regulates all requests from rights holders'),
        c(11, 'asserting that rights holders are pleased with the situation at the market'),
      ],
    },
    {
      // Advised Emboffs not to attend the Silk Market signing (¶11 note).
      id: 'rights-holders-counsel',
      name: 'Rights holders\' counsel',
      shortName: null,
      side: 'other',
      level: null,
      parentId: null,
      citations: [c(11, 'Emboffs were advised by rights holders\' counsel not to attend this meeting')],
    },
    {
      id: 'industry-associations',
      name: 'Industry associations',
      shortName: null,
      side: 'other',
      level: 'association',
      parentId: null,
      citations: [
        c(4, 'associations often act on rights holders\' behalf outside of the United States'),
        c(10, 'based on meetings with industry associations'),
      ],
    },
    {
      id: 'isps',
      name: 'Internet service providers',
      shortName: 'ISPs',
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(5, 'Internet service providers (ISPs) often respond to take-down notices')],
    },
    {
      id: 'icps',
      name: 'Internet content providers',
      shortName: 'ICPs',
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(5, 'the servers of Internet content providers (ICPs), who host the illegal files')],
    },
    {
      id: 'amcham',
      name: 'American Chamber of Commerce',
      shortName: 'AmCham',
      side: 'other',
      level: 'association',
      parentId: null,
      citations: [c(10, 'signed a memorandum of understanding (MOU) with the American Chamber of Commerce (AmCham)')],
    },
    {
      id: 'european-chamber',
      name: 'European Chamber',
      shortName: null,
      side: 'other',
      level: 'association',
      parentId: null,
      citations: [c(11, 'who chairs European Chamber\'s IPR Committee')],
    },
    {
      id: 'european-chamber-ipr-committee',
      name: 'European Chamber IPR Committee',
      shortName: null,
      side: 'other',
      level: 'committee',
      parentId: 'european-chamber',
      citations: [c(11, 'who chairs European Chamber\'s IPR Committee')],
    },
    {
      id: 'microsoft',
      name: 'Microsoft Corporation',
      shortName: 'Microsoft',
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [
        c(2, 'published recently with the support of Microsoft Corporation and the Business Software Alliance'),
        c(10, 'a visit to Microsoft and to Taiwan movie studios'),
      ],
    },
    {
      id: 'bsa',
      name: 'Business Software Alliance',
      shortName: 'BSA',
      side: 'other',
      level: 'association',
      parentId: null,
      citations: [c(2, 'the support of Microsoft Corporation and the Business Software Alliance')],
    },
    {
      id: 'yahoo-china',
      name: 'Yahoo China',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(6, 'the "deep linking" case brought against Yahoo China by the music industry')],
    },
    {
      id: 'music-industry',
      name: 'Music industry',
      shortName: null,
      side: 'other',
      level: 'industry',
      parentId: null,
      citations: [c(6, 'brought against Yahoo China by the music industry in January 2007')],
    },
    {
      id: 'taiwan-movie-studios',
      name: 'Taiwan movie studios',
      shortName: null,
      side: 'other',
      level: 'company',
      parentId: null,
      citations: [c(10, 'a visit to Microsoft and to Taiwan movie studios')],
    },
    {
      id: 'eu',
      name: 'European Union',
      shortName: 'EU',
      side: 'other',
      level: 'international',
      parentId: null,
      citations: [c(11, 'cooperation with the EU')],
    },
    {
      // U citation only: the ¶18 (SBU) mention of the WTO filings would make this entity mixed.
      id: 'wto',
      name: 'World Trade Organization',
      shortName: 'WTO',
      side: 'other',
      level: 'international',
      parentId: null,
      citations: [c(12, 'as WTO members, China assures that all rights holders receive the same treatment as domestic rights holders')],
    },
  ],

  // ── People: names and titles as the cable gives them ─────────────────────
  // organizationId only where the cable names the person's organization; a title with no
  // organization ("Deputy Director", "IPR Affairs Vice General Manager") stays unattached.
  // side: the organization's side; for a person the cable gives no organization, the side the cable
  // puts them on (the officials the US delegation met are "the Chinese side", ¶9).
  people: [
    {
      id: 'stanford-mccoy',
      name: 'Stanford McCoy',
      title: 'USTR Chief Negotiator for Intellectual Property (IP) Enforcement',
      organizationId: 'ustr',
      side: 'US',
      citations: [c(1, 'USTR Chief Negotiator for Intellectual Property (IP) Enforcement Stanford McCoy')],
    },
    {
      id: 'amy-celico',
      name: 'Amy Celico',
      title: 'USTR Senior Director for China Affairs',
      organizationId: 'ustr',
      side: 'US',
      citations: [c(1, 'USTR Senior Director for China Affairs Amy Celico')],
    },
    {
      id: 'mark-cohen',
      name: 'Mark Cohen',
      title: 'Embassy Senior IPR Attache',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(2, 'Embassy Senior IPR Attache Mark Cohen')],
    },
    {
      // "Econoff" is an unnamed embassy economic officer: a person, not an office. The
      // abbreviation itself (economic officer, as in "Emboffs") names the Embassy.
      id: 'econoff',
      name: 'Econoff (unnamed)',
      title: 'Econoff',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(2, 'Embassy Senior IPR Attache Mark Cohen, and Econoff met with Beijing Copyright Bureau (BCB) Director Wang Yefei')],
    },
    {
      id: 'wang-yefei',
      name: 'Wang Yefei',
      title: 'Director',
      organizationId: 'bcb',
      side: 'China',
      citations: [c(2, 'Beijing Copyright Bureau (BCB) Director Wang Yefei')],
    },
    {
      // Met with alongside BCB Director Wang; the cable names BCB for Wang only.
      id: 'feng-xiansheng',
      name: 'Feng Xiansheng',
      title: 'Copyright Department Director',
      organizationId: null,
      side: 'China',
      citations: [c(2, 'Copyright Department Director Feng Xiansheng'), c(2, 'Econoff met with Beijing Copyright Bureau (BCB) Director Wang Yefei, Copyright Department Director Feng Xiansheng, and Deputy Director Chen Xiaohong')],
    },
    {
      // As for Feng: the cable gives his title, not his organization.
      id: 'chen-xiaohong',
      name: 'Chen Xiaohong',
      title: 'Deputy Director',
      organizationId: null,
      side: 'China',
      citations: [c(2, 'Deputy Director Chen Xiaohong'), c(2, 'Econoff met with Beijing Copyright Bureau (BCB) Director Wang Yefei, Copyright Department Director Feng Xiansheng, and Deputy Director Chen Xiaohong')],
    },
    {
      id: 'wang-qishan',
      name: 'Wang Qishan',
      title: 'Beijing Mayor',
      organizationId: 'beijing-municipal-government',
      side: 'China',
      citations: [c(2, 'Beijing Mayor Wang Qishan')],
    },
    {
      id: 'xie-chaobin',
      name: 'Xie Chaobin',
      title: 'Chaoyang District Vice Governor',
      organizationId: 'chaoyang-district-government',
      side: 'China',
      citations: [c(9, 'Chaoyang District Vice Governor Xie Chaobin')],
    },
    {
      // ¶11: USTR "asked Chaoyang government officials" and Liu answered: he is one of them.
      id: 'liu-chuncheng',
      name: 'Liu Chuncheng',
      title: 'Director',
      organizationId: 'chaoyang-district-government',
      side: 'China',
      citations: [
        c(9, 'Director Liu Chuncheng'),
        c(11, 'USTR asked Chaoyang government officials what more'),
      ],
    },
    {
      // Listed in the Chaoyang meeting; the cable gives no organization for the two Deputy Directors.
      id: 'zhang-yong',
      name: 'Zhang Yong',
      title: 'Deputy Director',
      organizationId: null,
      side: 'China',
      citations: [c(9, 'Deputy Directors Zhang Yong and Zhang Guohua'), c(9, 'the Chinese side told USTR')],
    },
    {
      id: 'zhang-guohua',
      name: 'Zhang Guohua',
      title: 'Deputy Director',
      organizationId: null,
      side: 'China',
      citations: [c(9, 'Deputy Directors Zhang Yong and Zhang Guohua'), c(9, 'the Chinese side told USTR')],
    },
    {
      id: 'xu-yongji',
      name: 'Xu Yongji',
      title: 'Assistant Director General',
      organizationId: 'moe-international-exchanges',
      side: 'China',
      citations: [c(13, 'Department of International Exchanges, Assistant Director General Xu Yongji')],
    },
    {
      id: 'wang-kaiqian',
      name: 'Wang Kaiqian',
      title: 'Vice Director',
      organizationId: 'ciecc',
      side: 'China',
      citations: [c(15, '(CIECC) Vice Director Wang Kaiqian')],
    },
    {
      // The cable names no organization for An's title. He sat in the MORO meeting and
      // "expressed MOFCOM's appreciation" (¶15), so his positions are MOFCOM's, but he is not
      // placed in MORO, CIECC or MOFCOM.
      id: 'an-ning',
      name: 'An Ning',
      title: 'IPR Affairs Vice General Manager',
      organizationId: null,
      side: 'China',
      citations: [c(15, 'IPR Affairs Vice General Manager An Ning'), c(15, 'Vice General Manager An expressed MOFCOM\'s appreciation')],
    },
    {
      id: 'qiu-zhongyi',
      name: 'Qiu Zhongyi',
      title: 'Division Director',
      organizationId: 'state-office-ip-protection',
      side: 'China',
      citations: [c(15, 'State Office of IP Protection Division Director Qiu Zhongyi')],
    },
    {
      id: 'jiang-zhipei',
      name: 'Jiang Zhipei',
      title: 'chief judge of the Supreme People\'s Court civil IPR tribunal',
      organizationId: 'spc-civil-ipr-tribunal',
      side: 'China',
      citations: [c(7, 'the chief judge of the Supreme People\'s Court civil IPR tribunal, Jiang Zhipei')],
    },
    {
      id: 'zhang-jun',
      name: 'Zhang Jun',
      title: 'Supreme People\'s Court Deputy President',
      organizationId: 'spc',
      side: 'China',
      citations: [c(7, 'Supreme People\'s Court Deputy President Zhang Jun')],
    },
    {
      // Unnamed; the ¶11 note gives both roles. Placed in the committee he chairs.
      id: 'european-lawyer',
      name: 'European lawyer (unnamed)',
      title: 'Chair of European Chamber\'s IPR Committee; counsel to two companies concerned about infringement at the Silk Market',
      organizationId: 'european-chamber-ipr-committee',
      side: 'other',
      citations: [
        c(11, 'a European lawyer, who is also counsel to two companies concerned about infringement at the Silk Market and who chairs European Chamber\'s IPR Committee'),
      ],
    },
  ],

  // ── Topics: the issue taxonomy ─────────────────────────────────────────────
  // A description rests on the paragraphs it cites (U where possible). 'bilateral-relations'
  // rests on SBU ¶18 only, so it is hidden in the public-safe view and tags only SBU items.
  topics: [
    {
      id: 'online-copyright',
      label: 'Online copyright',
      description: 'Enforcement against Internet copyright infringement.',
      citations: [
        c(1, 'They discussed Internet copyright issues at the Beijing Copyright Bureau'),
        c(2, 'Internet-related intellectual property (IP) enforcement'),
      ],
      hedgeNotes: [aboutAsPreposition('"educate businesses about legal software use"')],
    },
    {
      id: 'take-down-notices',
      label: 'Take-down notices',
      description: 'Requests from rights holders for the removal of infringing material on the Internet, and how they are handled.',
      citations: [c(4, 'regulates all requests from rights holders for the removal of infringing material on the Internet')],
    },
    {
      id: 'evidence-and-prosecution',
      label: 'Evidence and prosecution',
      description: 'Collecting evidence and prosecuting infringement cases.',
      citations: [
        c(6, 'they faced difficulties establishing sufficient evidence'),
        c(16, 'The two problems they report to face are evidence collection'),
      ],
    },
    {
      id: 'deep-linking',
      label: 'Deep linking',
      description: 'The "deep linking" case brought against Yahoo China by the music industry, and similar cases.',
      citations: [c(6, 'the "deep linking" case brought against Yahoo China by the music industry')],
      hedgeNotes: [aboutAsPreposition('"USTR\'s inquiry about the deep linking case"')],
    },
    {
      id: 'ipr-courts',
      label: 'IPR courts',
      description: 'Special IPR divisions and courts: basic level IPR civil courts, an integrated IPR court, a national appellate IPR court.',
      citations: [
        c(7, 'seeing IPR cases prosecuted in a special division of the civil courts'),
        c(7, 'either an integrated IPR court that combines civil, criminal, and administrative jurisdiction or a national appellate IPR court'),
      ],
    },
    {
      id: 'software-legalization',
      label: 'Software legalization',
      description: 'Legal software use by businesses, and government software legalization efforts.',
      citations: [
        c(2, 'a project to educate businesses about legal software use'),
        c(2, 'government software legalization efforts'),
      ],
      hedgeNotes: [aboutAsPreposition('"educate businesses about legal software use"')],
    },
    {
      id: 'university-piracy',
      label: 'University piracy',
      description: 'University textbook piracy, and online piracy over broadband Internet connections at universities.',
      citations: [
        c(1, 'university textbook piracy'),
        c(8, 'proliferating online piracy over broadband Internet connections at universities'),
      ],
      hedgeNotes: [
        { hedge: 'still', why: 'In ¶8 it qualifies how new Wang said the problem is; the description only names the subject.' },
        { hedge: 'relatively', why: 'In ¶8 it qualifies how new Wang said the problem is; the description only names the subject.' },
      ],
    },
    {
      id: 'textbook-licensing',
      label: 'Textbook licensing',
      description: 'Licensing foreign textbooks for publishing in China to reduce the cost to students.',
      citations: [c(13, 'the books be licensed for publishing in China to reduce the cost to students')],
    },
    {
      id: 'counterfeit-markets',
      label: 'Counterfeit markets',
      description: 'IP enforcement in local markets, among them Chaoyang\'s counterfeit markets and the Silk Street Market.',
      citations: [
        c(1, 'raised IP enforcement in local markets'),
        c(1, 'the notorious Silk Market'),
        c(9, 'Chaoyang\'s notorious counterfeit markets'),
      ],
    },
    {
      id: 'transparency-and-statistics',
      label: 'Transparency and statistics',
      description: 'Publishing information on IPR enforcement actions, and enforcement statistics.',
      citations: [
        c(8, 'more transparent reporting of any IPR enforcement actions'),
        c(17, 'MOFCOM had not yet made available enforcement statistics for 2006'),
      ],
      hedgeNotes: [
        { hedge: 'efforts', why: 'In ¶8 it is China\'s "efforts" in USTR\'s reasoning for publicity; the description only names the subject.' },
        aboutAsPreposition('"a March 2006 conversation about transparency"'),
      ],
    },
    {
      id: 'case-transfer-incentives',
      label: 'Case-transfer incentives',
      description: 'Rewards and incentives for IPR enforcement and for case transfer.',
      citations: [
        c(16, 'rewards and punishments, including rewards for case transfer, are part of each'),
        c(16, 'incentives have been added since 2006 for increased case transfer'),
      ],
      hedgeNotes: [aboutAsPreposition('"Asked about the existence of a rewards system"')],
    },
    {
      id: 'complaint-centers',
      label: 'Complaint centers',
      description: 'IPR complaint centers and the CIECC website.',
      citations: [
        c(15, 'the establishment of 50 nationwide IPR complaint centers'),
        c(17, 'All IPR enforcement actions are reported on the CIECC website'),
      ],
    },
    {
      id: 'public-awareness',
      label: 'Public awareness and education',
      description: 'IP education and public awareness programs, among them awareness of the counterfeit problem.',
      citations: [
        c(2, 'IP education and public awareness programs'),
        c(10, 'will increase public awareness of the counterfeit problem'),
      ],
      hedgeNotes: [aboutAsPreposition('"educate businesses about legal software use"')],
    },
    {
      id: 'olympics-webcasting',
      label: 'Olympics webcasting',
      description: 'The problem of Internet webcasting or rebroadcasting of the Olympics, and a possible special rule on it.',
      citations: [c(3, 'the problem of Internet webcasting or rebroadcasting of the Olympics')],
    },
    {
      // SBU-only topic (¶18): tag only SBU items with it.
      id: 'bilateral-relations',
      label: 'Bilateral relations and the WTO case',
      description: 'Arranging USTR\'s meetings, and US–China IPR cooperation after the April 10 WTO filings.',
      citations: [
        c(18, 'Chinese agencies did not grant any requested meetings'),
        c(18, 'With the April 10 filing of the WTO dispute resolution cases'),
      ],
      hedgeNotes: [
        { hedge: 'considerable', why: 'In ¶18\'s last sentence it qualifies the Embassy\'s doubt about future meetings; the description only names the subject.' },
        { hedge: 'may', why: 'In ¶18\'s last sentence it concerns how future meetings may be arranged; the description only names the subject.' },
      ],
    },
    {
      // Rests on U ¶10 only, so SBU ¶19–20 items may carry it without leaking their content.
      id: 'exchanges-and-training',
      label: 'Exchanges and training',
      description: 'Visits and exchanges of enforcement experience between Chinese and US officials, such as the visit Chaoyang officials would like to make.',
      citations: [c(10, 'visit the United States in 2007 to exchange experiences on enforcement')],
    },
  ],

  // ── Venues: the meetings and the Embassy's own comment ──────────────────────
  venues: [
    {
      id: 'bcb',
      title: 'Beijing Copyright Bureau',
      theme: 'Online copyright',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-16', YEAR_FROM_CABLE),
      summary:
        'USTR (McCoy and Celico), Senior IPR Attache Mark Cohen and Econoff met BCB Director Wang Yefei, Copyright Department Director Feng Xiansheng and Deputy Director Chen Xiaohong on March 16 on Internet copyright issues: enforcement and awareness programs, evidence and prosecution, take-down notices, content left on servers, the Yahoo China deep linking case, IPR courts and infringement at universities (Olympics webcasting came up in a separate discussion with the Senior IPR Attache).',
      summaryVoice: 'cable',
      organizationIds: ['ustr', 'us-embassy-beijing', 'bcb'],
      participantIds: ['stanford-mccoy', 'amy-celico', 'mark-cohen', 'econoff', 'wang-yefei', 'feng-xiansheng', 'chen-xiaohong'],
      paragraphs: [2, 3, 4, 5, 6, 7, 8],
      topicIds: [
        'online-copyright', 'public-awareness', 'software-legalization', 'evidence-and-prosecution', 'olympics-webcasting',
        'take-down-notices', 'deep-linking', 'ipr-courts', 'university-piracy', 'transparency-and-statistics',
      ],
      citations: [
        c(1, 'They discussed Internet copyright issues at the Beijing Copyright Bureau'),
        c(2, 'and Econoff met with Beijing Copyright Bureau (BCB) Director Wang Yefei, Copyright Department Director Feng Xiansheng, and Deputy Director Chen Xiaohong on March 16'),
        c(3, 'In a separate discussion with Senior IPR Attache'),
      ],
      hedgeNotes: [
        { hedge: 'possibly', why: '"a possible special rule" belongs to the Olympics exchange, which the summary only places in its separate discussion.' },
      ],
    },
    {
      // Not dated in ¶9–12; ¶1 puts the Chaoyang meeting inside the visit to Beijing "on March 16".
      id: 'chaoyang',
      title: 'Chaoyang District government',
      theme: 'Silk Market',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-16', MARCH_16_VISIT),
      summary:
        'Xie explained that the Chaoyang government relies heavily on the management companies of Chaoyang\'s markets (which the cable calls "notorious counterfeit markets") to enforce IPR protection and added that it signed an MOU with AmCham in October 2006; USTR cited recent industry data that, in some categories, up to 80–90% of goods at Silk Street are counterfeits, and the Chinese side challenged those figures. The cable\'s summary says Chaoyang denied serious problems at the notorious Silk Market.',
      summaryVoice: 'reported',
      organizationIds: ['ustr', 'chaoyang-district-government', 'market-management-companies', 'amcham'],
      participantIds: ['stanford-mccoy', 'amy-celico', 'xie-chaobin', 'liu-chuncheng', 'zhang-yong', 'zhang-guohua'],
      paragraphs: [9, 10, 11, 12],
      topicIds: ['counterfeit-markets', 'public-awareness', 'exchanges-and-training', 'transparency-and-statistics'],
      citations: [
        c(1, 'visited Beijing on March 16'),
        c(1, 'raised IP enforcement in local markets with the Chaoyang District of Beijing municipal government (which denied serious problems at the notorious Silk Market)'),
        c(9, 'In a meeting with Chaoyang District Vice Governor Xie Chaobin, Director Liu Chuncheng, and Deputy Directors Zhang Yong and Zhang Guohua'),
        c(9, 'explained that the government relies heavily on the management companies at Chaoyang\'s notorious counterfeit markets to enforce IPR protection'),
        c(10, 'He added that the Chaoyang government signed a memorandum of understanding (MOU) with the American Chamber of Commerce (AmCham) in October 2006'),
        c(11, 'USTR cited recent industry data showing that, in some categories, up to 80-90% of goods at Silk Street are counterfeits'),
      ],
      hedgeNotes: [
        {
          hedge: 'several',
          why: '¶1\'s "several Chinese cities" belongs to the clause on the whole review; the summary does not speak of the cities.',
        },
      ],
    },
    {
      // As for Chaoyang: dated by ¶1's "visited Beijing on March 16", not by ¶13–14.
      id: 'moe',
      title: 'Ministry of Education',
      theme: 'Textbooks',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-16', MARCH_16_VISIT),
      summary:
        'Assistant Director General Xu Yongji of the Ministry of Education\'s Department of International Exchanges told USTR that, especially since 2000, Chinese universities have increasingly begun to use foreign textbooks, and that in such cases the Ministry of Education requests that the books be licensed for publishing in China. Xu said the Ministry currently monitors copyright compliance at universities, and that enforcement responsibility, however, falls to the National Copyright Administration.',
      summaryVoice: 'reported',
      organizationIds: ['ustr', 'moe', 'moe-international-exchanges', 'nca'],
      participantIds: ['stanford-mccoy', 'amy-celico', 'xu-yongji'],
      paragraphs: [13, 14],
      topicIds: ['textbook-licensing', 'university-piracy'],
      citations: [
        c(1, 'visited Beijing on March 16'),
        c(1, 'discussed university textbook piracy at the Ministry of Education'),
        c(13, 'In a meeting with the Ministry of Education\'s Department of International Exchanges, Assistant Director General Xu Yongji told USTR that, especially since 2000, Chinese universities have increasingly begun to use foreign textbooks'),
        c(13, 'In such cases, the Ministry of Education requests that the books be licensed for publishing in China'),
        c(14, 'Xu said that the Ministry of Education currently monitors copyright compliance at universities'),
        c(14, 'enforcement responsibility falls to the National Copyright Administration'),
      ],
      hedgeNotes: [
        {
          hedge: 'several',
          why: '¶1\'s "several Chinese cities" belongs to the clause on the whole review; the summary does not speak of the cities.',
        },
      ],
    },
    {
      id: 'mofcom',
      title: 'Ministry of Commerce (MOFCOM)',
      theme: 'General IP enforcement',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-16', YEAR_FROM_CABLE),
      summary:
        'On March 16 USTR met MOFCOM\'s Market Order Rectification Office, with officials of CIECC and the State Office of IP Protection, and provided a summary of its provincial review. An Ning cited the establishment of 50 nationwide IPR complaint centers; asked about the existence of a rewards system for IPR enforcement, MOFCOM replied that different enforcement and administrative systems exist for trademarks, copyrights, and patents, and that rewards and punishments, including rewards for case transfer, are part of each; it noted, however, that there is no central system for evaluating and rewarding IPR enforcement; asked what incentives have been added since 2006 for increased case transfer, it reported that four new rules have been made and a monitoring system established; and it said 20 percent of CIECC website visitors in February 2007 were from the United States. USTR pointed out that very little information is available online and that publishing so little may reduce the deterrent effect, and suggested releasing more information about take-down actions, in compliance with Chinese law; MOFCOM replied that this has to do with confidentiality of rights holders.',
      summaryVoice: 'reported',
      organizationIds: ['ustr', 'mofcom', 'moro', 'ciecc', 'state-office-ip-protection'],
      participantIds: ['stanford-mccoy', 'amy-celico', 'wang-kaiqian', 'an-ning', 'qiu-zhongyi'],
      paragraphs: [15, 16, 17],
      topicIds: ['complaint-centers', 'case-transfer-incentives', 'evidence-and-prosecution', 'transparency-and-statistics', 'take-down-notices'],
      citations: [
        c(1, 'covered general IP enforcement with the Ministry of Commerce'),
        c(15, 'USTR also met with on March 16 with the Ministry of Commerce (MOFCOM) Market Order Rectification Office (MORO)'),
        c(15, 'cited recent examples of IPR enforcement and the establishment of 50 nationwide IPR complaint centers'),
        c(16, 'Asked about the existence of a rewards system for IPR enforcement, MOFCOM replied that different enforcement and administrative systems exist for trademarks, copyrights, and patents, and that rewards and punishments, including rewards for case transfer, are part of each'),
        c(16, 'MOFCOM noted that there is no central system for evaluating and rewarding IPR enforcement'),
        c(16, 'Asked what incentives have been added since 2006 for increased case transfer, MOFCOM reported that four new rules have been made, and a monitoring system established'),
        c(17, 'MOFCOM said that 20 percent of visitors to the site in February 2007 were from the United States'),
        c(17, 'USTR pointed out that very little information is available online'),
        c(17, 'USTR suggested releasing more information about take-down actions, in compliance with Chinese law. MOFCOM replied that this has to do with confidentiality of rights holders'),
      ],
    },
    {
      id: 'spc',
      title: 'Supreme People\'s Court',
      theme: 'IPR courts',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-28', YEAR_FROM_CABLE),
      summary:
        'In a note, the cable reports that Emboffs met SPC Deputy President Zhang Jun on March 28. Zhang agrees there is benefit in establishing a unified IPR court in China but said it will not happen until after a broad-based reform of China\'s judicial system and its IPR laws as a whole; he noted that in the event such a court were established, Judge Jiang Zhipei would likely serve as its chief judge, and that Jiang therefore naturally supports the move.',
      summaryVoice: 'reported',
      organizationIds: ['us-embassy-beijing', 'spc'],
      participantIds: ['zhang-jun'],
      paragraphs: [7],
      topicIds: ['ipr-courts'],
      citations: [
        c(7, 'Emboffs subsequently met with Supreme People\'s Court Deputy President Zhang Jun on March 28'),
        c(7, 'While Zhang agrees there is benefit in establishing a unified IPR court in China, he said it will not happen until after a broad-based reform of China\'s judicial system as well as its IPR laws as a whole'),
        c(7, 'Zhang noted that in the event such a court were established, Judge Jiang Zhipei would likely serve as its chief judge, and he therefore naturally supports the move'),
      ],
    },
    {
      // The comment is undated beyond the cable itself; the header date is not a paragraph.
      id: 'embassy-comment',
      title: 'Embassy comment',
      theme: 'Engagement after the WTO case',
      kind: 'assessment',
      place: BEIJING,
      date: null,
      summary:
        'The Embassy comments (SBU) that USTR\'s review meetings were largely granted at the last minute and only after considerable direct intervention by the Embassy; that since the April 10 WTO filings Chinese officials have repeatedly noted in various fora that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended, which casts considerable doubt on how easily such meetings may be arranged in the future; that USTR\'s March meetings demonstrated the effectiveness of continued engagement with local officials to build relationships and trust to support better IPR enforcement, as with the BCB (which Emboffs have met dozens of times, sponsoring several joint programs) and, similarly, CIECC (several bilateral meetings before its online IPR complaint mechanism); and that the four Chinese officials it sent on an International Visitors Program are now planning a number of technical assistance programs with the CIECC, which the Embassy hopes will survive the high profile public rhetoric of disappointment and anger from the Chinese Government.',
      summaryVoice: 'cable',
      organizationIds: ['us-embassy-beijing'],
      participantIds: [],
      paragraphs: [18, 19, 20],
      topicIds: ['bilateral-relations', 'exchanges-and-training', 'complaint-centers'],
      citations: [
        c(18, 'were largely granted at the last minute and only after considerable direct intervention by the Embassy'),
        c(18, 'Chinese officials have repeatedly noted in various fora that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended, which casts considerable doubt on the ease with which such meetings may be arranged in the future'),
        c(19, 'demonstrated the effectiveness of continued engagement with local officials to build relationships and trust to support better IPR enforcement'),
        c(19, 'Emboffs have met with BCB dozens of times and have sponsored several joint programs together'),
        c(19, 'Similarly, Emboffs attended several bilateral meetings with CIECC before it established its now popular online IPR complaint mechanism'),
        c(20, 'send a delegation of four Chinese Internet copyright enforcement officials to the United States on an International Visitors Program'),
        c(20, 'are now planning a number of technical assistance programs with the CIECC, which the Embassy hopes will survive the high profile public rhetoric of disappointment and anger from the Chinese Government'),
      ],
    },
  ],

  // ── Issues ───────────────────────────────────────────────────────────────
  issues: [
    // Beijing Copyright Bureau
    {
      id: 'bcb-awareness-and-legalization',
      venueId: 'bcb',
      title: 'Internet enforcement focus, awareness and software legalization',
      summary:
        'Wang told USTR that Beijing started to focus on Internet-related IP enforcement in August 2006 with IP education and public awareness programs, including a project to educate businesses about legal software use; he stated that all of Beijing\'s copyright initiatives have the Mayor\'s support, and stated that through BCB\'s efforts Beijing extended its government software legalization efforts to all township and government agencies.',
      summaryVoice: 'reported',
      topicIds: ['online-copyright', 'public-awareness', 'software-legalization'],
      organizationIds: ['bcb', 'beijing-municipal-government', 'microsoft', 'bsa'],
      citations: [
        c(2, 'Wang told USTR that Beijing started to focus on Internet-related intellectual property (IP) enforcement in August 2006'),
        c(2, 'through BCB\'s efforts, Beijing Municipality has extended its government software legalization efforts'),
      ],
    },
    {
      id: 'bcb-evidence-and-prosecution',
      venueId: 'bcb',
      title: 'Evidence and prosecution of online infringement',
      summary:
        'Wang explained that some Internet copyright cases have been successfully transferred from the BCB to the PSB for criminal investigation, trial, and conviction, but expressed concern that evidence in such cases is difficult to collect, so that suspects are often ultimately convicted for illegal business operations because prosecutors lack sufficient evidence of IP infringement. He explained that, to help in prosecuting such cases, the BCB in January launched a pilot program to use an electronic watermarking system to register and protect digital images.',
      summaryVoice: 'reported',
      topicIds: ['evidence-and-prosecution', 'online-copyright'],
      organizationIds: ['bcb', 'psb'],
      citations: [
        c(3, 'some cases of Internet copyright infringement have been successfully transferred from the BCB to the Public Security Bureau (PSB) for criminal investigation, trial, and conviction'),
        c(3, 'he expressed concern that evidence in such cases is difficult to collect'),
        c(3, 'the BCB in January launched a pilot program to use an electronic watermarking system to register and protect digital images'),
      ],
    },
    {
      id: 'bcb-olympics-webcasting',
      venueId: 'bcb',
      title: 'Internet webcasting of the Olympics',
      summary:
        'In a separate discussion with the Senior IPR Attache, Wang noted that the Beijing Municipal Government has tasked his office to address the problem of Internet webcasting or rebroadcasting of the Olympics, including drafting of a possible special rule.',
      summaryVoice: 'reported',
      topicIds: ['olympics-webcasting', 'online-copyright'],
      organizationIds: ['bcb', 'beijing-municipal-government', 'us-embassy-beijing'],
      citations: [
        c(3, 'In a separate discussion with Senior IPR Attache, Wang also noted that his office has been tasked by the Beijing Municipal Government to address the problem of Internet webcasting or rebroadcasting of the Olympics, including drafting of a possible special rule'),
      ],
    },
    {
      id: 'bcb-take-down-notices',
      venueId: 'bcb',
      title: 'Take-down notices',
      summary:
        'The cable states that the BCB regulates all requests from rights holders to remove infringing material online. Wang admitted the take-down procedures are only one year old and still in development, and said the BCB is concerned that the system will be overwhelmed and about which notices are legitimate. USTR responded that in the United States rights holders often settle on their own, so the take-down system there only involves the government in the very small percentage of cases that require judicial intervention, and added that associations, which often act for rights holders outside the United States, should continue to be allowed to file notices in China.',
      summaryVoice: 'reported',
      topicIds: ['take-down-notices', 'online-copyright'],
      organizationIds: ['bcb', 'ustr', 'rights-holders', 'industry-associations'],
      citations: [
        c(4, 'The Beijing Copyright Bureau regulates all requests from rights holders for the removal of infringing material on the Internet'),
        c(4, 'Wang admitted that the procedures for take-down notification are only one year old and still in development'),
        c(4, 'He said the BCB is also concerned about whic noties are legitimate'),
        c(4, 'USTR responded that rights holders often settle on their own in the United States'),
        c(4, 'should continue to be allowed to file notices in China'),
      ],
    },
    {
      id: 'bcb-hosted-content',
      venueId: 'bcb',
      // Wang's account (¶5 "Wang stated"): a title stands alone in cards and reader backlinks. By office, not name:
      // the public-safe view hides a person resting only on sensitive paragraphs, and a title is not redacted.
      title: 'Infringing files staying on content providers\' servers, according to the BCB\'s Director',
      summary:
        'Wang stated that ISPs often respond to take-down notices by removing links quickly but the content remains on the servers of ICPs, and said that as illegal files and ICPs grow the BCB faces difficulties regulating them, particularly film and music downloads. USTR responded with the recommendation to work closely with industry.',
      summaryVoice: 'reported',
      topicIds: ['take-down-notices', 'online-copyright'],
      organizationIds: ['bcb', 'ustr', 'isps', 'icps'],
      citations: [
        c(5, 'Wang stated that while Internet service providers (ISPs) often respond to take-down notices by removing links to illegal content quickly, the content remains resident on the servers of Internet content providers (ICPs)'),
        c(5, 'the BCB faces difficulties regulating them, particularly with respect to film and music downloads'),
        c(5, 'USTR responded with the recommendation to work closely with industry'),
      ],
    },
    {
      id: 'bcb-deep-linking',
      venueId: 'bcb',
      title: 'The Yahoo China "deep linking" case',
      summary:
        'Asked by USTR about the "deep linking" case brought against Yahoo China by the music industry in January 2007, Wang said the BCB hosted a workshop with judges in February and that the opinion of the judges was that the prosecutors were "not professional enough," in that they faced difficulties establishing sufficient evidence; he suggested that the lawyers bring charges that are easier to prove.',
      summaryVoice: 'reported',
      topicIds: ['deep-linking', 'evidence-and-prosecution', 'online-copyright'],
      organizationIds: ['bcb', 'ustr', 'yahoo-china', 'music-industry'],
      citations: [
        c(6, 'In response to USTR\'s inquiry about the "deep linking" case brought against Yahoo China by the music industry in January 2007'),
        c(6, 'the opinion of the judges was that the prosecutors in the case were "not professional enough,"'),
      ],
    },
    {
      id: 'bcb-ipr-courts',
      venueId: 'bcb',
      title: 'Specialised IPR courts',
      summary:
        'Wang indicated his interest in seeing IPR cases prosecuted in a special division of the civil courts, noted that Beijing recently established several basic level IPR civil courts, added that the Chinese Government is still learning to establish legal systems that adequately address IPR issues, and noted that at least the chief judge of the SPC civil IPR tribunal, Jiang Zhipei, supported such a move. In a note, the cable says basic level civil IPR courts are of little help to foreigners, who must litigate in intermediate courts, and may be more closely tied to local economic interests.',
      summaryVoice: 'reported',
      topicIds: ['ipr-courts'],
      organizationIds: ['bcb', 'us-embassy-beijing', 'chinese-government', 'spc-civil-ipr-tribunal'],
      citations: [
        c(7, 'Wang indicated his interest in seeing IPR cases prosecuted in a special division of the civil courts'),
        c(7, 'He noted that Beijing recently established several basic level IPR civil courts'),
        c(7, 'at least the chief judge of the Supreme People\'s Court civil IPR tribunal, Jiang Zhipei, supported such a move'),
        c(7, 'such basic level courts may be more closely tied to local economic interests'),
      ],
    },
    {
      id: 'bcb-university-infringement',
      venueId: 'bcb',
      title: 'Infringement at universities',
      summary:
        'Asked about copyright infringement at universities, Wang replied that many universities use foreign textbooks, which are subject to illegal copying because of their relatively high cost; he said universities receive "no safe harbor" from IPR laws and the BCB plans to meet with 56 Beijing-area university presidents, said online piracy over university broadband is still relatively new and the BCB is developing a black list of known infringing web sites, and noted he was unaware of any specific university policies on Internet usage to minimize infringement.',
      summaryVoice: 'reported',
      topicIds: ['university-piracy', 'online-copyright'],
      organizationIds: ['bcb'],
      citations: [
        c(8, 'Asked about copyright infringement at universities, Wang replied that many universities use foreign textbooks'),
        c(8, 'the BCB plans to meet with 56 Beijing-area university presidents to discuss the problem'),
        c(8, 'Wang said that the problem is still relatively new'),
        c(8, 'he was unaware of any specific university policies governing usage of the Internet to minimize infringement activities'),
      ],
      hedgeNotes: [
        {
          hedge: 'about',
          why: 'In "Asked about copyright infringement" it is a preposition, not a hedge; the summary keeps it anyway in the same phrase.',
        },
      ],
    },
    {
      id: 'bcb-transparent-reporting',
      venueId: 'bcb',
      title: 'Publicising enforcement actions',
      summary:
        'USTR recommended that BCB employ more transparent reporting of any IPR enforcement actions, since such publicity would give China more credit abroad for its efforts and would help to deter pirates.',
      summaryVoice: 'reported',
      topicIds: ['transparency-and-statistics'],
      organizationIds: ['ustr', 'bcb'],
      citations: [c(8, 'USTR recommended that BCB employ more transparent reporting of any IPR enforcement actions')],
    },

    // Supreme People's Court (¶7 note)
    {
      id: 'spc-unified-ipr-court',
      venueId: 'spc',
      title: 'A unified IPR court',
      summary:
        'In a note, the cable says the United States Government has in general supported either an integrated IPR court or a national appellate IPR court. Zhang Jun agrees there is benefit in establishing a unified IPR court in China but said it will not happen until after a broad-based reform of China\'s judicial system and its IPR laws as a whole; he noted that in the event such a court were established, Judge Jiang Zhipei would likely serve as its chief judge, and that Jiang therefore naturally supports the move.',
      summaryVoice: 'reported',
      topicIds: ['ipr-courts'],
      organizationIds: ['us-government', 'us-embassy-beijing', 'spc'],
      citations: [
        c(7, 'In general, the United States Government has supported the creation of either an integrated IPR court'),
        c(7, 'While Zhang agrees there is benefit in establishing a unified IPR court in China'),
        c(7, 'Judge Jiang Zhipei would likely serve as its chief judge'),
      ],
    },

    // Chaoyang District
    {
      id: 'chaoyang-market-management',
      venueId: 'chaoyang',
      // Xie's account (¶9 "explained that the government relies heavily on the management companies").
      title: 'Enforcement through market management companies, according to Chaoyang\'s Vice Governor',
      summary:
        'The Chinese side told USTR that IPR enforcement is central to the district\'s continued development. Xie said the government is "involving more social forces" in protecting IPR and explained that it relies heavily on the management companies of Chaoyang\'s markets (which the cable calls "notorious counterfeit markets") to enforce IPR protection; he said all management companies now require vendors selling trademarked brands to report their suppliers to Chaoyang\'s Cultural Authority for certification.',
      summaryVoice: 'reported',
      topicIds: ['counterfeit-markets'],
      organizationIds: ['chaoyang-district-government', 'market-management-companies', 'chaoyang-cultural-authority'],
      citations: [
        c(9, 'IPR enforcement is central to the district\'s continued development'),
        c(9, 'Xie said the government is "involving more social forces" in protecting IPR'),
        c(9, 'explained that the government relies heavily on the management companies at Chaoyang\'s notorious counterfeit markets to enforce IPR protection'),
        c(9, 'all management companies now require vendors selling trademarked brands to report their suppliers to Chaoyang\'s Cultural Authority for certification'),
      ],
    },
    {
      id: 'chaoyang-amcham-mou',
      venueId: 'chaoyang',
      title: 'AmCham MOU, education and exchanges',
      summary:
        'Xie said that, based on meetings with industry associations, rights holders are satisfied with IPR protection in Beijing\'s markets; he added that the Chaoyang government signed an MOU with AmCham in October 2006, reported that through the MOU it meets monthly with an IPR working group, added that education programs have to date included a visit to Microsoft and to Taiwan movie studios, and added that Chaoyang officials would like to visit the United States in 2007 to exchange experiences on enforcement.',
      summaryVoice: 'reported',
      topicIds: ['counterfeit-markets', 'public-awareness', 'exchanges-and-training'],
      organizationIds: ['chaoyang-district-government', 'amcham', 'industry-associations', 'microsoft', 'taiwan-movie-studios'],
      citations: [
        c(10, 'Xie said that, based on meetings with industry associations, rights holders are satisfied'),
        c(10, 'signed a memorandum of understanding (MOU) with the American Chamber of Commerce (AmCham) in October 2006'),
        c(10, 'Chaoyang government officials would like to visit the United States in 2007 to exchange experiences on enforcement'),
        c(10, 'Also through the MOU with AmCham, Xie reported that the Chaoyang government meets monthly with an IPR working group'),
        c(10, 'He added that education programs have to date included a visit to Microsoft and to Taiwan movie studios'),
      ],
      hedgeNotes: [
        { hedge: 'efforts', why: '"enhance law enforcement and monitoring efforts" is one of the working group\'s listed purposes, which the summary does not list.' },
      ],
    },
    {
      id: 'chaoyang-silk-street',
      venueId: 'chaoyang',
      // The cable's own heading for ¶11 is "Chaoyang Challenges Silk Street Allegations": the scale is disputed, and the title says so.
      title: 'Silk Street Market: industry counterfeit figures cited by USTR, challenged by Chaoyang',
      summary:
        'USTR asked what more the United States and China must do to cooperatively manage the problem at Silk Street Market and cited recent industry data showing that, in some categories, up to 80–90% of goods there are counterfeits. The Chinese side challenged those figures, requested that such data be shared and asserted that rights holders are pleased with the situation at the market; Liu said such data is "forced" by intermediaries who profit from IPR cases. USTR suggested both sides acknowledge the situation frankly; Liu replied by encouraging USTR to visit the market and expressed his hope to work together based on real data. The cable\'s summary says Chaoyang denied serious problems at the notorious Silk Market.',
      summaryVoice: 'reported',
      topicIds: ['counterfeit-markets', 'transparency-and-statistics'],
      organizationIds: ['ustr', 'chaoyang-district-government', 'silk-market', 'rights-holders', 'eu'],
      citations: [
        c(1, 'which denied serious problems at the notorious Silk Market'),
        c(11, 'USTR asked Chaoyang government officials what more the United States and China must do to cooperatively manage the problem at Silk Street Market'),
        c(11, 'USTR cited recent industry data showing that, in some categories, up to 80-90% of goods at Silk Street are counterfeits'),
        c(11, 'The Chinese side challenged those figures and requested that such data be shared'),
        c(11, 'asserting that rights holders are pleased with the situation at the market'),
        c(12, 'data on high rates of counterfeit products at local markets is "forced" by intermediaries'),
        c(12, 'USTR suggested that both sides acknowledge frankly the situation at the market'),
      ],
    },
    {
      // ¶11 Note: the incident Liu referred to, and why Emboffs stayed away.
      id: 'chaoyang-silk-market-settlement',
      venueId: 'chaoyang',
      title: 'The European lawyer\'s settlement with the Silk Market',
      summary:
        'Director Liu referred in particular to a widely reported incident in which a European lawyer, counsel to two companies concerned about infringement at the Silk Market and chair of European Chamber\'s IPR Committee, entered into a separate agreement with the Silk Market to settle his clients\' civil litigation. The media widely reported the signing as an indication of European "satisfaction" with IP enforcement at Silk Market; Emboffs, advised by rights holders\' counsel not to attend lest it be used for propaganda purposes, declined to participate.',
      summaryVoice: 'cable',
      topicIds: ['counterfeit-markets'],
      organizationIds: ['us-embassy-beijing', 'silk-market', 'european-chamber-ipr-committee', 'rights-holders-counsel', 'chaoyang-district-government'],
      citations: [
        c(11, 'Director Liu referred in particular to a widely reported incident in which a European lawyer'),
        c(11, 'The signing ceremony was widely reported in the media as an indication of European "satisfaction" with IP enforcement at Silk Market'),
        c(11, 'Emboffs were advised by rights holders\' counsel not to attend this meeting, lest it be used for propaganda purposes, and therefore declined to participate'),
      ],
    },

    // Ministry of Education
    {
      id: 'moe-textbook-licensing',
      venueId: 'moe',
      title: 'Licensed foreign textbooks',
      summary:
        'Xu told USTR that, especially since 2000, Chinese universities have increasingly begun to use foreign textbooks, and that in such cases the Ministry of Education requests that the books be licensed for publishing in China to reduce the cost to students. Xu said nine presses in China print such licensed books, with more than 6,000 foreign textbooks in print, amounting to several hundred million RMB in royalties.',
      summaryVoice: 'reported',
      topicIds: ['textbook-licensing', 'university-piracy'],
      organizationIds: ['moe', 'moe-international-exchanges'],
      citations: [
        c(13, 'especially since 2000, Chinese universities have increasingly begun to use foreign textbooks'),
        c(13, 'the Ministry of Education requests that the books be licensed for publishing in China'),
        c(13, 'He said there are nine presses in China that print such licensed foreign books'),
      ],
    },
    {
      id: 'moe-enforcement-responsibility',
      venueId: 'moe',
      title: 'Who enforces copyright at universities',
      summary:
        'Xu said the Ministry of Education currently monitors copyright compliance at universities and stipulates measures, available online, for schools to follow, but that enforcement responsibility falls to the National Copyright Administration, which worked together with the Ministry from August to September 2006 to punish textbook infringers and will collaborate longer term to establish mechanisms to fight piracy.',
      summaryVoice: 'reported',
      topicIds: ['university-piracy', 'textbook-licensing'],
      organizationIds: ['moe', 'nca'],
      citations: [
        c(14, 'Xu said that the Ministry of Education currently monitors copyright compliance at universities'),
        c(14, 'enforcement responsibility falls to the National Copyright Administration'),
      ],
    },

    // MOFCOM
    {
      id: 'mofcom-review-findings',
      venueId: 'mofcom',
      title: 'Provincial review findings and complaint centers',
      summary:
        'USTR provided MOFCOM with a summary of provincial review activities and findings; Vice General Manager An expressed MOFCOM\'s appreciation and cited recent examples of IPR enforcement and the establishment of 50 nationwide IPR complaint centers.',
      summaryVoice: 'reported',
      topicIds: ['complaint-centers', 'counterfeit-markets', 'online-copyright'],
      organizationIds: ['ustr', 'mofcom'],
      citations: [
        c(15, 'USTR provided MOFCOM with a summary of provincial review activities and findings'),
        c(15, 'Vice General Manager An expressed MOFCOM\'s appreciation for USTR\'s observations on IPR and cited recent examples of IPR enforcement and the establishment of 50 nationwide IPR complaint centers'),
      ],
    },
    {
      id: 'mofcom-case-transfer',
      venueId: 'mofcom',
      title: 'Rewards and incentives for case transfer',
      summary:
        'Asked about a rewards system for IPR enforcement, MOFCOM replied that the separate enforcement and administrative systems for trademarks, copyrights and patents each include rewards and punishments, including rewards for case transfer, but noted there is no central system for evaluating and rewarding IPR enforcement. Asked what incentives have been added since 2006 for increased case transfer, MOFCOM reported that four new rules have been made and a monitoring system established; the two problems they report are evidence collection and cooperation with rights holders.',
      summaryVoice: 'reported',
      topicIds: ['case-transfer-incentives', 'evidence-and-prosecution'],
      organizationIds: ['mofcom'],
      citations: [
        c(16, 'Asked about the existence of a rewards system for IPR enforcement, MOFCOM replied'),
        c(16, 'MOFCOM noted that there is no central system for evaluating and rewarding IPR enforcement'),
        c(16, 'MOFCOM reported that four new rules have been made, and a monitoring system established'),
      ],
    },
    {
      // Split from mofcom-transparency. ¶17's first clause ("All IPR enforcement actions are reported on
      // the CIECC website") stands before the cable's ", and MOFCOM said that...": the cable's voice (audit
      // of 2026-12-04). The 20 percent and "United States visitors represented..." (which carries on the
      // visitor figures, before USTR's reply) are MOFCOM's: "said".
      id: 'mofcom-ciecc-website',
      venueId: 'mofcom',
      title: 'The CIECC website',
      summary:
        'The cable states that all IPR enforcement actions are reported on the CIECC website. MOFCOM said that 20 percent of visitors to the site in February 2007 were from the United States, indicating that it has become a valuable tool to foreign rights holders, and that US visitors were the largest proportion of foreign visitors.',
      summaryVoice: 'reported',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      organizationIds: ['mofcom', 'ciecc', 'us-embassy-beijing'],
      citations: [
        c(17, 'All IPR enforcement actions are reported on the CIECC website, and MOFCOM said that 20 percent of visitors to the site in February 2007 were from the United States'),
        c(17, 'United States visitors represented the largest proportion of foreign visitors to the site'),
      ],
    },
    {
      id: 'mofcom-transparency',
      venueId: 'mofcom',
      title: 'Transparency of enforcement information',
      summary:
        'USTR pointed out that very little information is available online, leaving rights holders uncertain whether their case has been dealt with, and that publishing so little may reduce the deterrent effect. USTR suggested releasing more information about take-down actions, in compliance with Chinese law; MOFCOM replied that this has to do with confidentiality of rights holders. Separately, USTR pointed out that following a March 2006 conversation about transparency, MOFCOM had not yet made available enforcement statistics for 2006.',
      summaryVoice: 'reported',
      topicIds: ['transparency-and-statistics', 'take-down-notices'],
      organizationIds: ['ustr', 'mofcom', 'rights-holders'],
      citations: [
        c(17, 'USTR pointed out that very little information is available online'),
        c(17, 'USTR suggested releasing more information about take-down actions, in compliance with Chinese law'),
        c(17, 'MOFCOM replied that this has to do with confidentiality of rights holders'),
        c(17, 'MOFCOM had not yet made available enforcement statistics for 2006'),
      ],
    },

    // Embassy comment (SBU)
    {
      id: 'comment-meeting-access',
      venueId: 'embassy-comment',
      title: 'Access to meetings and the WTO case',
      summary:
        'The Embassy comments that USTR\'s review meetings, held before the April 10 WTO filings, were largely granted at the last minute and only after considerable direct intervention by the Embassy. To arrange the meetings, Emboffs told MOFCOM that if China wanted an objective report in USTR\'s provincial review, it should either support USTR\'s visits to local governments, or at least refrain from interfering with them; MOFCOM denied any interference, but Chinese agencies did not grant any requested meetings until MOFCOM stopped "not interfering." Since the filings, Chinese officials have repeatedly noted in various fora that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended, which casts considerable doubt on how easily such meetings may be arranged in the future.',
      summaryVoice: 'cable',
      topicIds: ['bilateral-relations'],
      organizationIds: ['us-embassy-beijing', 'mofcom', 'chinese-officials'],
      citations: [
        c(18, 'were largely granted at the last minute and only after considerable direct intervention by the Embassy'),
        c(18, 'Emboffs told MOFCOM that if China wanted an objective report in USTR\'s provincial review, it should either support USTR\'s visits to local governments, or at least refrain from interfering with them'),
        c(18, 'Chinese agencies did not grant any requested meetings until MOFCOM stopped "not interfering."'),
        c(18, 'MOFCOM denied any interference'),
        c(18, 'Chinese officials have repeatedly noted in various fora that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended'),
      ],
    },
    {
      id: 'comment-local-engagement',
      venueId: 'embassy-comment',
      title: 'The value of local engagement',
      summary:
        'The Embassy comments that, despite recent WTO fallout, USTR\'s March meetings demonstrated the effectiveness of continued engagement with local officials to build relationships and trust to support better IPR enforcement. Emboffs have met with the BCB dozens of times and sponsored several joint programs; the BCB once confided its initial disbelief that Internet copyright piracy was a problem in China but now says it is fully engaged. Emboffs attended several bilateral meetings with CIECC before it established its online complaint mechanism, and Vice Director Wang Kaiqian has credited Emboffs\' advice with the site\'s recent dramatic increase in foreign users.',
      summaryVoice: 'cable',
      topicIds: ['exchanges-and-training', 'complaint-centers', 'online-copyright'],
      organizationIds: ['us-embassy-beijing', 'bcb', 'ciecc'],
      citations: [
        c(19, 'demonstrated the effectiveness of continued engagement with local officials'),
        c(19, 'Emboffs have met with BCB dozens of times and have sponsored several joint programs together'),
        c(19, 'Emboffs attended several bilateral meetings with CIECC'),
      ],
    },
    {
      id: 'comment-visitors-program',
      venueId: 'embassy-comment',
      title: 'International Visitors Program and technical assistance',
      summary:
        'The Embassy comments that continuing local engagement remains especially critical after the WTO case. It nominated and sent four Chinese Internet copyright enforcement officials to the United States on an International Visitors Program in March and April 2007; hosted by USTR and other agencies, they are now planning a number of technical assistance programs with the CIECC, which the Embassy hopes will survive the Chinese Government\'s high profile public rhetoric of disappointment and anger.',
      summaryVoice: 'cable',
      topicIds: ['exchanges-and-training', 'online-copyright'],
      organizationIds: ['us-embassy-beijing', 'ustr', 'ciecc', 'chinese-government'],
      citations: [
        c(20, 'a delegation of four Chinese Internet copyright enforcement officials to the United States'),
        c(20, 'which the Embassy hopes will survive the high profile public rhetoric of disappointment and anger from the Chinese Government'),
      ],
    },
  ],

  // ── Positions ────────────────────────────────────────────────────────────
  // Rendered as "<Speaker> <reportingVerb>: <paraphrase>"; reportingVerb null reads
  // "The cable (US Embassy Beijing) states: ...". One verb per position: where a sentence
  // carries two verbs for two claims it is split, and the hedge of the other clause gets a note.
  positions: [
    // bcb-awareness-and-legalization (¶2)
    {
      id: 'bcb-internet-focus-since-2006',
      issueId: 'bcb-awareness-and-legalization',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'told USTR',
      paraphrase:
        'Beijing started to focus on Internet-related IP enforcement in August 2006 with the launch of IP education and public awareness programs, including a project to educate businesses about legal software use.',
      citations: [
        c(2, 'Beijing started to focus on Internet-related intellectual property (IP) enforcement in August 2006'),
        c(2, 'a project to educate businesses about legal software use'),
      ],
    },
    {
      id: 'bcb-mayor-support',
      issueId: 'bcb-awareness-and-legalization',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase:
        'All of Beijing\'s copyright initiatives have the support of Beijing Mayor Wang Qishan, who wrote the preface of the Bureau\'s Software Copyright Protection Manual, published recently with the support of Microsoft and the Business Software Alliance.',
      citations: [
        c(2, 'all of Beijing\'s copyright initiatives have the support of Beijing Mayor Wang Qishan'),
        c(2, 'published recently with the support of Microsoft Corporation and the Business Software Alliance'),
      ],
    },
    {
      id: 'bcb-software-legalization-extended',
      issueId: 'bcb-awareness-and-legalization',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'stated',
      paraphrase:
        'Through BCB\'s efforts, Beijing Municipality has extended its government software legalization efforts from the central municipal government to all township and government agencies.',
      citations: [
        c(2, 'through BCB\'s efforts, Beijing Municipality has extended its government software legalization efforts from the central municipal government to all township and government agencies'),
      ],
    },

    // bcb-evidence-and-prosecution (¶3)
    {
      id: 'bcb-cases-transferred',
      issueId: 'bcb-evidence-and-prosecution',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase:
        'Some cases of Internet copyright infringement have been successfully transferred from the BCB to the Public Security Bureau for criminal investigation, trial, and conviction.',
      citations: [
        c(3, 'some cases of Internet copyright infringement have been successfully transferred from the BCB to the Public Security Bureau (PSB) for criminal investigation, trial, and conviction'),
      ],
    },
    {
      id: 'bcb-evidence-hard-to-collect',
      issueId: 'bcb-evidence-and-prosecution',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'expressed',
      paraphrase:
        'Concern that evidence in such cases is difficult to collect and that, as a result, suspects who infringe copyrights are often ultimately convicted for illegal business operations because prosecutors lack sufficient evidence of IP infringement.',
      citations: [
        c(3, 'he expressed concern that evidence in such cases is difficult to collect'),
        c(3, 'suspects who infringe copyrights are often ultimately convicted for illegal business operations because prosecutors lack sufficient evidence of IP infringement'),
      ],
    },
    {
      // Wang's account, not the cable's voice: ¶3 sits between "Wang explained ... However, he
      // expressed concern" and "Wang also noted"; the cable's verb for this account is "explained".
      id: 'bcb-watermark-pilot',
      issueId: 'bcb-evidence-and-prosecution',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase:
        'To help in prosecuting Internet copyright cases, the BCB in January launched a pilot program to use an electronic watermarking system to register and protect digital images.',
      citations: [
        c(3, 'To help in prosecuting Internet copyright cases, the BCB in January launched a pilot program to use an electronic watermarking system to register and protect digital images'),
      ],
    },

    // bcb-olympics-webcasting (¶3)
    {
      id: 'bcb-tasked-with-olympics-webcasting',
      issueId: 'bcb-olympics-webcasting',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'In a separate discussion with the Senior IPR Attache: his office has been tasked by the Beijing Municipal Government to address the problem of Internet webcasting or rebroadcasting of the Olympics, including drafting of a possible special rule addressing this issue for the government.',
      citations: [
        c(3, 'his office has been tasked by the Beijing Municipal Government to address the problem of Internet webcasting or rebroadcasting of the Olympics'),
        c(3, 'drafting of a possible special rule addressing this issue'),
      ],
    },

    // bcb-take-down-notices (¶4)
    {
      // The cable's own voice, conservatively (audit of 2026-12-04): ¶4 opens with this sentence before
      // any speaker is named. It does not continue an account: ¶3 closed on Wang's separate discussion
      // with the Senior IPR Attache, and ¶4 then introduces "Wang admitted" afresh. Whether Wang said it
      // the cable does not let a reader decide; this sentence is what the cable states, nothing more.
      id: 'bcb-regulates-take-down-requests',
      issueId: 'bcb-take-down-notices',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'The Beijing Copyright Bureau regulates all requests from rights holders for the removal of infringing material on the Internet.',
      citations: [
        c(4, 'The Beijing Copyright Bureau regulates all requests from rights holders for the removal of infringing material on the Internet'),
      ],
    },
    {
      id: 'bcb-take-down-procedures-new',
      issueId: 'bcb-take-down-notices',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'admitted',
      paraphrase: 'The procedures for take-down notification are only one year old and still in development.',
      citations: [c(4, 'Wang admitted that the procedures for take-down notification are only one year old and still in development')],
    },
    {
      id: 'bcb-take-down-overwhelmed',
      issueId: 'bcb-take-down-notices',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'said',
      paraphrase:
        'The BCB is concerned that the system will be overwhelmed by the large number of parties (rights holders, law firms, representatives, and others) filing take-down notices.',
      citations: [
        c(4, 'said that the BCB is concerned that the system will be overwhelmed by the large number of parties (rights holders, law firms, representatives, and others) filing take-down notices'),
      ],
      hedgeNotes: [
        { hedge: 'only', why: '"only one year old" is in the clause Wang admitted, kept in bcb-take-down-procedures-new.' },
        { hedge: 'still', why: '"still in development" is in the clause Wang admitted, kept in bcb-take-down-procedures-new.' },
      ],
    },
    {
      id: 'bcb-take-down-legitimacy',
      issueId: 'bcb-take-down-notices',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'said',
      paraphrase:
        'The BCB is also concerned about which notices are legitimate and which are sent by unauthorized parties, and is working with rights holders to clarify this process.',
      citations: [
        c(4, 'He said the BCB is also concerned about whic noties are legitimate and which are sent by unauthorized parties'),
        c(4, 'is working with rights holders to clarify this process'),
      ],
    },
    {
      id: 'ustr-take-down-us-practice',
      issueId: 'bcb-take-down-notices',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: 'responded',
      paraphrase:
        'Rights holders often settle on their own in the United States, and therefore the take-down system there only involves the government in the very small percentage of cases that require judicial intervention.',
      citations: [
        c(4, 'USTR responded that rights holders often settle on their own in the United States'),
        c(4, 'the take-down system only involves the government in the very small percentage of cases that require judicial intervention'),
      ],
    },
    {
      id: 'ustr-associations-should-file',
      issueId: 'bcb-take-down-notices',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'added',
      paraphrase:
        'Associations often act on rights holders\' behalf outside of the United States, and should continue to be allowed to file notices in China.',
      citations: [
        c(4, 'UST added that associations often act on rights holders\' behalf outside of the United States, and should continue to be allowed to file notices in China'),
      ],
    },

    // bcb-hosted-content (¶5)
    {
      id: 'bcb-content-stays-on-servers',
      issueId: 'bcb-hosted-content',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'stated',
      paraphrase:
        'While ISPs often respond to take-down notices by removing links to illegal content quickly, the content remains resident on the servers of Internet content providers (ICPs), who host the illegal files.',
      citations: [
        c(5, 'Internet service providers (ISPs) often respond to take-down notices by removing links to illegal content quickly, the content remains resident on the servers of Internet content providers (ICPs), who host the illegal files'),
      ],
    },
    {
      id: 'bcb-regulating-icps-difficult',
      issueId: 'bcb-hosted-content',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'said',
      paraphrase:
        'As the number both of illegal files and of ICPs grows, the BCB faces difficulties regulating them, particularly with respect to film and music downloads.',
      citations: [
        c(5, 'As the number both of illegal files and ICPs grows, Wang said the BCB faces difficulties regulating them, particularly with respect to film and music downloads'),
      ],
    },
    {
      id: 'ustr-work-with-industry',
      issueId: 'bcb-hosted-content',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      // The cable's verb phrase. It does not name who should work with industry; USTR is answering
      // Wang's account of the BCB's difficulties, hence the bracketed "[The BCB should]".
      reportingVerb: 'responded with the recommendation',
      paraphrase: '[The BCB should] work closely with industry to better understand the challenges they face in the area of illegal content.',
      citations: [
        c(5, 'USTR responded with the recommendation to work closely with industry to better understand the challenges they face in the area of illegal content'),
      ],
    },

    // bcb-deep-linking (¶6). USTR's question has no verb of its own in the cable ("In response
    // to USTR's inquiry"): it is in the issue summary, not a position. It is the prompt of Wang's
    // reply ("In response to USTR's inquiry ...: The BCB hosted ..."), which the screen puts before
    // the speaker, so that "this and similar cases" and "the case" point to something.
    {
      id: 'bcb-judges-on-prosecutors',
      issueId: 'bcb-deep-linking',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'In response to USTR\'s inquiry about the "deep linking" case brought against Yahoo China by the music industry in January 2007: The BCB hosted a workshop in February to discuss this and similar cases with judges, and the opinion of the judges was that the prosecutors in the case were "not professional enough," in that they faced difficulties establishing sufficient evidence.',
      citations: [
        c(6, 'In response to USTR\'s inquiry about the "deep linking" case brought against Yahoo China by the music industry in January 2007, Wang said that the BCB hosted a workshop in February to discuss this and similar cases with judges'),
        c(6, 'He said that the opinion of the judges was that the prosecutors in the case were "not professional enough," in that they faced difficulties establishing sufficient evidence'),
      ],
      hedgeNotes: [
        {
          hedge: 'about',
          why: 'In "USTR\'s inquiry about the deep linking case", which the position restates as the prompt of Wang\'s reply, it is a preposition, not a hedge.',
        },
      ],
    },
    {
      // Split from bcb-easier-charges: the cable's sentence gives Wang two verbs, "said" (this) and
      // "suggested" (the next position), in that order.
      id: 'bcb-cases-difficult-to-prosecute',
      issueId: 'bcb-deep-linking',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'said',
      paraphrase: 'Such cases are very difficult to prosecute.',
      citations: [c(6, 'Wang said such cases are very difficult to prosecute')],
    },
    {
      id: 'bcb-easier-charges',
      issueId: 'bcb-deep-linking',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      paraphrase:
        'The lawyers [should] bring charges that are easier to prove, including civil infringement for the right to communicate over information networks, as defined in recently issued regulations, and others.',
      citations: [
        c(6, 'suggested that the lawyers bring charges that are easier to prove, including civil infringement for the right to communicate over information networks'),
        c(6, 'as defined in recently issued regulations, and others'),
      ],
    },

    // bcb-ipr-courts (¶7)
    {
      id: 'bcb-special-civil-division',
      issueId: 'bcb-ipr-courts',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'recommendation',
      reportingVerb: 'indicated',
      paraphrase:
        'His interest in seeing IPR cases prosecuted in a special division of the civil courts, making more resources available for such cases.',
      citations: [
        c(7, 'Wang indicated his interest in seeing IPR cases prosecuted in a special division of the civil courts, making more resources available for such cases'),
      ],
    },
    {
      id: 'bcb-basic-level-courts',
      issueId: 'bcb-ipr-courts',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'Beijing recently established several basic level IPR civil courts, which provide additional convenience to right holders seeking to litigate their cases.',
      citations: [
        c(7, 'He noted that Beijing recently established several basic level IPR civil courts, which provide additional convenience to right holders seeking to litigate their cases'),
      ],
    },
    {
      id: 'bcb-government-still-learning',
      issueId: 'bcb-ipr-courts',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'The Chinese Government is still learning to establish legal systems that adequately address IPR issues.',
      citations: [
        c(7, 'He added that the Chinese Government is still learning to establish legal systems that adequately address IPR issues'),
      ],
      hedgeNotes: [
        { hedge: 'at least', why: '"at least the chief judge" is in the clause Wang noted, kept in bcb-jiang-supports.' },
      ],
    },
    {
      id: 'bcb-jiang-supports',
      issueId: 'bcb-ipr-courts',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'In response to a comment by the Senior IPR Attache: at least the chief judge of the Supreme People\'s Court civil IPR tribunal, Jiang Zhipei, supported such a move.',
      citations: [
        c(7, 'he noted, in response to a comment by Senior IPR Attache, that at least the chief judge of the Supreme People\'s Court civil IPR tribunal, Jiang Zhipei, supported such a move'),
      ],
      hedgeNotes: [
        { hedge: 'still', why: '"still learning" is in the clause Wang added, kept in bcb-government-still-learning.' },
      ],
    },
    {
      id: 'embassy-basic-courts-concern',
      issueId: 'bcb-ipr-courts',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'The increasing trend towards basic level civil IPR courts is of little help to foreigners, who must litigate their cases in intermediate courts; such basic level courts may be more closely tied to local economic interests.',
      citations: [
        c(7, 'The increasing trend towards basic level civil IPR courts is of little help to foreigners, who must litigate their cases in intermediate courts'),
        c(7, 'such basic level courts may be more closely tied to local economic interests'),
      ],
    },

    // spc-unified-ipr-court (¶7 note)
    {
      // The cable's own voice ("In general, the United States Government has supported..."),
      // so the cable's author holds it; the issue lists the USG among its organizations.
      id: 'usg-integrated-or-appellate-court',
      issueId: 'spc-unified-ipr-court',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: null,
      paraphrase:
        'In general, the United States Government has supported the creation of either an integrated IPR court that combines civil, criminal, and administrative jurisdiction or a national appellate IPR court that permits litigants to immediately appeal a case in a jurisdiction that is less tied to local influence.',
      citations: [
        c(7, 'In general, the United States Government has supported the creation of either an integrated IPR court that combines civil, criminal, and administrative jurisdiction or a national appellate IPR court that permits litigants to immediately appeal a case in a jurisdiction that is less tied to local influence'),
      ],
    },
    {
      id: 'spc-unified-court-after-reform',
      issueId: 'spc-unified-ipr-court',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'While he agrees there is benefit in establishing a unified IPR court in China, it will not happen until after a broad-based reform of China\'s judicial system as well as its IPR laws as a whole.',
      citations: [
        c(7, 'While Zhang agrees there is benefit in establishing a unified IPR court in China, he said it will not happen until after a broad-based reform of China\'s judicial system as well as its IPR laws as a whole'),
      ],
    },
    {
      id: 'spc-jiang-would-lead',
      issueId: 'spc-unified-ipr-court',
      organizationId: 'spc',
      personId: 'zhang-jun',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'In the event such a court were established, Judge Jiang Zhipei would likely serve as its chief judge, and he therefore naturally supports the move.',
      citations: [
        c(7, 'Zhang noted that in the event such a court were established, Judge Jiang Zhipei would likely serve as its chief judge, and he therefore naturally supports the move'),
      ],
    },

    // bcb-university-infringement (¶8)
    {
      id: 'bcb-textbook-copying',
      issueId: 'bcb-university-infringement',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'replied',
      paraphrase:
        'Asked about copyright infringement at universities: many universities use foreign textbooks, which are subject to illegal copying and distribution because of their relatively high cost.',
      citations: [
        c(8, 'Asked about copyright infringement at universities, Wang replied that many universities use foreign textbooks, which are subject to illegal copying and distribution because of their relatively high cost'),
      ],
    },
    {
      id: 'bcb-no-safe-harbor',
      issueId: 'bcb-university-infringement',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Universities receive "no safe harbor" from IPR laws, and the BCB plans to meet with 56 Beijing-area university presidents to discuss the problem.',
      citations: [
        c(8, 'universities receive "no safe harbor" from IPR laws'),
        c(8, 'the BCB plans to meet with 56 Beijing-area university presidents to discuss the problem'),
      ],
    },
    {
      id: 'bcb-broadband-black-list',
      issueId: 'bcb-university-infringement',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Online piracy over broadband Internet connections at universities is still relatively new, and the BCB is developing a black list of known infringing web sites that have not yet been shut down.',
      citations: [
        c(8, 'Wang said that the problem is still relatively new'),
        c(8, 'BCB is developing a black list of known infringing web sites that have not yet been shut down'),
      ],
    },
    {
      id: 'bcb-no-university-policies',
      issueId: 'bcb-university-infringement',
      organizationId: 'bcb',
      personId: 'wang-yefei',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase:
        'In response to a question of the Senior IPR Attache: he was unaware of any specific university policies governing usage of the Internet to minimize infringement activities.',
      citations: [
        c(8, 'Wang noted that he was unaware of any specific university policies governing usage of the Internet to minimize infringement activities'),
      ],
    },

    // bcb-transparent-reporting (¶8)
    {
      id: 'ustr-transparent-reporting',
      issueId: 'bcb-transparent-reporting',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'recommended',
      paraphrase:
        'BCB [should] employ more transparent reporting of any IPR enforcement actions, since such publicity would give China more credit abroad for its efforts, and would help to deter pirates.',
      citations: [
        c(8, 'USTR recommended that BCB employ more transparent reporting of any IPR enforcement actions'),
        c(8, 'would give China more credit abroad for its efforts, and would help to deter pirates'),
      ],
    },

    // chaoyang-market-management (¶9)
    {
      id: 'chaoyang-enforcement-central',
      issueId: 'chaoyang-market-management',
      organizationId: 'chaoyang-district-government',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'told USTR',
      paraphrase:
        'Beijing\'s Central Business District plays an important role in the development of the capital and the country, especially with the impending 2008 Olympic Games, and IPR enforcement is central to the district\'s continued development.',
      citations: [
        c(9, 'the Chinese side told USTR that Beijing\'s Central Business District plays an important role in the development of the capital and the country, especially with the impending 2008 Olympic Games'),
        c(9, 'IPR enforcement is central to the district\'s continued development'),
      ],
    },
    {
      id: 'chaoyang-more-social-forces',
      issueId: 'chaoyang-market-management',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'The government is "involving more social forces" in protecting IPR.',
      citations: [c(9, 'Xie said the government is "involving more social forces" in protecting IPR')],
    },
    {
      // "notorious counterfeit markets" stands in Xie's indirect speech (¶9) but is most likely the drafter's
      // wording, not his: given in square brackets as what the cable calls the markets, outside what he explained.
      id: 'chaoyang-relies-on-management-companies',
      issueId: 'chaoyang-market-management',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'explained',
      paraphrase: 'The government relies heavily on the management companies of Chaoyang\'s markets [which the cable calls "notorious counterfeit markets"] to enforce IPR protection.',
      citations: [
        c(9, 'explained that the government relies heavily on the management companies at Chaoyang\'s notorious counterfeit markets to enforce IPR protection'),
      ],
    },
    {
      id: 'chaoyang-supplier-certification',
      issueId: 'chaoyang-market-management',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'For example, all management companies now require vendors selling trademarked brands to report their suppliers to Chaoyang\'s Cultural Authority for certification, and revocation of that certification also results in revocation of a vendor\'s business license, thus avoiding the quick revival of illegal businesses.',
      citations: [
        c(9, 'all management companies now require vendors selling trademarked brands to report their suppliers to Chaoyang\'s Cultural Authority for certification'),
        c(9, 'revocation of that certification also results in the revocation of a vendor\'s business license, thus avoiding the quick revival of illegal businesses'),
      ],
    },

    // chaoyang-amcham-mou (¶10)
    {
      id: 'chaoyang-rights-holders-satisfied',
      issueId: 'chaoyang-amcham-mou',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Based on meetings with industry associations, rights holders are satisfied with IPR protection measures and enforcement actions taken in Beijing\'s markets.',
      citations: [
        c(10, 'based on meetings with industry associations, rights holders are satisfied with IPR protection measures and enforcement actions taken in Beijing\'s markets'),
      ],
    },
    {
      id: 'chaoyang-mou-with-amcham',
      issueId: 'chaoyang-amcham-mou',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase:
        'The Chaoyang government signed an MOU with AmCham in October 2006 that will create a better environment for legitimate goods and will increase public awareness of the counterfeit problem.',
      citations: [
        c(10, 'He added that the Chaoyang government signed a memorandum of understanding (MOU) with the American Chamber of Commerce (AmCham) in October 2006 that will create a better environment for legitimate goods and will increase public awareness of the counterfeit problem'),
      ],
    },
    {
      id: 'chaoyang-amcham-mou-strategy',
      issueId: 'chaoyang-amcham-mou',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'This strategy, combined with targeted law enforcement activities, is the key to IPR enforcement.',
      citations: [c(10, 'Xie said that this strategy, combined with targeted law enforcement activities, is the keys to IPR enforcement')],
    },
    {
      id: 'chaoyang-ipr-working-group',
      issueId: 'chaoyang-amcham-mou',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'reported',
      paraphrase:
        'Also through the MOU with AmCham, the Chaoyang government meets monthly with an IPR working group to exchange ideas and the results of piracy cases, enhance law enforcement and monitoring efforts, hold workshops and seminars, and create campaigns to educate sellers and buyers, particularly younger buyers.',
      citations: [
        c(10, 'Also through the MOU with AmCham, Xie reported that the Chaoyang government meets monthly with an IPR working group'),
        c(10, 'enhance law enforcement and monitoring efforts, hold workshops and seminars, and create campaigns to educate sellers and buyers, particularly younger buyers'),
      ],
    },
    {
      id: 'chaoyang-education-programs',
      issueId: 'chaoyang-amcham-mou',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'added',
      paraphrase: 'Education programs have to date included a visit to Microsoft and to Taiwan movie studios.',
      citations: [c(10, 'He added that education programs have to date included a visit to Microsoft and to Taiwan movie studios')],
    },
    {
      id: 'chaoyang-wants-us-visit',
      issueId: 'chaoyang-amcham-mou',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'request',
      reportingVerb: 'added',
      paraphrase:
        'Chaoyang government officials would like to visit the United States in 2007 to exchange experiences on enforcement, further to a recent exchange with local law enforcement from the United States.',
      citations: [
        c(10, 'Chaoyang government officials would like to visit the United States in 2007 to exchange experiences on enforcement, further to a recent exchange with local law enforcement from the United States'),
      ],
    },

    // chaoyang-silk-street (¶11–12)
    {
      id: 'ustr-silk-street-question',
      issueId: 'chaoyang-silk-street',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'request',
      reportingVerb: 'asked Chaoyang government officials',
      paraphrase:
        'What more the United States and China must do to cooperatively manage the problem at Silk Street Market, the "world\'s most famous market" for counterfeit goods.',
      citations: [
        c(11, 'USTR asked Chaoyang government officials what more the United States and China must do to cooperatively manage the problem at Silk Street Market, the "world\'s most famous market" for counterfeit goods'),
      ],
    },
    {
      id: 'chaoyang-question-not-provided',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'liu-chuncheng',
      side: 'China',
      kind: 'concern',
      // The cable's verb phrase, word for word. The square brackets inside the quotation are the cable's own.
      reportingVerb: 'interrupted the interpreter to note',
      paraphrase: '"The embassy did not provide us with this question [in advance]." [The brackets around "in advance" are the cable\'s own; by the usual convention, words its drafter supplied.]',
      citations: [c(11, 'Liu interrupted the interpreter to note that "the embassy did not provide us with this question [in advance]."')],
    },
    {
      id: 'chaoyang-recent-progress',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'liu-chuncheng',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'continued',
      paraphrase:
        'Those familiar with the market\'s history will have a more objective view of recent progress in enforcement, and those who "pay more attention to recent litigations" and cooperation with the EU will have a better understanding of the situation.',
      citations: [
        c(11, 'He continued to say that those familiar with the market\'s history will have a more objective view of recent progress n enforcement'),
        c(11, 'those who "pay more attention to recent litigations" and cooperation with the EU will have a better understanding of the situation'),
      ],
    },
    {
      id: 'ustr-silk-street-industry-data',
      issueId: 'chaoyang-silk-street',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: 'cited',
      paraphrase: 'Recent industry data showing that, in some categories, up to 80–90% of goods at Silk Street are counterfeits.',
      citations: [c(11, 'USTR cited recent industry data showing that, in some categories, up to 80-90% of goods at Silk Street are counterfeits')],
    },
    {
      id: 'chaoyang-challenges-figures',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: null,
      side: 'China',
      kind: 'denial',
      reportingVerb: 'challenged',
      paraphrase: 'Those figures [the recent industry data USTR cited], asserting that rights holders are pleased with the situation at the market.',
      citations: [
        c(11, 'The Chinese side challenged those figures'),
        c(11, 'asserting that rights holders are pleased with the situation at the market'),
      ],
    },
    {
      id: 'chaoyang-requests-data',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: null,
      side: 'China',
      kind: 'request',
      reportingVerb: 'requested',
      paraphrase: 'Such data [should] be shared.',
      citations: [c(11, 'requested that such data be shared')],
    },
    {
      id: 'chaoyang-data-forced',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'liu-chuncheng',
      side: 'China',
      kind: 'denial',
      reportingVerb: 'said',
      paraphrase: 'Data on high rates of counterfeit products at local markets is "forced" by intermediaries who profit from IPR cases.',
      citations: [
        c(12, 'Director Liu said that data on high rates of counterfeit products at local markets is "forced" by intermediaries who profit from IPR cases'),
      ],
    },
    {
      id: 'chaoyang-never-relied-on-counterfeits',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'liu-chuncheng',
      side: 'China',
      kind: 'denial',
      reportingVerb: 'stated',
      paraphrase: 'Chaoyang district has never relied on the sale of counterfeit goods for economic development.',
      citations: [c(12, 'stated that Chaoyang district has never relied on the sale of counterfeit goods for economic development')],
    },
    {
      id: 'ustr-acknowledge-frankly',
      issueId: 'chaoyang-silk-street',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      paraphrase: 'Both sides [should] acknowledge frankly the situation at the market and work constructively to address it.',
      citations: [
        c(12, 'USTR suggested that both sides acknowledge frankly the situation at the market and work constructively to address it'),
      ],
      hedgeNotes: [
        { hedge: 'hopes', why: '"his hope" is Liu\'s, in the reply clause of the same sentence, kept in chaoyang-visit-and-real-data.' },
      ],
    },
    {
      id: 'chaoyang-visit-and-real-data',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'liu-chuncheng',
      side: 'China',
      kind: 'recommendation',
      // The cable's verb phrase, word for word: the encouragement is the reply itself, and "expressed"
      // takes the hope as its object.
      reportingVerb: 'replied by encouraging USTR to visit Silk Street Market, and expressed',
      paraphrase: 'His hope to work together in the future based on real data.',
      citations: [
        c(12, 'Liu replied by encouraging USTR to visit Silk Street Market, and expressed his hope to work together in the future based on real data'),
      ],
    },
    {
      id: 'chaoyang-determined-to-fight-piracy',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'commitment',
      reportingVerb: 'added',
      paraphrase:
        'Chaoyang district is firmly determined to fighting piracy and, as WTO members, China assures that all rights holders receive the same treatment as domestic rights holders.',
      citations: [
        c(12, 'Vice Governor Xie added that Chaoyang district is firmly determined to fighting piracy'),
        c(12, 'as WTO members, China assures that all rights holders receive the same treatment as domestic rights holders'),
      ],
    },
    {
      id: 'chaoyang-hopes-for-discussion',
      issueId: 'chaoyang-silk-street',
      organizationId: 'chaoyang-district-government',
      personId: 'xie-chaobin',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'He hopes to promote future discussion and avoid misunderstandings.',
      citations: [c(12, 'He said that he hopes to promote future discussion and avoid misunderstandings')],
    },

    // chaoyang-silk-market-settlement (¶11 note)
    {
      id: 'embassy-silk-market-settlement-note',
      issueId: 'chaoyang-silk-market-settlement',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Liu referred in particular to a widely reported incident in which a European lawyer, counsel to two companies concerned about infringement at the Silk Market and chair of European Chamber\'s IPR Committee, entered into a separate agreement with the Silk Market to settle his clients\' civil litigation; the signing ceremony was widely reported in the media as an indication of European "satisfaction" with IP enforcement at Silk Market.',
      citations: [
        c(11, 'Director Liu referred in particular to a widely reported incident in which a European lawyer, who is also counsel to two companies concerned about infringement at the Silk Market and who chairs European Chamber\'s IPR Committee, entered into a separate agreement with the Silk Market to settle his clients\' civil litigation'),
        c(11, 'The signing ceremony was widely reported in the media as an indication of European "satisfaction" with IP enforcement at Silk Market'),
      ],
    },
    {
      id: 'embassy-declined-signing',
      issueId: 'chaoyang-silk-market-settlement',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Emboffs were advised by rights holders\' counsel not to attend this meeting, lest it be used for propaganda purposes, and therefore declined to participate.',
      citations: [
        c(11, 'Emboffs were advised by rights holders\' counsel not to attend this meeting, lest it be used for propaganda purposes, and therefore declined to participate'),
      ],
    },

    // moe-textbook-licensing (¶13)
    {
      id: 'moe-foreign-textbooks-since-2000',
      issueId: 'moe-textbook-licensing',
      organizationId: 'moe',
      personId: 'xu-yongji',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'told USTR',
      paraphrase: 'Especially since 2000, Chinese universities have increasingly begun to use foreign textbooks.',
      citations: [c(13, 'especially since 2000, Chinese universities have increasingly begun to use foreign textbooks')],
    },
    {
      // Xu's account, not the cable's voice: ¶13 puts it between "Xu Yongji told USTR that" and
      // "He said there are nine presses"; the verb is the one that opens his account, "told USTR".
      id: 'moe-requests-licensing',
      issueId: 'moe-textbook-licensing',
      organizationId: 'moe',
      personId: 'xu-yongji',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'told USTR',
      paraphrase:
        'In such cases, the Ministry of Education requests that the books be licensed for publishing in China to reduce the cost to students.',
      citations: [
        c(13, 'In such cases, the Ministry of Education requests that the books be licensed for publishing in China to reduce the cost to students'),
      ],
    },
    {
      // "several hundred million RMB" has no number to chart: it stays here, word for word.
      id: 'moe-licensed-textbook-scale',
      issueId: 'moe-textbook-licensing',
      organizationId: 'moe',
      personId: 'xu-yongji',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'There are nine presses in China that print such licensed foreign books, with a total of more than 6,000 foreign textbooks in print in China today, amounting to several hundred million RMB in royalties.',
      citations: [
        c(13, 'He said there are nine presses in China that print such licensed foreign books'),
        c(13, 'more than 6,000 foreign textbooks in print in China today, amounting to several hundred million RMB in royalties'),
      ],
    },

    // moe-enforcement-responsibility (¶14)
    {
      id: 'moe-monitors-compliance',
      issueId: 'moe-enforcement-responsibility',
      organizationId: 'moe',
      personId: 'xu-yongji',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'The Ministry of Education currently monitors copyright compliance at universities, and stipulates measures, available online, for schools to follow.',
      citations: [
        c(14, 'Xu said that the Ministry of Education currently monitors copyright compliance at universities, and stipulates measures, available online, for schools to follow'),
      ],
    },
    {
      // Xu's account, not the cable's voice: "However, enforcement responsibility falls..." continues
      // ¶14's "Xu said that the Ministry of Education currently monitors..." (the "However" answers it).
      id: 'moe-enforcement-falls-to-nca',
      issueId: 'moe-enforcement-responsibility',
      organizationId: 'moe',
      personId: 'xu-yongji',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        'Enforcement responsibility falls to the National Copyright Administration, which worked together with the Ministry of Education from August to September 2006 to punish textbook infringers, and will collaborate longer term to establish mechanisms to fight piracy.',
      citations: [
        c(14, 'However, enforcement responsibility falls to the National Copyright Administration, which worked together with the Ministry of Education from August to September 2006 to punish textbook infringers, and will collaborate longer term to establish mechanisms to fight piracy'),
      ],
    },

    // mofcom-review-findings (¶15)
    {
      id: 'ustr-review-summary',
      issueId: 'mofcom-review-findings',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'claim',
      // Not "provided MOFCOM with": the lead-in is the attribution, and names only the speaker, so a view that
      // hides MOFCOM does not name it there (briefing-csv.test.ts).
      reportingVerb: 'provided',
      paraphrase:
        'A summary of provincial review activities and findings to MOFCOM, covering athletic shoe counterfeiting, Internet and book piracy, IPR complaint centers, and discussion of Silk Market with Chaoyang District Government.',
      citations: [
        c(15, 'USTR provided MOFCOM with a summary of provincial review activities and findings, covering athletic shoe counterfeiting, Internet and book piracy, IPR complaint centers, and discussion of Silk Market with Chaoyang District Government'),
      ],
    },
    {
      // An speaks for MOFCOM ("expressed MOFCOM's appreciation"); the position is MOFCOM's. Split from
      // mofcom-complaint-centers: the cable's sentence gives An two verbs, "expressed" (this) and "cited" (the next).
      id: 'mofcom-appreciation',
      issueId: 'mofcom-review-findings',
      organizationId: 'mofcom',
      personId: 'an-ning',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'expressed',
      paraphrase: 'MOFCOM\'s appreciation for USTR\'s observations on IPR.',
      citations: [c(15, 'Vice General Manager An expressed MOFCOM\'s appreciation for USTR\'s observations on IPR')],
    },
    {
      // An speaks for MOFCOM; the position is MOFCOM's.
      id: 'mofcom-complaint-centers',
      issueId: 'mofcom-review-findings',
      organizationId: 'mofcom',
      personId: 'an-ning',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'cited',
      paraphrase:
        'Recent examples of IPR enforcement and the establishment of 50 nationwide IPR complaint centers, which he noted are consistent with MOFCOM\'s principle to consistently promote IPR issues at all levels of government.',
      citations: [
        c(15, 'cited recent examples of IPR enforcement and the establishment of 50 nationwide IPR complaint centers'),
        c(15, 'which he noted are consistent with MOFCOM\'s principle to consistently promote IPR issues at all levels of government'),
      ],
    },

    // mofcom-case-transfer (¶16)
    {
      id: 'mofcom-rewards-per-system',
      issueId: 'mofcom-case-transfer',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'replied',
      paraphrase:
        'Asked about the existence of a rewards system for IPR enforcement: different enforcement and administrative systems exist for trademarks, copyrights, and patents, and rewards and punishments, including rewards for case transfer, are part of each.',
      citations: [
        c(16, 'Asked about the existence of a rewards system for IPR enforcement, MOFCOM replied that different enforcement and administrative systems exist for trademarks, copyrights, and patents, and that rewards and punishments, including rewards for case transfer, are part of each'),
      ],
    },
    {
      id: 'mofcom-no-central-system',
      issueId: 'mofcom-case-transfer',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'noted',
      paraphrase: 'There is no central system for evaluating and rewarding IPR enforcement.',
      citations: [c(16, 'MOFCOM noted that there is no central system for evaluating and rewarding IPR enforcement')],
    },
    {
      id: 'mofcom-new-rules',
      issueId: 'mofcom-case-transfer',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'reported',
      paraphrase:
        'Asked what incentives have been added since 2006 for increased case transfer: four new rules have been made, and a monitoring system established.',
      citations: [
        c(16, 'Asked what incentives have been added since 2006 for increased case transfer, MOFCOM reported that four new rules have been made, and a monitoring system established'),
      ],
    },
    {
      // "The two problems they report to face": the cable's verb is "report" ("reported" above).
      id: 'mofcom-two-problems',
      issueId: 'mofcom-case-transfer',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'concern',
      reportingVerb: 'reported',
      paraphrase: 'The two problems they face are evidence collection and cooperation with rights holders.',
      citations: [c(16, 'The two problems they report to face are evidence collection and cooperation with rights holders')],
    },

    // mofcom-ciecc-website (¶17)
    {
      // The cable's own voice, conservatively (audit of 2026-12-04): ¶17 opens with this clause, and the
      // cable begins MOFCOM's attribution only after it (", and MOFCOM said that 20 percent..."), so
      // "said" does not reach back over it. Whether MOFCOM said it the cable does not let a reader decide.
      id: 'ciecc-website-reports-actions',
      issueId: 'mofcom-ciecc-website',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'All IPR enforcement actions are reported on the CIECC website.',
      citations: [c(17, 'All IPR enforcement actions are reported on the CIECC website')],
    },
    {
      id: 'mofcom-ciecc-website',
      issueId: 'mofcom-ciecc-website',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase:
        '20 percent of visitors to the CIECC website in February 2007 were from the United States, indicating that it has become a valuable tool to foreign rights holders.',
      citations: [
        c(17, 'MOFCOM said that 20 percent of visitors to the site in February 2007 were from the United States, indicating that it has become a valuable tool to foreign rights holders'),
      ],
    },
    {
      // MOFCOM's account, not the cable's voice: it carries on the site's February 2007 visitor
      // figures "MOFCOM said" in the sentence before, ahead of USTR's reply. Verb: ¶17's "said".
      id: 'ciecc-us-largest-foreign-share',
      issueId: 'mofcom-ciecc-website',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'said',
      paraphrase: 'United States visitors represented the largest proportion of foreign visitors to the CIECC site.',
      citations: [c(17, 'United States visitors represented the largest proportion of foreign visitors to the site')],
    },

    // mofcom-transparency (¶17)
    {
      id: 'ustr-little-information-online',
      issueId: 'mofcom-transparency',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: 'pointed out',
      paraphrase:
        'Very little information is available online, leaving rights holders uncertain whether their particular case has been dealt with or not, and publishing so little information may reduce the deterrent effect.',
      citations: [
        c(17, 'USTR pointed out that very little information is available online, leaving rights holders uncertain whether their particular case has been dealt with or not'),
        c(17, 'publishing so little information may reduce the deterrent effect'),
      ],
    },
    {
      id: 'ustr-release-take-down-information',
      issueId: 'mofcom-transparency',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      paraphrase: 'Releasing more information about take-down actions, in compliance with Chinese law.',
      citations: [c(17, 'USTR suggested releasing more information about take-down actions, in compliance with Chinese law')],
    },
    {
      id: 'mofcom-confidentiality',
      issueId: 'mofcom-transparency',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'replied',
      paraphrase:
        'To USTR\'s suggestion to release more information about take-down actions: this has to do with confidentiality of rights holders.',
      citations: [
        c(17, 'USTR suggested releasing more information about take-down actions'),
        c(17, 'MOFCOM replied that this has to do with confidentiality of rights holders'),
      ],
    },
    {
      id: 'ustr-2006-statistics-missing',
      issueId: 'mofcom-transparency',
      organizationId: 'ustr',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: 'pointed out',
      paraphrase:
        'Following a March 2006 conversation about transparency, MOFCOM had not yet made available enforcement statistics for 2006.',
      citations: [
        c(17, 'USTR pointed out that following a March 2006 conversation about transparency, MOFCOM had not yet made available enforcement statistics for 2006'),
      ],
    },

    // comment-meeting-access (¶18, SBU)
    {
      id: 'embassy-meetings-granted-late',
      issueId: 'comment-meeting-access',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'USTR\'s provincial review meetings in China, held prior to the April 10 WTO filings by USTR, were largely granted at the last minute and only after considerable direct intervention by the Embassy.',
      citations: [
        c(18, 'which were held prior to the April 10 WTO filings by USTR, were largely granted at the last minute and only after considerable direct intervention by the Embassy'),
      ],
    },
    {
      id: 'embassy-told-mofcom-not-to-interfere',
      issueId: 'comment-meeting-access',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'request',
      reportingVerb: 'told MOFCOM',
      paraphrase:
        'If China wanted an objective report in USTR\'s provincial review, it should either support USTR\'s visits to local governments, or at least refrain from interfering with them. [The cable gives the purpose: "To arrange the meetings."]',
      citations: [
        c(18, 'To arrange the meetings, Emboffs told MOFCOM that if China wanted an objective report in USTR\'s provincial review, it should either support USTR\'s visits to local governments, or at least refrain from interfering with them'),
      ],
    },
    {
      id: 'mofcom-denies-interference',
      issueId: 'comment-meeting-access',
      organizationId: 'mofcom',
      personId: null,
      side: 'China',
      kind: 'denial',
      reportingVerb: 'denied',
      // The cable's "In response" follows "Emboffs told MOFCOM ..."; the screen puts the prompt before the speaker.
      paraphrase: 'In response to Emboffs: Any interference.',
      citations: [c(18, 'In response, MOFCOM denied any interference')],
    },
    {
      id: 'embassy-meetings-after-mofcom-stopped',
      issueId: 'comment-meeting-access',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'Chinese agencies did not grant any requested meetings until MOFCOM stopped "not interfering."',
      // Through "not interfering.": cut at "stopped", the quote lost the point it supports.
      citations: [c(18, 'Chinese agencies did not grant any requested meetings until MOFCOM stopped "not interfering."')],
    },
    {
      id: 'china-cooperation-suspended',
      issueId: 'comment-meeting-access',
      organizationId: 'chinese-officials',
      personId: null,
      side: 'China',
      kind: 'claim',
      // The cable's verb phrase, word for word: "repeatedly" and "in various fora" qualify the noting, not what was noted.
      reportingVerb: 'have repeatedly noted in various fora',
      paraphrase:
        'All bilateral cooperation on IPR issues between the United States and China is henceforth suspended. [The cable\'s sentence opens: "With the April 10 filing of the WTO dispute resolution cases on Chinese IPR-related matters (enforcement and market access)", and goes on.]',
      citations: [
        c(18, 'With the April 10 filing of the WTO dispute resolution cases on Chinese IPR-related matters (enforcement and market access), Chinese officials have repeatedly noted in various fora that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended'),
      ],
      hedgeNotes: [
        { hedge: 'considerable', why: '"casts considerable doubt" is the Embassy\'s assessment in the same sentence, kept in embassy-future-meetings-doubt.' },
        { hedge: 'may', why: '"may be arranged" is in the Embassy\'s assessment in the same sentence, kept in embassy-future-meetings-doubt.' },
      ],
    },
    {
      id: 'embassy-future-meetings-doubt',
      issueId: 'comment-meeting-access',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'Chinese officials\' repeated statements that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended cast considerable doubt on the ease with which such meetings may be arranged in the future.',
      citations: [c(18, 'which casts considerable doubt on the ease with which such meetings may be arranged in the future')],
    },

    // comment-local-engagement (¶19, SBU)
    {
      id: 'embassy-engagement-effective',
      issueId: 'comment-local-engagement',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Despite recent WTO fallout, USTR\'s March meetings in Beijing demonstrated the effectiveness of continued engagement with local officials to build relationships and trust to support better IPR enforcement; Emboffs have met with BCB dozens of times and have sponsored several joint programs together.',
      citations: [
        c(19, 'demonstrated the effectiveness of continued engagement with local officials to build relationships and trust to support better IPR enforcement'),
        c(19, 'Emboffs have met with BCB dozens of times and have sponsored several joint programs together'),
      ],
    },
    {
      id: 'bcb-confided-initial-disbelief',
      issueId: 'comment-local-engagement',
      organizationId: 'bcb',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'confided',
      // "In a prior meeting with Emboffs" is the setting: the screen puts it before the speaker.
      paraphrase:
        'In a prior meeting with Emboffs: Their own initial disbelief when first advised by Emboffs that Internet copyright piracy was a problem in China.',
      citations: [
        c(19, 'In a prior meeting with Emboffs, the BCB even confided their own initial disbelief when first advised by Emboffs that Internet copyright piracy was a problem in China'),
      ],
    },
    {
      id: 'bcb-now-fully-engaged',
      issueId: 'comment-local-engagement',
      organizationId: 'bcb',
      personId: null,
      side: 'China',
      kind: 'claim',
      reportingVerb: 'says',
      paraphrase: 'Now they are fully engaged on the issue of Internet copyright piracy.',
      citations: [c(19, 'Now, however, they say they are fully engaged on the issue')],
    },
    {
      id: 'embassy-ciecc-meetings',
      issueId: 'comment-local-engagement',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'Emboffs attended several bilateral meetings with CIECC before it established its now popular online IPR complaint mechanism.',
      citations: [
        c(19, 'Emboffs attended several bilateral meetings with CIECC before it established its now popular online IPR complaint mechanism'),
      ],
    },
    {
      id: 'ciecc-credits-emboffs',
      issueId: 'comment-local-engagement',
      organizationId: 'ciecc',
      personId: 'wang-kaiqian',
      side: 'China',
      kind: 'claim',
      // The cable's "credited advice ... with the site's ... increase" turned round: "credited the increase [to]
      // advice ..." says the same, and the one inserted word is bracketed.
      reportingVerb: 'credited',
      paraphrase:
        'The site\'s recent dramatic increase in foreign users [to] advice from Emboffs about how to make the site more user-friendly and useful to foreigners.',
      citations: [
        c(19, 'Vice Director Wang Kaiqian has credited advice from Emboffs about how to make the site more user-friendly and useful to foreigners with the site\'s recent dramatic increase in foreign users'),
      ],
    },

    // comment-visitors-program (¶20, SBU)
    {
      id: 'embassy-engagement-critical',
      issueId: 'comment-visitors-program',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'recommendation',
      reportingVerb: null,
      paraphrase: 'Continuing local engagement remains especially critical in the post-WTO case world.',
      citations: [c(20, 'Continuing local engagement remains especially critical in the post-WTO case world')],
    },
    {
      id: 'embassy-visitors-program',
      issueId: 'comment-visitors-program',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'The Embassy was pleased to nominate and send a delegation of four Chinese Internet copyright enforcement officials to the United States on an International Visitors Program in March and April 2007.',
      citations: [
        c(20, 'The Embassy was pleased to nominate and send a delegation of four Chinese Internet copyright enforcement officials to the United States on an International Visitors Program in March and April 2007'),
      ],
    },
    {
      id: 'embassy-rhetoric-concern',
      issueId: 'comment-visitors-program',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'The visitors were hosted by USTR and other agencies and are now planning a number of technical assistance programs with the CIECC, which the Embassy hopes will survive the high profile public rhetoric of disappointment and anger from the Chinese Government.',
      citations: [
        c(20, 'The visitors were hosted by USTR and other agencies, and are now planning a number of technical assistance programs with the CIECC, which the Embassy hopes will survive the high profile public rhetoric of disappointment and anger from the Chinese Government'),
      ],
    },
  ],

  // ── Figures: every number the cable states ──────────────────────────────
  // Left out, because the cable gives no number: "several hundred million RMB in royalties"
  // (¶13, kept word for word in moe-licensed-textbook-scale), "dozens of times" (¶19),
  // "several" courts/programs/meetings (¶7, ¶19), "very small percentage" (¶4), "monthly" (¶10).
  figures: [
    {
      id: 'silk-street-counterfeit-share',
      label: 'Share of goods at Silk Street that are counterfeits',
      value: { kind: 'range', min: 80, max: 90 },
      unit: 'percent',
      qualifiers: ['in some categories', 'up to'],
      display: 'up to 80–90% (in some categories)',
      asOf: null,
      assertedBy: ['ustr'],
      source: 'recent industry data',
      chart: 'counterfeit-share',
      disputes: [
        {
          organizationId: 'chaoyang-district-government',
          personId: null,
          reportingVerb: 'challenged',
          summary:
            'The Chinese side challenged those figures and requested that such data be shared, asserting that rights holders are pleased with the situation at the market.',
          citation: c(11, 'The Chinese side challenged those figures and requested that such data be shared, asserting that rights holders are pleased with the situation at the market'),
        },
        {
          organizationId: 'chaoyang-district-government',
          personId: 'liu-chuncheng',
          reportingVerb: 'said',
          summary: 'Director Liu said that data on high rates of counterfeit products at local markets is "forced" by intermediaries who profit from IPR cases.',
          citation: c(12, 'Director Liu said that data on high rates of counterfeit products at local markets is "forced" by intermediaries who profit from IPR cases'),
        },
      ],
      venueId: 'chaoyang',
      topicIds: ['counterfeit-markets'],
      citations: [c(11, 'USTR cited recent industry data showing that, in some categories, up to 80-90% of goods at Silk Street are counterfeits')],
    },
    {
      id: 'silk-market-lawyer-clients',
      label: 'Companies concerned about infringement at the Silk Market to which the European lawyer is counsel',
      value: { kind: 'exact', value: 2 },
      unit: 'companies',
      qualifiers: [],
      display: '2',
      asOf: null,
      assertedBy: ['us-embassy-beijing'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'chaoyang',
      topicIds: ['counterfeit-markets'],
      citations: [c(11, 'also counsel to two companies concerned about infringement at the Silk Market')],
    },
    {
      // The "largest proportion of foreign visitors" sentence (MOFCOM's too, but with no number)
      // is the position ciecc-us-largest-foreign-share, not part of this figure.
      id: 'ciecc-us-visitor-share',
      label: 'Share of visitors to the CIECC website from the United States, February 2007',
      value: { kind: 'exact', value: 20 },
      unit: 'percent',
      qualifiers: [],
      display: '20%',
      asOf: month('2007-02'),
      assertedBy: ['mofcom'],
      source: null,
      chart: 'visitor-share',
      disputes: [],
      venueId: 'mofcom',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(17, 'MOFCOM said that 20 percent of visitors to the site in February 2007 were from the United States')],
    },
    {
      id: 'nationwide-complaint-centers',
      label: 'Nationwide IPR complaint centers established',
      value: { kind: 'exact', value: 50 },
      unit: 'centers',
      qualifiers: [],
      display: '50',
      asOf: null,
      assertedBy: ['mofcom'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'mofcom',
      topicIds: ['complaint-centers'],
      citations: [c(15, 'the establishment of 50 nationwide IPR complaint centers')],
    },
    {
      id: 'case-transfer-new-rules',
      label: 'New rules made, reported in answer to a question on incentives added since 2006 for increased case transfer',
      value: { kind: 'exact', value: 4 },
      unit: 'rules',
      qualifiers: [],
      display: '4',
      asOf: null,
      assertedBy: ['mofcom'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'mofcom',
      topicIds: ['case-transfer-incentives'],
      citations: [
        c(16, 'Asked what incentives have been added since 2006 for increased case transfer, MOFCOM reported that four new rules have been made'),
      ],
    },
    {
      id: 'case-transfer-problems',
      label: 'Problems MOFCOM reports facing (evidence collection; cooperation with rights holders)',
      value: { kind: 'exact', value: 2 },
      unit: 'problems',
      qualifiers: [],
      display: '2',
      asOf: null,
      assertedBy: ['mofcom'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'mofcom',
      topicIds: ['case-transfer-incentives', 'evidence-and-prosecution'],
      citations: [c(16, 'The two problems they report to face are evidence collection and cooperation with rights holders')],
    },
    {
      id: 'licensed-textbook-presses',
      label: 'Presses in China that print licensed foreign books',
      value: { kind: 'exact', value: 9 },
      unit: 'presses',
      qualifiers: [],
      display: '9',
      asOf: null,
      assertedBy: ['moe'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'moe',
      topicIds: ['textbook-licensing'],
      citations: [c(13, 'He said there are nine presses in China that print such licensed foreign books')],
      hedgeNotes: [
        { hedge: 'more than', why: 'Qualifies the count of textbooks in the same sentence (figure foreign-textbooks-in-print), not the nine presses.' },
        { hedge: 'several', why: 'Qualifies the royalties in the same sentence ("several hundred million RMB"), not the nine presses.' },
      ],
    },
    {
      id: 'foreign-textbooks-in-print',
      label: 'Foreign textbooks in print in China "today"',
      value: { kind: 'exact', value: 6000 },
      unit: 'textbooks',
      qualifiers: ['more than'],
      display: 'more than 6,000',
      asOf: day('2007-03-16', MARCH_16_VISIT),
      assertedBy: ['moe'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'moe',
      topicIds: ['textbook-licensing'],
      citations: [c(13, 'more than 6,000 foreign textbooks in print in China today')],
      hedgeNotes: [
        {
          hedge: 'several',
          why: '"several hundred million RMB in royalties" qualifies the royalties, which have no number to chart; kept word for word in moe-licensed-textbook-scale.',
        },
      ],
    },
    {
      id: 'university-presidents-to-meet',
      label: 'Beijing-area university presidents the BCB plans to meet',
      value: { kind: 'exact', value: 56 },
      unit: 'university presidents',
      qualifiers: [],
      display: '56',
      asOf: null,
      assertedBy: ['bcb'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'bcb',
      topicIds: ['university-piracy'],
      citations: [c(8, 'the BCB plans to meet with 56 Beijing-area university presidents')],
    },
    {
      id: 'take-down-procedure-age',
      label: 'Age of the take-down notification procedures, still in development',
      value: { kind: 'exact', value: 1 },
      unit: 'years',
      qualifiers: ['only'],
      display: 'only 1 year old',
      asOf: null,
      assertedBy: ['bcb'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'bcb',
      topicIds: ['take-down-notices'],
      citations: [c(4, 'the procedures for take-down notification are only one year old')],
    },
    {
      id: 'visitors-program-delegation',
      label: 'Chinese Internet copyright enforcement officials the Embassy sent to the United States on an International Visitors Program',
      value: { kind: 'exact', value: 4 },
      unit: 'officials',
      qualifiers: [],
      display: '4',
      asOf: null,
      assertedBy: ['us-embassy-beijing'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'embassy-comment',
      topicIds: ['exchanges-and-training'],
      citations: [c(20, 'a delegation of four Chinese Internet copyright enforcement officials')],
    },
  ],

  // ── Events: as precise as the cable is ───────────────────────────────────
  // happening: took place by the cable's date; plan: intended or expected (the wished-for 2007
  // visit, the impending Olympics); state: a situation as of `start` (ending at `end` if given).
  // attribution null: the cable states it in its own voice.
  events: [
    {
      id: 'beijing-internet-enforcement-focus',
      kind: 'happening',
      start: month('2006-08'),
      end: null,
      label: 'Beijing starts to focus on Internet-related IP enforcement, with the launch of IP education and public awareness programs',
      hedgeNotes: [{ hedge: 'about', why: 'A preposition in "educate businesses about legal software use", not a hedge; that clause is not part of the label.' }],
      attribution: { organizationId: 'bcb', personId: 'wang-yefei', reportingVerb: 'told USTR' },
      venueId: 'bcb',
      topicIds: ['online-copyright', 'public-awareness'],
      citations: [c(2, 'started to focus on Internet-related intellectual property (IP) enforcement in August 2006 with the launch of IP education and public awareness programs')],
    },
    {
      id: 'nca-moe-textbook-campaign',
      kind: 'happening',
      start: month('2006-08'),
      end: month('2006-09'),
      label: 'The National Copyright Administration works together with the Ministry of Education to punish textbook infringers',
      // Xu's account (¶14 "Xu said ... However, enforcement responsibility falls to the National Copyright Administration, which worked...").
      attribution: { organizationId: 'moe', personId: 'xu-yongji', reportingVerb: 'said' },
      venueId: 'moe',
      topicIds: ['university-piracy', 'textbook-licensing'],
      citations: [c(14, 'worked together with the Ministry of Education from August to September 2006 to punish textbook infringers')],
    },
    {
      id: 'chaoyang-amcham-mou-signed',
      kind: 'happening',
      start: month('2006-10'),
      end: null,
      label: 'The Chaoyang government signs an MOU with AmCham',
      attribution: { organizationId: 'chaoyang-district-government', personId: 'xie-chaobin', reportingVerb: 'added' },
      venueId: 'chaoyang',
      topicIds: ['counterfeit-markets', 'public-awareness'],
      citations: [c(10, 'signed a memorandum of understanding (MOU) with the American Chamber of Commerce (AmCham) in October 2006')],
    },
    {
      id: 'foreign-textbooks-since-2000',
      kind: 'state',
      start: year('2000'),
      end: day('2007-03-16', MARCH_16_VISIT),
      label: 'Chinese universities have increasingly begun to use foreign textbooks, especially since 2000',
      attribution: { organizationId: 'moe', personId: 'xu-yongji', reportingVerb: 'told USTR' },
      venueId: 'moe',
      topicIds: ['textbook-licensing'],
      citations: [c(13, 'especially since 2000, Chinese universities have increasingly begun to use foreign textbooks')],
    },
    {
      id: 'case-transfer-incentives-since-2006',
      kind: 'state',
      start: year('2006'),
      end: day('2007-03-16', MOFCOM_MEETING),
      label: 'Asked what incentives have been added since 2006 for increased case transfer: Four new rules have been made, and a monitoring system established',
      attribution: { organizationId: 'mofcom', personId: null, reportingVerb: 'reported' },
      venueId: 'mofcom',
      topicIds: ['case-transfer-incentives'],
      citations: [
        c(16, 'Asked what incentives have been added since 2006 for increased case transfer, MOFCOM reported that four new rules have been made, and a monitoring system established'),
      ],
    },
    {
      // The cable does not say who took part in the conversation, and the label says so: its lane on the timeline is the
      // MOFCOM meeting, where USTR mentioned it (the attribution), which alone would read as a USTR-MOFCOM talk. In
      // brackets: the dashboard's note, shown after "USTR pointed out:", is not part of what USTR said.
      id: 'transparency-conversation',
      kind: 'happening',
      start: month('2006-03'),
      end: null,
      label: 'A conversation about transparency is held [its participants not named in the cable]',
      attribution: { organizationId: 'ustr', personId: null, reportingVerb: 'pointed out' },
      venueId: 'mofcom',
      topicIds: ['transparency-and-statistics'],
      citations: [c(17, 'USTR pointed out that following a March 2006 conversation about transparency')],
    },
    {
      // A situation as of the MOFCOM meeting, not a 2006 happening.
      id: 'enforcement-statistics-2006-unpublished',
      kind: 'state',
      start: day('2007-03-16', MOFCOM_MEETING),
      end: null,
      label: 'Following a March 2006 conversation about transparency, MOFCOM had not yet made available enforcement statistics for 2006',
      attribution: { organizationId: 'ustr', personId: null, reportingVerb: 'pointed out' },
      venueId: 'mofcom',
      topicIds: ['transparency-and-statistics'],
      citations: [c(17, 'USTR pointed out that following a March 2006 conversation about transparency, MOFCOM had not yet made available enforcement statistics for 2006')],
    },
    {
      id: 'bcb-watermark-pilot',
      kind: 'happening',
      start: month('2007-01', '¶3 says only "in January"; read as January 2007, the last January before the March 16 meeting (cable dated 18 April 2007)'),
      end: null,
      label: 'BCB launches a pilot program to use an electronic watermarking system to register and protect digital images',
      // Wang's account (¶3, between "Wang explained ... he expressed concern" and "Wang also noted").
      attribution: { organizationId: 'bcb', personId: 'wang-yefei', reportingVerb: 'explained' },
      venueId: 'bcb',
      topicIds: ['evidence-and-prosecution', 'online-copyright'],
      citations: [c(3, 'the BCB in January launched a pilot program to use an electronic watermarking system to register and protect digital images')],
    },
    {
      id: 'yahoo-china-deep-linking-case',
      kind: 'happening',
      start: month('2007-01'),
      end: null,
      label: 'The music industry brings a "deep linking" case against Yahoo China',
      hedgeNotes: [{ hedge: 'about', why: 'A preposition in "USTR\'s inquiry about the deep linking case", not a hedge.' }],
      attribution: null,
      venueId: 'bcb',
      topicIds: ['deep-linking'],
      citations: [c(6, 'the "deep linking" case brought against Yahoo China by the music industry in January 2007')],
    },
    {
      id: 'bcb-judges-workshop',
      kind: 'happening',
      start: month('2007-02', '¶6 says only "in February"; read as February 2007, after the January 2007 case it discussed'),
      end: null,
      label: 'BCB hosts a workshop with judges to discuss the Yahoo China case and similar cases',
      hedgeNotes: [{ hedge: 'about', why: 'A preposition in "USTR\'s inquiry about the deep linking case", not a hedge.' }],
      attribution: { organizationId: 'bcb', personId: 'wang-yefei', reportingVerb: 'said' },
      venueId: 'bcb',
      topicIds: ['deep-linking', 'evidence-and-prosecution'],
      citations: [c(6, 'the BCB hosted a workshop in February to discuss this and similar cases with judges')],
    },
    {
      id: 'ciecc-visitors-february-2007',
      kind: 'state',
      start: month('2007-02'),
      end: month('2007-02'),
      // The month is the event's date, shown with the label (in the tables, in the row's Date column): not said twice.
      label: '20 percent of visitors to the CIECC website were from the United States',
      attribution: { organizationId: 'mofcom', personId: null, reportingVerb: 'said' },
      venueId: 'mofcom',
      topicIds: ['complaint-centers', 'transparency-and-statistics'],
      citations: [c(17, 'MOFCOM said that 20 percent of visitors to the site in February 2007 were from the United States')],
    },
    {
      id: 'beijing-review-visit',
      kind: 'happening',
      start: day('2007-03-16', YEAR_FROM_CABLE),
      end: null,
      label: 'USTR\'s McCoy and Celico visit Beijing to conclude a series of provincial review meetings in several Chinese cities',
      attribution: null,
      venueId: null,
      topicIds: ['online-copyright', 'counterfeit-markets', 'textbook-licensing'],
      citations: [
        c(1, 'visited Beijing on March 16 to conclude a series of provincial review meetings in several Chinese cities'),
      ],
    },
    {
      id: 'bcb-meeting',
      kind: 'happening',
      start: day('2007-03-16', YEAR_FROM_CABLE),
      end: null,
      label: 'USTR, the Senior IPR Attache and Econoff meet the Beijing Copyright Bureau',
      attribution: null,
      venueId: 'bcb',
      topicIds: ['online-copyright'],
      citations: [c(2, 'met with Beijing Copyright Bureau (BCB) Director Wang Yefei'), c(2, 'Chen Xiaohong on March 16')],
    },
    {
      id: 'chaoyang-meeting',
      kind: 'happening',
      start: day('2007-03-16', MARCH_16_VISIT),
      end: null,
      label: 'USTR meets Chaoyang District officials on IP enforcement in local markets',
      attribution: null,
      venueId: 'chaoyang',
      topicIds: ['counterfeit-markets'],
      citations: [
        c(1, 'raised IP enforcement in local markets with the Chaoyang District of Beijing municipal government'),
        c(9, 'In a meeting with Chaoyang District Vice Governor Xie Chaobin'),
      ],
    },
    {
      id: 'moe-meeting',
      kind: 'happening',
      start: day('2007-03-16', MARCH_16_VISIT),
      end: null,
      label: 'USTR meets the Ministry of Education on university textbook piracy',
      attribution: null,
      venueId: 'moe',
      topicIds: ['textbook-licensing', 'university-piracy'],
      citations: [
        c(1, 'discussed university textbook piracy at the Ministry of Education'),
        c(13, 'In a meeting with the Ministry of Education\'s Department of International Exchanges'),
      ],
    },
    {
      id: 'mofcom-meeting',
      kind: 'happening',
      start: day('2007-03-16', YEAR_FROM_CABLE),
      end: null,
      label: 'USTR meets MOFCOM\'s Market Order Rectification Office, with officials of CIECC and the State Office of IP Protection',
      attribution: null,
      venueId: 'mofcom',
      topicIds: ['complaint-centers'],
      citations: [c(15, 'USTR also met with on March 16 with the Ministry of Commerce (MOFCOM) Market Order Rectification Office (MORO)')],
    },
    {
      id: 'spc-meeting',
      kind: 'happening',
      start: day('2007-03-28', YEAR_FROM_CABLE),
      end: null,
      label: 'Emboffs meet Supreme People\'s Court Deputy President Zhang Jun',
      attribution: null,
      venueId: 'spc',
      topicIds: ['ipr-courts'],
      citations: [c(7, 'Emboffs subsequently met with Supreme People\'s Court Deputy President Zhang Jun on March 28')],
    },
    {
      id: 'visitors-program',
      kind: 'happening',
      start: month('2007-03'),
      end: month('2007-04'),
      label: 'Four Chinese Internet copyright enforcement officials visit the United States on an International Visitors Program',
      attribution: null,
      venueId: 'embassy-comment',
      topicIds: ['exchanges-and-training'],
      citations: [c(20, 'send a delegation of four Chinese Internet copyright enforcement officials to the United States on an International Visitors Program in March and April 2007')],
    },
    {
      id: 'wto-filings',
      kind: 'happening',
      start: day('2007-04-10', YEAR_FROM_CABLE),
      end: null,
      label: 'USTR files WTO dispute resolution cases on Chinese IPR-related matters (enforcement and market access)',
      attribution: null,
      venueId: 'embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [
        c(18, 'the April 10 filing of the WTO dispute resolution cases on Chinese IPR-related matters (enforcement and market access)'),
        c(18, 'the April 10 WTO filings by USTR'),
      ],
      hedgeNotes: [
        { hedge: 'largely', why: 'In ¶18\'s first sentence it qualifies how the meetings were granted, not the filings.' },
        { hedge: 'only', why: 'In ¶18\'s first sentence it qualifies how the meetings were granted, not the filings.' },
        { hedge: 'considerable', why: 'Qualifies the Embassy\'s intervention and its doubt about future meetings, not the filings.' },
        { hedge: 'may', why: '"may be arranged" concerns future meetings, not the filings.' },
      ],
    },
    {
      // Chinese officials' statements, as a state from the filing on. attribution null on purpose (third
      // pass; re-checked 2026-12-04): the label is the officials' act, which the Embassy's ¶18 Comment
      // reports in its own voice ("Chinese officials have repeatedly noted"); the suspension is never stated
      // as a fact. The officials' claim itself is the position china-cooperation-suspended ("noted").
      id: 'china-says-cooperation-suspended',
      kind: 'state',
      // From the filing ("With the April 10 filing": the cable ties the notings to the filing but dates none, so
      // 10 April is the filing's day, not necessarily the first noting's) up to the report ("have repeatedly noted"):
      // a span, not all by April 10 as the earlier single date (end null) implied (audit of 2026-12-04).
      start: day('2007-04-10', '¶18 "With the April 10 filing": the filing\'s day (year from the cable\'s date), not necessarily the first noting\'s'),
      end: day('2007-04-18', '¶18 "have repeatedly noted": up to the cable\'s date, 18 April 2007'),
      label: 'Chinese officials repeatedly note in various fora that all bilateral IPR cooperation with the United States is henceforth suspended',
      attribution: null,
      venueId: 'embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [
        c(18, 'With the April 10 filing of the WTO dispute resolution cases on Chinese IPR-related matters (enforcement and market access), Chinese officials have repeatedly noted in various fora that all bilateral cooperation on IPR issues between the United States and China is henceforth suspended'),
      ],
      hedgeNotes: [
        { hedge: 'considerable', why: '"casts considerable doubt" is the Embassy\'s assessment in the same sentence, not the officials\' statement.' },
        { hedge: 'may', why: '"may be arranged" is in the Embassy\'s assessment in the same sentence, not the officials\' statement.' },
      ],
    },
    {
      id: 'chaoyang-planned-us-visit',
      kind: 'plan',
      start: year('2007'),
      end: null,
      label: 'Chaoyang government officials would like to visit the United States to exchange experiences on enforcement',
      attribution: { organizationId: 'chaoyang-district-government', personId: 'xie-chaobin', reportingVerb: 'added' },
      venueId: 'chaoyang',
      topicIds: ['exchanges-and-training'],
      citations: [c(10, 'Chaoyang government officials would like to visit the United States in 2007 to exchange experiences on enforcement')],
    },
  ],
} satisfies CableAnnotations
