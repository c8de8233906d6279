/**
 * Curated annotations of cable 07BEIJING2463 (Embassy Beijing, 13 April 2007): US Coordinator for
 * International IP Enforcement Chris Israel at the China General Administration of Customs on
 * March 28 (a bilateral memorandum of cooperation, MOC, with DHS), and the Embassy's comment.
 * Every item rests on numbered paragraphs and quotes them word for word from the complete
 * (WikiLeaks) rendering.
 *
 * The words around the quotes follow DESIGN.md principle 6 and the seed (07BEIJING2566.ts): a
 * summary names its speaker with the cable's own verb (or is the cable's voice), every hedge is
 * kept ("repeatedly", "as early as", "hoped", "appears to be", "less than one week", "remains
 * uncertain", "not yet"), a wish stays a wish, and a date is no more precise than the cable.
 *
 * Markings: ¶1–4 are U, ¶5 (the Comment) is SBU, ¶6–8 (participants, clearance) are unmarked.
 * The app shows only U paragraphs in its public-safe view, so items resting on ¶6–7 are hidden
 * there like SBU ones. No issue, position, figure, event or venue cites two kinds of paragraph:
 * the participant lists (¶6–7) have their own issue, the Comment (¶5) its own venue.
 *
 * Years the cable leaves implicit ("on March 28", "April 9", "by mid-April", "in May") are read
 * against the cable's own date (13 April 2007), and say so in inferredFrom.
 */
import type { CableAnnotations } from '../../src/domain/dataset/annotations.ts'
import { c, day, month } from './helpers.ts'

// The cable does not name the city of the March 28 meeting. It is Embassy Beijing's report of a
// meeting with China's national customs administration, attended by Embassy staff (¶6); Beijing
// (a municipality, so no province) is read from that, and the audit lists it as unsure.
const BEIJING = { city: 'Beijing', province: null }

// Reasons for dates the cited text does not fully state, written once.
const YEAR_FROM_CABLE = 'year from the cable\'s date, 13 April 2007'
const MARCH_28_MEETING = '¶1: Israel met China Customs officials "on March 28"; year from the cable\'s date, 13 April 2007'

export const annotations = {
  cableId: '07BEIJING2463',
  // The cable's author: the speaker of everything the cable says in its own voice (¶5 Comment).
  authorOrganizationId: 'us-embassy-beijing',
  // ¶8 is the clearance line ("Chris Israel has cleared this report."): nothing to annotate.
  coverage: { from: 1, to: 7 },

  // ── Organizations ──────────────────────────────────────────────────────────
  // Shared with the seed (07BEIJING2566.ts) and declared here word for word: us-government (¶4, U).
  // Used here but NOT declared here: us-embassy-beijing (the author; this cable names it only in ¶5
  // SBU and ¶6 unmarked), ustr and wto (¶5 SBU only). The registry merges every cable's citations
  // into one entity, and those three rest on U paragraphs of 07BEIJING2566: a ¶5 or ¶6 quote from
  // this cable would ride into the public-safe view on a U entity (the seed keeps wto U-only for the
  // same reason). The references resolve to the seed's declarations. parentId only where the cable
  // states it.
  organizations: [
    {
      // Holds Chris Israel's positions: the cable gives him a title but no organization, and he
      // speaks for "the United States" (¶4).
      id: 'us-government',
      name: 'United States Government',
      shortName: 'USG',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(4, 'entering into an MOC with China Customs is a priority for the United States')],
    },
    {
      // Funds the Shanghai Customs College training program (¶5, SBU).
      id: 'us-tda',
      name: 'U.S. Trade and Development Agency',
      shortName: null,
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(5, 'a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency')],
    },
    {
      id: 'china-customs',
      name: 'China General Administration of Customs',
      shortName: 'China Customs',
      side: 'China',
      level: 'national',
      parentId: null,
      citations: [
        c(1, 'met with China General Administration of Customs officials on March 28'),
        c(1, 'China Customs expressed their interest'),
      ],
    },
    {
      // Parent stated in ¶2: "China Customs Deputy Director General of the Department of Policy and Legal Affairs".
      id: 'gac-policy-legal-affairs',
      name: 'China Customs Department of Policy and Legal Affairs',
      shortName: null,
      side: 'China',
      level: 'department',
      parentId: 'china-customs',
      // ¶7 (unmarked) names it too ("GAC Department of Policy and Legal Affairs"); not cited, so the
      // entity rests on U only and no unmarked quote rides on it.
      citations: [c(2, 'China Customs Deputy Director General of the Department of Policy and Legal Affairs')],
    },
    {
      id: 'dhs',
      name: 'Department of Homeland Security',
      shortName: 'DHS',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [
        c(1, 'a bilateral memorandum of cooperation (MOC) with their Department of Homeland Security (DHS) counterparts'),
        c(4, 'his contacts at DHS'),
      ],
    },
    {
      // The cable does not state that CBP belongs to DHS (only the routing header does), so no parentId.
      id: 'cbp',
      name: 'United States Customs and Border Protection',
      shortName: 'CBP',
      side: 'US',
      level: 'national',
      parentId: null,
      citations: [c(3, 'working with United States Customs and Border Protection (CBP) to draft the new MOC')],
    },
    {
      // A bilateral commission: neither government alone, so 'other' (as the seed treats the WTO).
      id: 'jcct',
      name: 'Joint Commission on Commerce and Trade',
      shortName: 'JCCT',
      side: 'other',
      level: 'bilateral',
      parentId: null,
      citations: [
        c(2, 'the Joint Commission on Commerce and Trade (JCCT)'),
        c(3, 'the December 2006 meeting of the JCCT'),
      ],
    },
  ],

  // ── People: names and titles as the cable gives them ─────────────────────
  people: [
    {
      // The cable gives his title twice in two wordings (¶1, ¶6) and no organization. The title
      // is ¶6's wording, which 07BEIJING2455 ¶10 uses too, so both cables can share the person.
      id: 'chris-israel',
      name: 'Chris Israel',
      title: 'U.S. International Intellectual Property Enforcement Coordinator',
      organizationId: null,
      side: 'US',
      citations: [
        c(1, 'United States Coordinator for International Intellectual Property Enforcement Chris Israel'),
        c(6, 'U.S. International Intellectual Property Enforcement Coordinator Chris Israel'),
      ],
    },
    {
      id: 'wang-yongshui',
      name: 'Wang Yongshui',
      title: 'Deputy Director General',
      organizationId: 'gac-policy-legal-affairs',
      side: 'China',
      citations: [
        c(2, 'China Customs Deputy Director General of the Department of Policy and Legal Affairs, Wang Yongshui'),
        c(7, 'GAC Department of Policy and Legal Affairs Deputy Director General Mr. Wang Yongshui'),
      ],
    },
    {
      // ¶3 (U) names China Customs as his organization; ¶7 places the division in the Department
      // of Policy and Legal Affairs, but the public paragraph does not, so the organization is China Customs.
      id: 'li-qunying',
      name: 'Li Qunying',
      title: 'IPR Division Director',
      organizationId: 'china-customs',
      side: 'China',
      citations: [
        c(3, 'China Customs IPR Division Director Li Qunying'),
        c(7, 'Intellectual Property Division Director Mr. Li Qunying'),
      ],
    },
    {
      // Named only in the participant list (¶6, unmarked).
      id: 'diana-tsang',
      name: 'Diana Tsang',
      title: 'Embassy DHS/ICE Assistant Attache',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(6, 'Embassy DHS/ICE Assistant Attache Diana Tsang')],
    },
    {
      // The notetaker (¶6, unmarked). 07BEIJING2455 ¶10 lists him with the same title.
      id: 'geoff-siebengartner',
      name: 'Geoff Siebengartner',
      title: 'Embassy Economic Affairs Second Secretary',
      organizationId: 'us-embassy-beijing',
      side: 'US',
      citations: [c(6, 'Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker)')],
    },
    {
      // Named only in the participant list (¶7, unmarked); the title is the cable's, odd as it reads.
      id: 'lin-yuxin',
      name: 'Lin Yuxin',
      title: 'Intellectual Property Division Director Program Manager',
      organizationId: 'gac-policy-legal-affairs',
      side: 'China',
      citations: [c(7, 'GAC Department of Policy and Legal Affairs Intellectual Property Division Director Program Manager Ms. Lin Yuxin')],
    },
  ],

  // ── Topics ────────────────────────────────────────────────────────────────
  topics: [
    {
      id: 'customs-cooperation',
      label: 'Customs cooperation',
      description: 'Cooperation between China Customs and US customs authorities on IPR enforcement, such as a bilateral memorandum of cooperation (MOC).',
      citations: [
        c(1, 'met with China General Administration of Customs officials on March 28 to discuss intellectual property rights (IPR) enforcement'),
        c(1, 'the signing of a bilateral memorandum of cooperation (MOC) with their Department of Homeland Security (DHS) counterparts'),
        c(3, 'working with United States Customs and Border Protection (CBP) to draft the new MOC'),
      ],
    },
    {
      // Seed topic, word for word. Wang's "sharing of statistics" (¶2) is the statistics part.
      id: 'transparency-and-statistics',
      label: 'Transparency and statistics',
      description: 'Publishing information on IPR enforcement actions, and enforcement statistics.',
      citations: [c(2, 'focused in particular on the sharing of statistics that such an agreement would enable')],
    },
    {
      // Seed topic, word for word; SBU-only there and here (¶5): tag only SBU items with it.
      id: 'bilateral-relations',
      label: 'Bilateral relations and the WTO case',
      description: 'Arranging USTR\'s meetings, and US–China IPR cooperation after the April 10 WTO filings.',
      citations: [
        c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations'),
        c(5, 'the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
      ],
    },
    // exchanges-and-training (seed topic, described from 07BEIJING2566 ¶10, U) tags the SBU comment
    // items below but is not declared here: its only mention in this cable is ¶5 (SBU), and a ¶5
    // citation on the merged topic would carry SBU words into the public-safe view.
    {
      // SBU-only (¶5): tag only SBU items with it.
      id: 'counterfeit-disposal',
      label: 'Disposal of counterfeit goods',
      description: 'The disposal of counterfeit and infringing goods by China Customs: a customs-related complaint in the WTO IPR case, and a China Customs rule of April 4, 2007.',
      citations: [
        c(5, 'the WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs'),
        c(5, 'China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods'),
      ],
    },
  ],

  // ── Venues ───────────────────────────────────────────────────────────────
  venues: [
    {
      id: 'customs-gac',
      title: 'China General Administration of Customs',
      theme: 'Customs cooperation (MOC)',
      kind: 'meeting',
      place: BEIJING,
      date: day('2007-03-28', YEAR_FROM_CABLE),
      summary:
        'On March 28 Chris Israel met China Customs officials to discuss IPR enforcement. China Customs expressed their interest in moving forward quickly with signing a bilateral memorandum of cooperation (MOC) with their DHS counterparts and stated the desire to conclude such an agreement as early as the Strategic Economic Dialogue (SED) meeting in May. Wang Yongshui repeatedly expressed his interest in signing an MOC quickly, focusing in particular on the sharing of statistics it would enable; he suggested establishing a working group by mid-April, added that he is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters, and suggested that the MOC instead be carried out under the JCCT, which he hoped would be more productive. Li Qunying agreed that a face-to-face drafting session is necessary to conclude an agreement and expressed frustration that little has been accomplished on the MOC since the December 2006 JCCT meeting. Israel agreed that entering into an MOC with China Customs is a priority for the United States and recommended that Li forward his written recommendations to his contacts at DHS.',
      summaryVoice: 'reported',
      // Only who ¶1–4 (U) name: this venue rests on U paragraphs and stays in the public-safe view,
      // which shows its participants and organizations. Diana Tsang, Geoff Siebengartner, Lin Yuxin
      // and the Embassy are named only in the unmarked lists (¶6–7), so they are listed by the
      // issue customs-participants (unmarked, hidden there) and not here.
      organizationIds: ['us-government', 'china-customs', 'gac-policy-legal-affairs', 'dhs'],
      participantIds: ['chris-israel', 'wang-yongshui', 'li-qunying'],
      paragraphs: [1, 2, 3, 4, 6, 7],
      topicIds: ['customs-cooperation', 'transparency-and-statistics'],
      citations: [
        c(1, 'Chris Israel met with China General Administration of Customs officials on March 28 to discuss intellectual property rights (IPR) enforcement'),
        c(1, 'China Customs expressed their interest in moving forward quickly with the signing of a bilateral memorandum of cooperation (MOC)'),
        c(1, 'stated the desire of China Customs to conclude such an agreement as early as the Strategic Economic Dialogue (SED) meeting in May'),
        c(2, 'Wang Yongshui, repeatedly expressed his interest in signing an MOC quickly, and focused in particular on the sharing of statistics that such an agreement would enable'),
        c(2, 'Wang suggested establishing a working group by mid-April'),
        c(2, 'Wang added that he is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters, and suggested that the MOC should instead be carried out under the Joint Commission on Commerce and Trade (JCCT), which he hoped would be a more productive mechanism'),
        c(3, 'agreed that a face-to-face drafting session is necessary to conclude an agreement'),
        c(3, 'Li also expressed frustration that little has been accomplished on the MOC since the December 2006 meeting of the JCCT'),
        c(4, 'Israel agreed that entering into an MOC with China Customs is a priority for the United States, and recommended that Li forward his written recommendations on how to move forward to his contacts at DHS'),
      ],
    },
    {
      // The Comment (¶5, SBU) is undated beyond the cable itself; the header date is not a paragraph.
      id: 'customs-embassy-comment',
      title: 'Embassy comment',
      theme: 'Customs cooperation after the WTO cases',
      kind: 'assessment',
      place: BEIJING,
      date: null,
      summary:
        'The Embassy comments (SBU) that, in addition to the proposed MOC, United States cooperation with China on customs matters includes a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency; that following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations, the extent of future bilateral cooperation on IPR and related issues remains uncertain; that the WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs, and China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later; and that Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns.',
      summaryVoice: 'cable',
      organizationIds: ['us-embassy-beijing', 'china-customs', 'ustr', 'us-tda', 'wto'],
      participantIds: [],
      paragraphs: [5],
      topicIds: ['customs-cooperation', 'bilateral-relations', 'counterfeit-disposal', 'exchanges-and-training'],
      citations: [
        c(5, 'In addition to the proposed MOC on customs cooperation, United States cooperation with China on customs matters includes a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency'),
        c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations, the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
        c(5, 'the WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs'),
        c(5, 'China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later'),
        c(5, 'Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns'),
      ],
    },
  ],

  // ── Issues ───────────────────────────────────────────────────────────────
  issues: [
    {
      id: 'customs-moc-signing',
      venueId: 'customs-gac',
      // A title stands alone: ¶1 "expressed their interest in moving forward quickly with the signing"; ¶5: nothing signed.
      title: 'China Customs\' wish to sign a memorandum of cooperation (MOC) with DHS soon',
      summary:
        'China Customs expressed their interest in moving forward quickly with the signing of a bilateral memorandum of cooperation (MOC) with their DHS counterparts, and stated the desire to conclude such an agreement as early as the Strategic Economic Dialogue (SED) meeting in May. Wang Yongshui repeatedly expressed his interest in signing an MOC quickly, and focused in particular on the sharing of statistics that such an agreement would enable. Israel agreed that entering into an MOC with China Customs is a priority for the United States.',
      summaryVoice: 'reported',
      topicIds: ['customs-cooperation', 'transparency-and-statistics'],
      organizationIds: ['china-customs', 'dhs', 'us-government'],
      citations: [
        c(1, 'China Customs expressed their interest in moving forward quickly with the signing of a bilateral memorandum of cooperation (MOC) with their Department of Homeland Security (DHS) counterparts'),
        c(1, 'stated the desire of China Customs to conclude such an agreement as early as the Strategic Economic Dialogue (SED) meeting in May'),
        c(2, 'Wang Yongshui, repeatedly expressed his interest in signing an MOC quickly, and focused in particular on the sharing of statistics that such an agreement would enable'),
        c(4, 'Israel agreed that entering into an MOC with China Customs is a priority for the United States'),
      ],
    },
    {
      id: 'customs-moc-next-steps',
      venueId: 'customs-gac',
      title: 'How to move forward: a working group and a drafting session',
      summary:
        'Wang suggested establishing a working group by mid-April to meet either in Washington or in Beijing to discuss how to move forward. Li Qunying, who the cable says is responsible for working with US Customs and Border Protection (CBP) to draft the new MOC, agreed that a face-to-face drafting session is necessary to conclude an agreement. Israel recommended that Li forward his written recommendations on how to move forward to his contacts at DHS.',
      summaryVoice: 'reported',
      topicIds: ['customs-cooperation'],
      organizationIds: ['china-customs', 'cbp', 'dhs', 'us-government'],
      citations: [
        c(2, 'Wang suggested establishing a working group by mid-April to meet either in Washington or in Beijing to discuss how to move forward'),
        c(3, 'China Customs IPR Division Director Li Qunying, who is responsible for working with United States Customs and Border Protection (CBP) to draft the new MOC, agreed that a face-to-face drafting session is necessary to conclude an agreement'),
        c(4, 'recommended that Li forward his written recommendations on how to move forward to his contacts at DHS'),
      ],
    },
    {
      id: 'customs-moc-slow-progress',
      venueId: 'customs-gac',
      // A title stands alone (cards, reader backlinks): the slow progress is Wang's and Li's complaint, not the cable's finding.
      title: 'China Customs\' complaints of little progress, and under which mechanism to carry out the MOC',
      summary:
        'Wang added that he is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters, and suggested that the MOC should instead be carried out under the Joint Commission on Commerce and Trade (JCCT), which he hoped would be a more productive mechanism. Li also expressed frustration that little has been accomplished on the MOC since the December 2006 meeting of the JCCT.',
      summaryVoice: 'reported',
      topicIds: ['customs-cooperation'],
      organizationIds: ['china-customs', 'jcct'],
      citations: [
        c(2, 'Wang added that he is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters, and suggested that the MOC should instead be carried out under the Joint Commission on Commerce and Trade (JCCT), which he hoped would be a more productive mechanism'),
        c(3, 'Li also expressed frustration that little has been accomplished on the MOC since the December 2006 meeting of the JCCT'),
      ],
    },
    {
      // ¶6–7 are unmarked: an item of their own, so no item mixes them with the U ¶1–4. The
      // participant lists have no reporting verb: the cable's voice.
      id: 'customs-participants',
      venueId: 'customs-gac',
      title: 'Meeting participants',
      summary:
        'U.S. participants: U.S. International Intellectual Property Enforcement Coordinator Chris Israel, Embassy DHS/ICE Assistant Attache Diana Tsang, Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker), and an interpreter. Chinese participants: GAC Department of Policy and Legal Affairs Deputy Director General Wang Yongshui, GAC Department of Policy and Legal Affairs Intellectual Property Division Director Li Qunying, and GAC Department of Policy and Legal Affairs Intellectual Property Division Director Program Manager Lin Yuxin.',
      summaryVoice: 'cable',
      topicIds: ['customs-cooperation'],
      organizationIds: ['us-embassy-beijing', 'gac-policy-legal-affairs'],
      citations: [
        c(6, 'U.S. International Intellectual Property Enforcement Coordinator Chris Israel'),
        c(6, 'Embassy DHS/ICE Assistant Attache Diana Tsang'),
        c(6, 'Embassy Economic Affairs Second Secretary Geoff Siebengartner (notetaker)'),
        c(6, 'Interpreter'),
        c(7, 'GAC Department of Policy and Legal Affairs Deputy Director General Mr. Wang Yongshui'),
        c(7, 'GAC Department of Policy and Legal Affairs Intellectual Property Division Director Mr. Li Qunying'),
        c(7, 'GAC Department of Policy and Legal Affairs Intellectual Property Division Director Program Manager Ms. Lin Yuxin'),
      ],
    },

    // Embassy comment (¶5, SBU)
    {
      id: 'customs-comment-cooperation',
      venueId: 'customs-embassy-comment',
      title: 'Customs cooperation after the WTO cases',
      summary:
        'The Embassy comments that, in addition to the proposed MOC on customs cooperation, United States cooperation with China on customs matters includes a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency. Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations, the extent of future bilateral cooperation on IPR and related issues remains uncertain; Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns.',
      summaryVoice: 'cable',
      topicIds: ['customs-cooperation', 'bilateral-relations', 'exchanges-and-training'],
      organizationIds: ['us-embassy-beijing', 'us-tda', 'ustr', 'wto', 'china-customs'],
      citations: [
        c(5, 'In addition to the proposed MOC on customs cooperation, United States cooperation with China on customs matters includes a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency'),
        c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations, the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
        c(5, 'Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns'),
      ],
    },
    {
      id: 'customs-comment-disposal-rule',
      venueId: 'customs-embassy-comment',
      title: 'China Customs\' April 4 rule on the disposal of infringing goods',
      summary:
        'The Embassy comments that the WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs, and that Washington, DC agencies should note that China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later; the full text of the new rule is available online. Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns.',
      summaryVoice: 'cable',
      topicIds: ['counterfeit-disposal', 'bilateral-relations'],
      organizationIds: ['us-embassy-beijing', 'china-customs', 'wto', 'ustr'],
      citations: [
        c(5, 'Notably, the WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs'),
        c(5, 'Washington, DC agencies should note that China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later'),
        c(5, 'Full text of the new Customs rule is available online'),
        c(5, 'Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns'),
      ],
    },
  ],

  // ── Positions ────────────────────────────────────────────────────────────
  // Rendered as "<Speaker> <reportingVerb>: <paraphrase>". China Customs officials' positions are
  // held by china-customs (as the seed gives Xu Yongji's to MOE); Israel's by us-government.
  positions: [
    // customs-moc-signing (¶1, ¶2 s1, ¶4)
    {
      id: 'customs-china-customs-interest',
      issueId: 'customs-moc-signing',
      organizationId: 'china-customs',
      personId: null,
      side: 'China',
      kind: 'request',
      reportingVerb: 'expressed',
      paraphrase:
        'Their interest in moving forward quickly with the signing of a bilateral memorandum of cooperation (MOC) with their Department of Homeland Security (DHS) counterparts.',
      citations: [
        c(1, 'China Customs expressed their interest in moving forward quickly with the signing of a bilateral memorandum of cooperation (MOC) with their Department of Homeland Security (DHS) counterparts'),
      ],
    },
    {
      id: 'customs-china-customs-sed-target',
      issueId: 'customs-moc-signing',
      organizationId: 'china-customs',
      personId: null,
      side: 'China',
      kind: 'request',
      reportingVerb: 'stated',
      // "such an agreement": the MOC with DHS of ¶1 s2; the gloss is the dashboard's, in square brackets.
      paraphrase: 'Its desire to conclude such an agreement [the MOC with DHS] as early as the Strategic Economic Dialogue (SED) meeting in May.',
      citations: [c(1, 'stated the desire of China Customs to conclude such an agreement as early as the Strategic Economic Dialogue (SED) meeting in May')],
    },
    {
      id: 'customs-wang-sign-quickly',
      issueId: 'customs-moc-signing',
      organizationId: 'china-customs',
      personId: 'wang-yongshui',
      side: 'China',
      kind: 'request',
      // ¶2 "repeatedly expressed his interest ..., and focused in particular on ...": the verb keeps
      // "repeatedly"; "focused" is the cable's account of his remarks, not something he expressed, so it is
      // a bracketed note that says it is the cable's.
      reportingVerb: 'repeatedly expressed',
      paraphrase:
        'His interest in signing an MOC quickly. [The cable adds that he focused in particular on the sharing of statistics that such an agreement would enable.]',
      citations: [
        c(2, 'Wang Yongshui, repeatedly expressed his interest in signing an MOC quickly, and focused in particular on the sharing of statistics that such an agreement would enable'),
      ],
    },
    {
      id: 'customs-israel-moc-priority',
      issueId: 'customs-moc-signing',
      organizationId: 'us-government',
      personId: 'chris-israel',
      side: 'US',
      kind: 'claim',
      reportingVerb: 'agreed',
      paraphrase: 'Entering into an MOC with China Customs is a priority for the United States.',
      citations: [c(4, 'Israel agreed that entering into an MOC with China Customs is a priority for the United States')],
    },

    // customs-moc-next-steps (¶2 s2, ¶3 s1, ¶4)
    {
      id: 'customs-wang-working-group',
      issueId: 'customs-moc-next-steps',
      organizationId: 'china-customs',
      personId: 'wang-yongshui',
      side: 'China',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      paraphrase: 'Establishing a working group by mid-April to meet either in Washington or in Beijing to discuss how to move forward.',
      citations: [c(2, 'Wang suggested establishing a working group by mid-April to meet either in Washington or in Beijing to discuss how to move forward')],
    },
    {
      id: 'customs-li-drafting-session',
      issueId: 'customs-moc-next-steps',
      organizationId: 'china-customs',
      personId: 'li-qunying',
      side: 'China',
      kind: 'claim',
      reportingVerb: 'agreed',
      paraphrase: 'A face-to-face drafting session is necessary to conclude an agreement.',
      citations: [c(3, 'agreed that a face-to-face drafting session is necessary to conclude an agreement')],
    },
    {
      // The cable's own voice: the relative clause is the cable introducing Li ("China Customs IPR
      // Division Director Li Qunying, who is responsible for..."), before anything Li says; it does not
      // continue anyone's reported account.
      id: 'customs-li-drafts-with-cbp',
      issueId: 'customs-moc-next-steps',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'China Customs IPR Division Director Li Qunying is responsible for working with United States Customs and Border Protection (CBP) to draft the new MOC.',
      citations: [c(3, 'China Customs IPR Division Director Li Qunying, who is responsible for working with United States Customs and Border Protection (CBP) to draft the new MOC')],
    },
    {
      id: 'customs-israel-forward-recommendations',
      issueId: 'customs-moc-next-steps',
      organizationId: 'us-government',
      personId: 'chris-israel',
      side: 'US',
      kind: 'recommendation',
      reportingVerb: 'recommended',
      paraphrase: 'Li [should] forward his written recommendations on how to move forward to his contacts at DHS.',
      citations: [c(4, 'recommended that Li forward his written recommendations on how to move forward to his contacts at DHS')],
    },

    // customs-moc-slow-progress (¶2 s3, ¶3 s2)
    {
      id: 'customs-wang-disappointed',
      issueId: 'customs-moc-slow-progress',
      organizationId: 'china-customs',
      personId: 'wang-yongshui',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'added',
      paraphrase: 'He is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters.',
      citations: [c(2, 'Wang added that he is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters')],
      hedgeNotes: [{ hedge: 'hopes', why: '"which he hoped would be a more productive mechanism" qualifies the JCCT suggestion, kept in customs-wang-jcct.' }],
    },
    {
      id: 'customs-wang-jcct',
      issueId: 'customs-moc-slow-progress',
      organizationId: 'china-customs',
      personId: 'wang-yongshui',
      side: 'China',
      kind: 'recommendation',
      reportingVerb: 'suggested',
      // "instead" follows, in the same sentence, his disappointment with the Agreement (customs-wang-disappointed):
      // the bracketed note, the dashboard's, gives that clause so the line stands alone.
      paraphrase:
        'The MOC should instead be carried out under the Joint Commission on Commerce and Trade (JCCT), which he hoped would be a more productive mechanism. [“Instead”: the same sentence opens with his remark that he is disappointed in the lack of progress under the China-U.S. Agreement Regarding Mutual Assistance in Customs Matters.]',
      citations: [
        c(2, 'suggested that the MOC should instead be carried out under the Joint Commission on Commerce and Trade (JCCT), which he hoped would be a more productive mechanism'),
      ],
    },
    {
      id: 'customs-li-frustration',
      issueId: 'customs-moc-slow-progress',
      organizationId: 'china-customs',
      personId: 'li-qunying',
      side: 'China',
      kind: 'concern',
      reportingVerb: 'expressed',
      paraphrase: 'Frustration that little has been accomplished on the MOC since the December 2006 meeting of the JCCT.',
      citations: [c(3, 'Li also expressed frustration that little has been accomplished on the MOC since the December 2006 meeting of the JCCT')],
    },

    // Embassy comment (¶5, SBU): all the cable's own voice.
    {
      id: 'customs-embassy-tda-training',
      issueId: 'customs-comment-cooperation',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'In addition to the proposed MOC on customs cooperation, United States cooperation with China on customs matters includes a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency.',
      citations: [
        c(5, 'In addition to the proposed MOC on customs cooperation, United States cooperation with China on customs matters includes a training program at the Shanghai Customs College funded by the U.S. Trade and Development Agency'),
      ],
    },
    {
      id: 'customs-embassy-cooperation-uncertain',
      issueId: 'customs-comment-cooperation',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'concern',
      reportingVerb: null,
      paraphrase:
        'Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations, the extent of future bilateral cooperation on IPR and related issues remains uncertain.',
      citations: [
        c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations, the extent of future bilateral cooperation on IPR and related issues remains uncertain'),
      ],
    },
    {
      id: 'customs-embassy-no-indication',
      issueId: 'customs-comment-cooperation',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns.',
      citations: [
        c(5, 'Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns'),
      ],
    },
    {
      id: 'customs-embassy-wto-customs-complaint',
      issueId: 'customs-comment-disposal-rule',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase: 'The WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs.',
      citations: [c(5, 'Notably, the WTO IPR case includes a customs-related complaint involving the disposal of counterfeit goods by China Customs')],
    },
    {
      id: 'customs-embassy-disposal-rule',
      issueId: 'customs-comment-disposal-rule',
      organizationId: 'us-embassy-beijing',
      personId: null,
      side: 'US',
      kind: 'claim',
      reportingVerb: null,
      paraphrase:
        'Washington, DC agencies should note that China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later; the full text of the new rule is available online.',
      citations: [
        c(5, 'Washington, DC agencies should note that China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later'),
        c(5, 'Full text of the new Customs rule is available online'),
      ],
    },
  ],

  // ── Figures ──────────────────────────────────────────────────────────────
  // Every number ¶1–7 states that bears on enforcement; dates are events, not figures.
  figures: [
    {
      id: 'customs-wto-cases-count',
      label: 'WTO cases against China that USTR announced on April 9 it would bring',
      value: { kind: 'exact', value: 2 },
      unit: 'cases',
      qualifiers: [],
      display: '2',
      asOf: day('2007-04-09', YEAR_FROM_CABLE),
      assertedBy: ['us-embassy-beijing'],
      source: 'USTR\'s April 9 announcement',
      chart: null,
      disputes: [],
      venueId: 'customs-embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China')],
    },
    {
      id: 'customs-rule-to-complaint-interval',
      label: 'Time from China Customs\' April 4, 2007 rule on the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint, to the filing of that complaint',
      value: { kind: 'exact', value: 1 },
      unit: 'weeks',
      qualifiers: ['less than'],
      display: 'less than one week',
      asOf: null,
      assertedBy: ['us-embassy-beijing'],
      source: null,
      chart: null,
      disputes: [],
      venueId: 'customs-embassy-comment',
      topicIds: ['counterfeit-disposal', 'bilateral-relations'],
      citations: [
        c(5, 'China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods, which appears to be the subject of Article II of the WTO complaint filed less than one week later'),
      ],
    },
  ],

  // ── Events: as precise as the cable is ───────────────────────────────────
  events: [
    {
      id: 'customs-meeting',
      kind: 'happening',
      start: day('2007-03-28', YEAR_FROM_CABLE),
      end: null,
      label: 'United States Coordinator for International Intellectual Property Enforcement Chris Israel meets China General Administration of Customs officials to discuss IPR enforcement',
      attribution: null,
      venueId: 'customs-gac',
      topicIds: ['customs-cooperation'],
      citations: [c(1, 'Chris Israel met with China General Administration of Customs officials on March 28 to discuss intellectual property rights (IPR) enforcement')],
    },
    {
      id: 'customs-moc-by-sed',
      kind: 'plan',
      start: month('2007-05', '¶1 says only "the Strategic Economic Dialogue (SED) meeting in May"; read as May 2007, the first May after the March 28 meeting (cable dated 13 April 2007)'),
      end: null,
      label: 'The desire to conclude the MOC as early as the Strategic Economic Dialogue (SED) meeting in May',
      attribution: { organizationId: 'china-customs', personId: null, reportingVerb: 'stated' },
      venueId: 'customs-gac',
      topicIds: ['customs-cooperation'],
      citations: [c(1, 'stated the desire of China Customs to conclude such an agreement as early as the Strategic Economic Dialogue (SED) meeting in May')],
    },
    {
      id: 'customs-working-group-by-mid-april',
      kind: 'plan',
      start: month('2007-04', '¶2 says only "by mid-April"; read as April 2007, the first April after the March 28 meeting (cable dated 13 April 2007)'),
      end: null,
      label: 'Establishing a working group by mid-April to meet either in Washington or in Beijing',
      attribution: { organizationId: 'china-customs', personId: 'wang-yongshui', reportingVerb: 'suggested' },
      venueId: 'customs-gac',
      topicIds: ['customs-cooperation'],
      citations: [c(2, 'Wang suggested establishing a working group by mid-April to meet either in Washington or in Beijing')],
    },
    {
      // A situation from the JCCT meeting to the day Li spoke, not a happening.
      id: 'customs-moc-little-progress',
      kind: 'state',
      start: month('2006-12'),
      end: day('2007-03-28', MARCH_28_MEETING),
      label: 'Little has been accomplished on the MOC since the December 2006 meeting of the JCCT',
      attribution: { organizationId: 'china-customs', personId: 'li-qunying', reportingVerb: 'expressed frustration' },
      venueId: 'customs-gac',
      topicIds: ['customs-cooperation'],
      citations: [c(3, 'Li also expressed frustration that little has been accomplished on the MOC since the December 2006 meeting of the JCCT')],
    },
    {
      id: 'customs-wto-cases-announcement',
      kind: 'happening',
      start: day('2007-04-09', YEAR_FROM_CABLE),
      end: null,
      label: 'USTR announces that it will bring two WTO cases against China',
      attribution: null,
      venueId: 'customs-embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China')],
    },
    {
      // The cable does not say who made the request.
      id: 'customs-wto-consultations-request',
      kind: 'happening',
      start: day('2007-04-10', YEAR_FROM_CABLE),
      end: null,
      label: 'The April 10 request for consultations, following USTR\'s announcement of two WTO cases against China',
      attribution: null,
      venueId: 'customs-embassy-comment',
      topicIds: ['bilateral-relations'],
      citations: [c(5, 'Following USTR\'s April 9 announcement to bring two WTO cases against China and the April 10 request for consultations')],
    },
    {
      id: 'customs-disposal-rule-enacted',
      kind: 'happening',
      start: day('2007-04-04'),
      end: null,
      label: 'China Customs enacts a rule that addresses the disposal of infringing goods',
      attribution: null,
      venueId: 'customs-embassy-comment',
      topicIds: ['counterfeit-disposal'],
      citations: [c(5, 'China Customs did enact a rule on April 4, 2007 that addresses the disposal of infringing goods')],
    },
    {
      // A situation as of the cable's own date, not a happening.
      id: 'customs-no-indication-on-moc',
      kind: 'state',
      start: day('2007-04-13', 'the cable\'s date, 13 April 2007 (¶5: Post "has not yet received an indication")'),
      end: null,
      label: 'Post has not yet received an indication from China Customs whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns',
      attribution: null,
      venueId: 'customs-embassy-comment',
      topicIds: ['customs-cooperation', 'bilateral-relations'],
      citations: [
        c(5, 'Post has not yet received an indication from China Customs as to whether they wish to continue to pursue the MOC signing in light of the WTO filings, or whether they believe their last-minute rule addressed USTR\'s concerns'),
      ],
    },
  ],
} satisfies CableAnnotations
