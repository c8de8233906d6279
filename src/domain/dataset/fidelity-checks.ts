/**
 * Checks on the words analysts write around the quotes (DESIGN principle 6): a paraphrase keeps
 * the hedges of the sentences it rests on, puts in quotation marks only what the cable says,
 * names its speaker with the cable's own verb, dates nothing more precisely than the cable
 * unless it says where the date comes from, and never mixes public and sensitive paragraphs.
 * They run on the annotation files (which hold the review-only hedge notes), before joining.
 */
import type { Cable, DatePoint, Paragraph } from '../../contract/schemas.ts'
import type { AnnotationCitation, CableAnnotations, HedgeNote } from './annotations.ts'

/** Words that soften or bound a statement; a paraphrase that drops one says more than the cable. */
export const HEDGES: readonly { hedge: string; pattern: RegExp }[] = [
  { hedge: 'often', pattern: /\boften\b/i },
  { hedge: 'some', pattern: /\bsome\b/i },
  { hedge: 'largely', pattern: /\blargely\b/i },
  { hedge: 'at least', pattern: /\bat least\b/i },
  { hedge: 'up to', pattern: /\bup to\b/i },
  { hedge: 'more than', pattern: /\bmore than\b/i },
  { hedge: 'efforts', pattern: /\beffort(s)?\b/i },
  { hedge: 'plans', pattern: /\bplan(s|ned|ning)?\b/i },
  { hedge: 'may', pattern: /\bmay\b/ },
  { hedge: 'might', pattern: /\bmight\b/i },
  { hedge: 'possibly', pattern: /\bpossibl[ey]\b/i },
  { hedge: 'likely', pattern: /\blikely\b/i },
  { hedge: 'would like', pattern: /\bwould like\b/i },
  { hedge: 'hopes', pattern: /\bhop(e|es|ed|ing)\b/i },
  { hedge: 'several', pattern: /\bseveral\b/i },
  { hedge: 'many', pattern: /\bmany\b/i },
  { hedge: 'still', pattern: /\bstill\b/i },
  { hedge: 'only', pattern: /\bonly\b/i },
  { hedge: 'relatively', pattern: /\brelatively\b/i },
  { hedge: 'nearly', pattern: /\bnearly\b/i },
  { hedge: 'almost', pattern: /\balmost\b/i },
  { hedge: 'approximately', pattern: /\bapproximately\b/i },
  { hedge: 'considerable', pattern: /\bconsiderabl[ey]\b/i },
  // Conditions: dropping one turns "if China wanted an objective report, it should..." into a bare demand.
  { hedge: 'if', pattern: /\bif\b/i },
  { hedge: 'in the event', pattern: /\bin the event\b/i },
  { hedge: 'unless', pattern: /\bunless\b/i },
]

/** Verbs that attribute words to a speaker; a "reported" summary uses at least one. */
const REPORTING_VERB =
  /\b(said|says|say|noted|notes|told|tells|explained|explains|stated|states|added|adds|admitted|replied|replies|responded|responds|reported|reports|asserted|asserts|assert(ing)?|claimed|claims|assured|assures|challenged|challenges|encouraged|encourages|urged|urges|suggested|suggests|recommended|recommends|asked|asks|requested|requests|pointed out|points out|cited|cites|denied|denies|confided|credited|credits|described|describes|raised|raises|discussed|discusses|expressed|expresses|relayed|presented|briefed|provided|indicated|indicates|agrees|agreed|acknowledged|hoped|hopes|called|calls|argued|argues|insisted|observed|summarised|summarized|interrupted|objected|confirmed|covered|met)\b/i

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

interface TextField {
  /** "positions/bcb-take-down-overwhelmed paraphrase" */
  label: string
  text: string
}

/** One annotated item as the checks see it: its written words, its quotes and its notes. */
interface CheckedItem {
  label: string
  texts: TextField[]
  citations: readonly AnnotationCitation[]
  hedgeNotes: readonly HedgeNote[]
  dates: { label: string; date: DatePoint }[]
}

export function checkFidelity(files: readonly CableAnnotations[], cablesById: ReadonlyMap<string, Cable>): string[] {
  const problems: string[] = []
  for (const file of files) {
    const cable = cablesById.get(file.cableId)
    if (!cable) continue
    const paragraphs = new Map(cable.paragraphs.map((p) => [p.number, p]))
    const sentYear = cable.sent?.slice(0, 4) ?? null
    const names = speakerNames(file)
    for (const item of checkedItems(file)) {
      const cited = item.citations.map((c) => paragraphs.get(c.paragraph)).filter((p): p is Paragraph => p !== undefined)
      problems.push(
        ...checkHedges(item, paragraphs),
        ...checkQuotationMarks(item, cited),
        ...item.dates.flatMap(({ label, date }) => checkDateStated(`${item.label} ${label}`, date, cited, sentYear)),
        ...checkMixedMarkings(item, cited),
      )
    }
    problems.push(...checkVoices(file, paragraphs, names))
    problems.push(...checkDateRanges(file))
  }
  return problems
}

const notes = (item: { hedgeNotes?: HedgeNote[] | undefined }) => item.hedgeNotes ?? []

function checkedItems(file: CableAnnotations): CheckedItem[] {
  const items: CheckedItem[] = []
  for (const t of file.topics) {
    items.push({ label: `topics/${t.id}`, texts: [{ label: 'description', text: t.description }], citations: t.citations, hedgeNotes: notes(t), dates: [] })
  }
  for (const v of file.venues) {
    items.push({
      label: `venues/${v.id}`,
      texts: [{ label: 'summary', text: v.summary }],
      citations: v.citations,
      hedgeNotes: notes(v),
      dates: v.date ? [{ label: 'date', date: v.date }] : [],
    })
  }
  for (const i of file.issues) {
    items.push({
      label: `issues/${i.id}`,
      texts: [
        { label: 'title', text: i.title },
        { label: 'summary', text: i.summary },
      ],
      citations: i.citations,
      hedgeNotes: notes(i),
      dates: [],
    })
  }
  for (const p of file.positions) {
    items.push({ label: `positions/${p.id}`, texts: [{ label: 'paraphrase', text: p.paraphrase }], citations: p.citations, hedgeNotes: notes(p), dates: [] })
  }
  for (const f of file.figures) {
    items.push({
      label: `figures/${f.id}`,
      texts: [
        { label: 'label', text: f.label },
        { label: 'display', text: f.display },
      ],
      citations: f.citations,
      hedgeNotes: notes(f),
      dates: f.asOf ? [{ label: 'asOf', date: f.asOf }] : [],
    })
    f.disputes.forEach((d, index) => {
      items.push({
        label: `figures/${f.id} dispute ${index + 1}`,
        texts: [{ label: 'summary', text: d.summary }],
        citations: [d.citation],
        hedgeNotes: notes(f),
        dates: [],
      })
    })
  }
  for (const e of file.events) {
    items.push({
      label: `events/${e.id}`,
      texts: [{ label: 'label', text: e.label }],
      citations: e.citations,
      hedgeNotes: notes(e),
      dates: [{ label: 'start', date: e.start }, ...(e.end ? [{ label: 'end', date: e.end }] : [])],
    })
  }
  return items
}

/** The sentence(s) of a paragraph that hold a quote: what the quote's hedges qualify. */
export function sentencesAround(paragraphText: string, quote: string): string | null {
  const text = normalize(paragraphText)
  const start = text.indexOf(normalize(quote))
  if (start < 0) return null
  const end = start + normalize(quote).length
  const boundary = /[.?!]["')\]]*\s/g
  let sentenceStart = 0
  let sentenceEnd = text.length
  for (const match of text.matchAll(boundary)) {
    const after = match.index + match[0].length
    // The sentence's closing punctuation, quotes and brackets included ('interfering."').
    const closed = match.index + match[0].trimEnd().length
    if (after <= start) sentenceStart = after
    else if (closed >= end) {
      sentenceEnd = closed
      break
    }
  }
  return text.slice(sentenceStart, sentenceEnd)
}

export function checkHedges(item: CheckedItem, paragraphs: ReadonlyMap<number, Paragraph>): string[] {
  const written = item.texts.map((t) => t.text).join(' ')
  const noted = new Set(item.hedgeNotes.map((n) => n.hedge.toLowerCase()))
  const missing = new Map<string, number>()
  for (const citation of item.citations) {
    const paragraph = paragraphs.get(citation.paragraph)
    const sentence = paragraph ? sentencesAround(paragraph.text, citation.quote) : null
    if (!sentence) continue
    for (const { hedge, pattern } of HEDGES) {
      if (pattern.test(sentence) && !pattern.test(written) && !noted.has(hedge)) missing.set(hedge, citation.paragraph)
    }
  }
  return [...missing].map(
    ([hedge, paragraph]) =>
      `${item.label}: ¶${paragraph}'s cited sentence says "${hedge}" but the item's text does not (keep the hedge, or add a hedgeNote saying why not)`,
  )
}

/** Every stretch in quotation marks inside written text is the cable's own words. */
export function checkQuotationMarks(item: CheckedItem, cited: readonly Paragraph[]): string[] {
  const problems: string[] = []
  const sources = cited.map((p) => normalize(p.text).toLowerCase())
  for (const field of item.texts) {
    for (const match of field.text.matchAll(/["“]([^"”]+)["”]/g)) {
      const words = normalize(match[1] ?? '').replace(/[.,;:]+$/, '').toLowerCase()
      if (words && !sources.some((s) => s.includes(words))) {
        problems.push(`${item.label} ${field.label}: "${match[1]}" is in quotation marks but is not in a cited paragraph`)
      }
    }
  }
  return problems
}

/** A date the cited text does not state must say where it comes from. */
export function checkDateStated(label: string, date: DatePoint, cited: readonly Paragraph[], sentYear: string | null): string[] {
  if (date.inferredFrom !== null) return []
  const [year, month, day] = date.value.split('-')
  const text = cited.map((p) => normalize(p.text)).join(' \u0000 ')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  const problems: string[] = []
  if (date.precision === 'day' && monthName && day) {
    const d = Number(day)
    if (!new RegExp(`\\b(${monthName} ${d}|${d} ${monthName})\\b`).test(text)) {
      problems.push(`${label}: ${date.value} is a day the cited paragraphs do not state (cite it, or set inferredFrom)`)
    }
  } else if (date.precision === 'month' && monthName && !new RegExp(`\\b${monthName}\\b`).test(text)) {
    problems.push(`${label}: ${date.value} is a month the cited paragraphs do not state (cite it, or set inferredFrom)`)
  }
  // "on March 16" in a cable sent in 2007 reads as 2007; any other unstated year is an inference.
  const yearStated = year !== undefined && new RegExp(`\\b${year}\\b`).test(text)
  const readFromCableDate = date.precision !== 'year' && year === sentYear
  if (!yearStated && !readFromCableDate) {
    problems.push(`${label}: the year ${year} is not stated in the cited paragraphs (cite it, or set inferredFrom)`)
  }
  return problems
}

/** An item resting on public and sensitive paragraphs at once would carry sensitive words into the public view. */
function checkMixedMarkings(item: CheckedItem, cited: readonly Paragraph[]): string[] {
  const markings = new Set(cited.map((p) => p.marking ?? 'unmarked'))
  return markings.has('U') && markings.size > 1
    ? [`${item.label}: cites both U and ${[...markings].filter((m) => m !== 'U').join('/')} paragraphs; split it so the public-safe view cannot show sensitive words`]
    : []
}

/** Organization short names and names, people's surnames and full names: who a summary may name. */
function speakerNames(file: CableAnnotations): string[] {
  const names = new Set<string>(['the Chinese side', 'the cable', 'Emboffs', 'Chinese officials'])
  for (const o of file.organizations) {
    names.add(o.name)
    if (o.shortName) names.add(o.shortName)
  }
  for (const p of file.people) {
    names.add(p.name)
    const surname = p.name.split(' ')[0]
    if (surname) names.add(surname)
  }
  return [...names]
}

const containsWord = (text: string, word: string) =>
  new RegExp(`(^|[^A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`, 'i').test(text)

/** "noted" and "note", "reported" and "report", "says" and "say" are one verb: the screen writes it in the past tense. */
function verbStem(word: string): string {
  const w = word.toLowerCase()
  const base = w.endsWith('ing') ? w.slice(0, -3) : w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.endsWith('ed') ? w.slice(0, -2) : w.endsWith('es') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w
  return base.endsWith('e') ? base.slice(0, -1) : base
}

/** The cable uses this verb (or another form of it) in the text: multi-word verbs ("pointed out") word for word. */
function usesVerb(text: string, verb: string): boolean {
  if (containsWord(text, verb)) return true
  if (verb.includes(' ')) return false
  const stem = verbStem(verb)
  return text.split(/[^A-Za-z]+/).some((word) => word.length > 1 && verbStem(word) === stem)
}

/** "as Xu put it", "as cited by USTR", "according to MOFCOM": an attribution written into a label. */
const AS_SAID = /\b(?:[Aa]s (?:(?:cited|reported|stated|noted|said) by|(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:said|says|stated|noted|cited|reported|put it))|[Aa]ccording to)\b/

/** Who said it: a verb the cable uses for the speaker, or the cable's own voice, said explicitly. */
function checkVoices(file: CableAnnotations, paragraphs: ReadonlyMap<number, Paragraph>, names: readonly string[]): string[] {
  const problems: string[] = []
  const verbInCited = (verb: string, citations: readonly AnnotationCitation[]) =>
    citations.some((c) => {
      const p = paragraphs.get(c.paragraph)
      return p !== undefined && usesVerb(normalize(p.text), verb)
    })
  for (const p of file.positions) {
    if (p.reportingVerb === null) {
      if (p.organizationId !== file.authorOrganizationId) {
        problems.push(`positions/${p.id}: the cable's own voice (reportingVerb null) belongs to ${file.authorOrganizationId}, not ${p.organizationId}`)
      }
    } else if (!verbInCited(p.reportingVerb, p.citations)) {
      problems.push(`positions/${p.id}: reporting verb "${p.reportingVerb}" is not in a cited paragraph`)
    }
  }
  for (const f of file.figures) {
    f.disputes.forEach((d, index) => {
      if (!verbInCited(d.reportingVerb, [d.citation])) {
        problems.push(`figures/${f.id} dispute ${index + 1}: reporting verb "${d.reportingVerb}" is not in its cited paragraph`)
      }
    })
  }
  for (const e of file.events) {
    if (e.attribution && !verbInCited(e.attribution.reportingVerb, e.citations)) {
      problems.push(`events/${e.id}: reporting verb "${e.attribution.reportingVerb}" is not in a cited paragraph`)
    }
  }
  // A figure label names no one: every place a figure is shown gives who asserts it beside the label,
  // and "…, as An Ning cited" would state the figure with the writer agreeing (README, analyst rules).
  for (const f of file.figures) {
    const named = file.people.find((person) => f.label.includes(person.name))?.name ?? AS_SAID.exec(f.label)?.[0]
    if (named) problems.push(`figures/${f.id}: the label names who gives the figure ("${named}"); it is shown beside the label`)
  }
  const summaries = [
    ...file.venues.map((v) => ({ label: `venues/${v.id}`, summary: v.summary, voice: v.summaryVoice })),
    ...file.issues.map((i) => ({ label: `issues/${i.id}`, summary: i.summary, voice: i.summaryVoice })),
  ]
  for (const { label, summary, voice } of summaries) {
    if (voice !== 'reported') continue
    if (!REPORTING_VERB.test(summary)) problems.push(`${label}: a reported summary needs a reporting verb (said, noted, replied, ...)`)
    if (!names.some((name) => containsWord(summary, name))) problems.push(`${label}: a reported summary must name its speaker`)
  }
  return problems
}

/** A range ends no earlier than it starts. */
function checkDateRanges(file: CableAnnotations): string[] {
  return file.events.flatMap((e) =>
    e.end && e.end.value < e.start.value ? [`events/${e.id}: ends (${e.end.value}) before it starts (${e.start.value})`] : [],
  )
}
