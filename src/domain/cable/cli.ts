import type { ParsedCable } from './types.ts'

/** Pure part of the `cable` command: argument reading and output formatting (the I/O is in scripts/cable.ts). */

export const CABLE_USAGE = `Usage: npm run --silent cable -- parse FILE
       npm run --silent cable -- parse -        (read the cable from standard input)
       npm run --silent cable -- --help

Parses one US diplomatic cable (WikiLeaks or news-site rendering) and prints one JSON object:
id, subject, origin, sent, precedence, classification, eo, references, tags, addressees,
pages, paragraphs [{number, marking, heading, text}], diagnostics [{code, message, line?, paragraph?}].
Exit status: 0 parsed (problems in the text are diagnostics), 2 bad arguments or unreadable file.`

export type CableCommand =
  | { kind: 'help' }
  | { kind: 'parse'; source: { kind: 'stdin' } | { kind: 'file'; path: string } }
  | { kind: 'usage-error'; message: string }

export function readCableArgs(argv: readonly string[]): CableCommand {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' }
  const [command, target, ...extra] = argv
  if (command === undefined) return { kind: 'usage-error', message: 'missing subcommand' }
  if (command !== 'parse') return { kind: 'usage-error', message: `unknown subcommand "${command}"` }
  if (target === undefined || target === '') return { kind: 'usage-error', message: 'parse needs a FILE (or - for standard input)' }
  if (extra.length > 0) return { kind: 'usage-error', message: `unexpected argument "${extra[0] ?? ''}"` }
  return { kind: 'parse', source: target === '-' ? { kind: 'stdin' } : { kind: 'file', path: target } }
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
