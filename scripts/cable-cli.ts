import type { ParsedCable } from '../src/domain/cable/types.ts'

/** Pure part of the `cable` command: argument reading and output formatting (the I/O is in scripts/cable.ts). */

/** Real cables are tens of kB; 10 MB leaves a wide margin and keeps a stray `cat big.log |` harmless. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024
/** Above this the decoded text may not fit in one JavaScript string (ERR_STRING_TOO_LONG at ~512 MB). */
export const MAX_MAX_BYTES = 500 * 1024 * 1024

export const CABLE_USAGE = `Usage: npm run --silent cable -- parse FILE [--max-bytes SIZE]
       npm run --silent cable -- parse -        (read the cable from standard input)
       npm run --silent cable -- --help

Parses one US diplomatic cable (WikiLeaks or news-site rendering) and prints one JSON object:
id, subject, origin, sent, precedence, classification, eo, references, tags, addressees,
pages, paragraphs [{number, marking, heading, text}], diagnostics [{code, message, line?, paragraph?}].
Input: UTF-8 (a BOM is dropped) or UTF-16 LE/BE; at most ${formatSize(DEFAULT_MAX_BYTES)} unless --max-bytes SIZE
(bytes, or with k/M/G, e.g. 50M; at most ${formatSize(MAX_MAX_BYTES)}). Larger input is refused, not read.
Exit status: 0 parsed (problems in the text are diagnostics), 2 bad arguments, unreadable file,
input over the limit, or input that is not text.`

export type CableCommand =
  | { kind: 'help' }
  | { kind: 'parse'; source: CableSource; maxBytes: number }
  | { kind: 'usage-error'; message: string }

export type CableSource = { kind: 'stdin' } | { kind: 'file'; path: string }

export function readCableArgs(argv: readonly string[]): CableCommand {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' }
  const positional: string[] = []
  let maxBytes = DEFAULT_MAX_BYTES
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg !== '--max-bytes' && !arg.startsWith('--max-bytes=')) {
      positional.push(arg)
      continue
    }
    const value = arg === '--max-bytes' ? argv[++i] : arg.slice('--max-bytes='.length)
    const size = value === undefined ? null : parseSize(value)
    if (size === null || size < 1 || size > MAX_MAX_BYTES) {
      return { kind: 'usage-error', message: `--max-bytes needs a size from 1 to ${formatSize(MAX_MAX_BYTES)}, e.g. 50M (got "${value ?? ''}")` }
    }
    maxBytes = size
  }
  const [command, target, ...extra] = positional
  if (command === undefined) return { kind: 'usage-error', message: 'missing subcommand' }
  if (command !== 'parse') return { kind: 'usage-error', message: `unknown subcommand "${command}"` }
  if (target === undefined || target === '') return { kind: 'usage-error', message: 'parse needs a FILE (or - for standard input)' }
  if (extra.length > 0) return { kind: 'usage-error', message: `unexpected argument "${extra[0] ?? ''}"` }
  return { kind: 'parse', source: target === '-' ? { kind: 'stdin' } : { kind: 'file', path: target }, maxBytes }
}

/** `123`, `512k`, `50M`, `1G`, `50MB`, `50MiB` → bytes (k/M/G are powers of 1024); null if not a size. */
export function parseSize(text: string): number | null {
  const m = /^(\d{1,12})([kmg]?)(?:i?b)?$/i.exec(text.trim())
  if (!m) return null
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1
  return Number(m[1]) * unit
}

/** 10485760 → `10 MB`, 1536 → `1.5 kB`, 100 → `100 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${trimNumber(bytes / 1024 ** 2)} MB`
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} kB`
  return `${bytes} bytes`
}

function trimNumber(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** The one-line refusal for input over the limit; `size` is known for a regular file, not for a stream. */
export function inputTooLargeMessage(name: string, maxBytes: number, size: number | null): string {
  const what = size === null ? `${name} is larger than` : `${name} is ${formatSize(size)}, over`
  const wanted = size ?? maxBytes * 2
  if (wanted > MAX_MAX_BYTES || maxBytes >= MAX_MAX_BYTES) {
    return `${what} the ${formatSize(maxBytes)} input limit, and --max-bytes goes no higher than ${formatSize(MAX_MAX_BYTES)} (real cables are tens of kB)`
  }
  // A file: the next whole MB above its size; a stream of unknown length: twice the limit.
  const megabytes = size === null ? Math.ceil(wanted / 1024 ** 2) : Math.floor(size / 1024 ** 2) + 1
  const suggestion = `${Math.min(megabytes, MAX_MAX_BYTES / 1024 ** 2)}M`
  return `${what} the ${formatSize(maxBytes)} input limit (real cables are tens of kB); raise it with --max-bytes ${suggestion}`
}

/** The JSON the command prints, keys in a fixed, readable order. */
export function formatCableJson(cable: ParsedCable): string {
  const ordered = {
    id: cable.id,
    subject: cable.subject,
    origin: cable.origin,
    sent: cable.sent,
    precedence: cable.precedence,
    classification: cable.classification,
    eo: cable.eo,
    references: cable.references,
    tags: cable.tags,
    addressees: cable.addressees,
    pages: cable.pages,
    paragraphs: cable.paragraphs.map((p) => ({ number: p.number, marking: p.marking, heading: p.heading, text: p.text })),
    diagnostics: cable.diagnostics,
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}
