/** `npm run --silent cable -- parse FILE|-` — prints the parsed cable as JSON. All I/O lives here. */
import { readFileSync } from 'node:fs'
import { CABLE_USAGE, formatCableJson, readCableArgs } from '../src/domain/cable/cli.ts'
import { parseCable } from '../src/domain/cable/parse-cable.ts'

function main(argv: readonly string[]): number {
  const command = readCableArgs(argv)
  if (command.kind === 'help') {
    process.stdout.write(`${CABLE_USAGE}\n`)
    return 0
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`cable: ${command.message}\n${CABLE_USAGE}\n`)
    return 2
  }
  const { source } = command
  let text: string
  try {
    // File descriptor 0 reads all of standard input, piped or redirected.
    text = readFileSync(source.kind === 'stdin' ? 0 : source.path, 'utf8')
  } catch (error) {
    const name = source.kind === 'stdin' ? 'standard input' : source.path
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error)
    process.stderr.write(`cable: cannot read ${name}: ${reason}\n`)
    return 2
  }
  process.stdout.write(formatCableJson(parseCable(text)))
  return 0
}

process.exitCode = main(process.argv.slice(2))
