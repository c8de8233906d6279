/** `npm run --silent cable -- parse FILE|- [--max-bytes SIZE]` — prints the parsed cable as JSON. All I/O lives here. */
import { createReadStream, fstatSync, statSync } from 'node:fs'
import type { Readable } from 'node:stream'
import { CABLE_USAGE, type CableSource, formatCableJson, inputTooLargeMessage, readCableArgs } from './cable-cli.ts'
import { decodeCableBytes } from '../src/domain/cable/decode-input.ts'
import { parseCable } from '../src/domain/cable/parse-cable.ts'

type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string }

/**
 * Reads at most maxBytes: a regular file over the limit is refused from its size, anything else
 * (a pipe, endless stdin) is streamed and abandoned as soon as it passes the limit, so memory
 * stays around maxBytes whatever arrives.
 */
async function readCapped(source: CableSource, maxBytes: number): Promise<ReadResult> {
  const name = source.kind === 'stdin' ? 'standard input' : source.path
  let stream: Readable
  try {
    const stats = source.kind === 'stdin' ? fstatSync(0) : statSync(source.path)
    if (stats.isDirectory()) return { ok: false, message: `cannot read ${name}: EISDIR` }
    if (stats.isFile() && stats.size > maxBytes) return { ok: false, message: inputTooLargeMessage(name, maxBytes, stats.size) }
    stream = source.kind === 'stdin' ? process.stdin : createReadStream(source.path, { highWaterMark: 1 << 16 })
  } catch (error) {
    return { ok: false, message: `cannot read ${name}: ${errorCode(error)}` }
  }
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length
      // Leaving the loop destroys the stream: nothing more is read.
      if (total > maxBytes) return { ok: false, message: inputTooLargeMessage(name, maxBytes, null) }
      chunks.push(chunk)
    }
  } catch (error) {
    return { ok: false, message: `cannot read ${name}: ${errorCode(error)}` }
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) }
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error)
}

async function main(argv: readonly string[]): Promise<number> {
  const command = readCableArgs(argv)
  if (command.kind === 'help') {
    process.stdout.write(`${CABLE_USAGE}\n`)
    return 0
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`cable: ${command.message}\n${CABLE_USAGE}\n`)
    return 2
  }
  const input = await readCableText(command.source, command.maxBytes)
  if (!input.ok) {
    process.stderr.write(`cable: ${input.message}\n`)
    return 2
  }
  process.stdout.write(formatCableJson(parseCable(input.text)))
  return 0
}

/** Read and decode; the bytes are garbage once this returns, so only the text is held while parsing. */
async function readCableText(source: CableSource, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const read = await readCapped(source, maxBytes)
  if (!read.ok) return read
  const decoded = decodeCableBytes(read.bytes)
  if (decoded.ok) return decoded
  return { ok: false, message: `cannot parse ${source.kind === 'stdin' ? 'standard input' : source.path}: ${decoded.message}` }
}

// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
process.exitCode = await main(process.argv.slice(2))
