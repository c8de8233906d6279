/**
 * Names inside sentences: "the Fujian Copyright Bureau said", not "Fujian Copyright Bureau said".
 * Labels (checkboxes, chips, table cells, a person's agency in brackets) stay bare; only running text
 * asks for these.
 */

/**
 * A name English gives "the": one whose head noun is an institution's ("the Embassy", "the Fujian Copyright
 * Bureau", "the Ministry of Education Department of …"), that noun last or before "of", "for", "in" or "on", any bracket aside.
 * Bare: acronyms ("MOFCOM said"), places standing for their office ("Chaoyang told USTR", "China Customs"),
 * companies, and groups of people ("Rights holders", "Putian officials", "Shanghai courts").
 */
const INSTITUTION =
  /\b(?:administration|agency|alliance|association|authority|bureau|center|chamber|commission|committee|court|department|embassy|government|market|ministry|mission|office|organization|tribunal|union)(?: (?:of|for|in|on) .*)?(?: \(.*\))?$/i

/** `name` as it reads in a sentence: "the Fujian Copyright Bureau", "MOFCOM", "Rights holders". */
export const inSentence = (name: string): string => (INSTITUTION.test(name) ? `the ${name}` : name)

/** A sentence's first letter in capitals ("The Embassy told MOFCOM", "An agency this view hides said"). */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)


/** `name` with an aside in brackets, one pair of them: "MOFCOM (China)", "Chinese officials (unnamed, China)". */
export const withAside = (name: string, aside: string): string => (name.endsWith(')') ? `${name.slice(0, -1)}, ${aside})` : `${name} (${aside})`)
