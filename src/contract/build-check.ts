/**
 * The build's check of its own static API (scripts/prerender.ts calls it through the prerender's
 * server bundle, which has the schemas): every file against its contract, once, in Node.
 */
import { sha256Hex } from './sha256-hex'
import { resourceAt } from './endpoints'
import { parseResource } from './parse-resource'
import type { ResourceName } from './resource-schemas'

/** What the build vouches for: these bytes (their SHA-256, hex) passed this resource's contract. */
interface CheckedFile {
  resource: ResourceName
  sha256: string
}

/**
 * Checks one API file exactly as the build writes it and gives its resource and fingerprint, which a
 * browser may trust instead of checking those bytes again as that resource. Throws when the file fails its contract, or when the
 * check would change it (a default filled in, a transform, an unknown key dropped): then the bytes
 * alone would not stand for the checked data.
 */
export async function checkApiFileForBuild(path: string, text: string): Promise<CheckedFile> {
  const resource = resourceAt(path)
  if (!resource) throw new Error(`${path} is not a file of the API's contract (src/contract/endpoints.ts)`)
  const body: unknown = JSON.parse(text)
  const checked = parseResource(resource, body)
  if (!checked.success) throw new Error(`${path} does not match its contract at ${checked.path.map(String).join('.') || 'the top'}: ${checked.message}`)
  const changed = firstDifference(body, checked.data)
  if (changed !== null) {
    throw new Error(
      `${path}: the contract's check changes the data at ${changed || 'the top'} (a default, a transform or a dropped key), so browsers could not trust the file's bytes in place of the check; make the schema check only, or the dataset match it`,
    )
  }
  return { resource, sha256: await sha256Hex(new TextEncoder().encode(text)) }
}

/** Where two JSON values differ ("3.quotes.0"), "" for the values themselves, or null when they are equal; key order does not matter. */
export function firstDifference(a: unknown, b: unknown, at = ''): string | null {
  if (Object.is(a, b)) return null
  const join = (key: string | number) => (at ? `${at}.${key}` : String(key))
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return at
    for (let i = 0; i < a.length; i++) {
      const found = firstDifference(a[i], b[i], join(i))
      if (found !== null) return found
    }
    return null
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const aRecord = a as Record<string, unknown>
    const bRecord = b as Record<string, unknown>
    const onlyInOne = [...Object.keys(aRecord).filter((key) => !Object.hasOwn(bRecord, key)), ...Object.keys(bRecord).filter((key) => !Object.hasOwn(aRecord, key))]
    if (onlyInOne.length) return join(onlyInOne[0]!)
    for (const key of Object.keys(aRecord)) {
      const found = firstDifference(aRecord[key], bRecord[key], join(key))
      if (found !== null) return found
    }
    return null
  }
  return at
}
