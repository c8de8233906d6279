/**
 * An API file's fingerprint (api-digest.ts says what it is for): the SHA-256 of its bytes, in hex.
 * A module of its own: the entry script needs only canHash, and this goes with the readers that hash.
 */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  // crypto.subtle exists only in secure contexts (https, localhost): elsewhere this rejects, and the caller checks the data instead.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
