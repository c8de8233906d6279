/**
 * Bytes of a cable file → text, or a one-line reason it is not a text cable. Pure: the caller
 * reads the bytes. UTF-8 (a BOM is dropped) and UTF-16 LE/BE (with a BOM, or recognised by
 * its NUL bytes) are decoded; invalid UTF-8 and binary data are refused.
 */

export type DecodedCable =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; message: string }

const ICONV_HINT = 'convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8.txt'

export function decodeCableBytes(bytes: Uint8Array): DecodedCable {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be')
  const utf16 = guessUtf16(bytes)
  if (utf16) return decodeUtf16(bytes, utf16)
  return decodeUtf8(bytes)
}

function decodeUtf8(bytes: Uint8Array): DecodedCable {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    if (looksBinaryBytes(bytes)) return { ok: false, message: `the input is binary data (not text) — invalid UTF-8 at byte ${at}` }
    return { ok: false, message: `the input is not valid UTF-8 (first bad byte at offset ${at}); ${ICONV_HINT}` }
  }
  if (looksBinary(text)) return { ok: false, message: 'the input is binary data, not text: it holds NUL bytes or many control characters' }
  return { ok: true, text, encoding: 'utf-8' }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedCable {
  const name = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'
  const hint = `convert it with: iconv -f ${encoding.toUpperCase()} -t UTF-8 FILE > FILE.utf8.txt`
  if (bytes.length % 2 !== 0) return { ok: false, message: `the input looks like ${name} but has an odd number of bytes; ${hint}` }
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return { ok: false, message: `the input looks like ${name} but is not valid ${name}; ${hint}` }
  }
  if (looksBinary(text)) return { ok: false, message: `the input decoded as ${name} is binary data, not text` }
  return { ok: true, text, encoding }
}

/**
 * UTF-16 without a BOM: ASCII-range text has a NUL in every other byte. Looks at the first
 * 4 kB: at least a third of the odd (LE) or even (BE) bytes are NUL and almost none of the others.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul >= pairs / 3 && evenNul <= pairs / 50) return 'utf-16le'
  if (evenNul >= pairs / 3 && oddNul <= pairs / 50) return 'utf-16be'
  return null
}

/** Byte offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i
    i += need + 1
  }
  return bytes.length
}

function looksBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const c = bytes[i] ?? 0
    if (c === 0) return true
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++
  }
  return control > n / 20
}

/** NUL or many C0 control characters in the first 8 kB (shared with the parser's `binary-input` diagnostic). */
export function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  if (!/[\x00-\x08\x0e-\x1f]/.test(sample)) return false
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0) return true
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++
  }
  return control > sample.length / 20
}
