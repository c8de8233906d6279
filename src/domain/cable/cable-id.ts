/** The one reading of a cable id ("07BEIJING2566"), for the parser's header and the selectors alike. */

export interface CableIdParts {
  /** Two digits: "07". */
  year: string
  /** The sending post as the id spells it: "BEIJING". */
  post: string
  /** The post's running number that year, digits as written: "2566". */
  serial: string
}

const CABLE_ID = /^(\d{2})([A-Z][A-Z-]{1,30}?)(\d{1,6})$/

/** "07BEIJING2566" → year 07, post BEIJING, serial 2566; null for anything that is not a cable id. */
export function parseCableId(id: string): CableIdParts | null {
  const match = CABLE_ID.exec(id)
  return match ? { year: match[1]!, post: match[2]!, serial: match[3]! } : null
}
