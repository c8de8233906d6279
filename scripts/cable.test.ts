// @vitest-environment node
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const WIKILEAKS = 'data/cables/07BEIJING2566.wikileaks.txt'

function cable(args: string[], input?: string | Buffer) {
  // node --import tsx, not npx: one process instead of three keeps each run well under a second.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cable.ts', ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

// Each test starts `npx tsx` one to three times: seconds each on a busy machine, so the spawn's own limit applies.
describe('scripts/cable.ts', { timeout: 60_000 }, () => {
  it('parses a file and prints one JSON object', () => {
    const r = cable(['parse', WIKILEAKS])
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, unknown> & { paragraphs: unknown[] }
    expect(Object.keys(out)).toEqual([
      'id', 'subject', 'origin', 'sent', 'precedence', 'classification', 'eo',
      'references', 'tags', 'addressees', 'pages', 'paragraphs', 'diagnostics',
    ])
    expect(out).toMatchObject({ id: '07BEIJING2566', sent: '2007-04-18T06:44:00Z', pages: 8, tags: ['KIPR', 'ETRD', 'ECON', 'WTRO', 'CH'] })
    expect(out.paragraphs).toHaveLength(21)
    expect(out.paragraphs[17]).toEqual(expect.objectContaining({ number: 18, marking: 'SBU', heading: 'Comment' }))
  })

  it('reads standard input with -', () => {
    const r = cable(['parse', '-'], readFileSync(new URL(`../${WIKILEAKS}`, import.meta.url), 'utf8'))
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ id: '07BEIJING2566', subject: 'USTR CONCLUDES PROVINCIAL IPR REVIEW IN BEIJING' })
  })

  it('prints nulls and diagnostics rather than failing on text that is not a cable', () => {
    const r = cable(['parse', '-'], 'hello world')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { id: unknown; paragraphs: unknown[]; diagnostics: { code: string }[] }
    expect(out.id).toBeNull()
    expect(out.paragraphs).toEqual([])
    expect(out.diagnostics.map((d) => d.code)).toContain('no-numbered-paragraphs')
  })

  it('exits 2 with a one-line message for a missing file', () => {
    const r = cable(['parse', 'data/cables/no-such-cable.txt'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/cannot read data\/cables\/no-such-cable\.txt/)
  })

  it('exits 2 with usage for an unknown subcommand or a missing argument', () => {
    for (const args of [['frobnicate'], ['parse'], []]) {
      const r = cable(args)
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(/Usage:/)
    }
  })

  it('prints usage on --help and exits 0', () => {
    const r = cable(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Usage: npm run --silent cable -- parse FILE/)
  })
})

describe('scripts/cable.ts input limits and encodings', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cable-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('stops reading endless standard input at the 10 MB limit and says how to raise it', async () => {
    const r = await cableOnEndlessStdin()
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^cable: standard input is larger than the 10 MB input limit \(real cables are tens of kB\); raise it with --max-bytes 20M\n$/)
    // The command stopped reading: what was fed is the limit plus pipe buffers, not more.
    expect(r.fedBytes).toBeLessThan(20 * 1024 * 1024)
  })

  it('refuses a file over the limit from its size, and with a higher --max-bytes refuses binary as binary', () => {
    const big = join(dir, 'big.txt')
    writeFileSync(big, '')
    truncateSync(big, 11 * 1024 * 1024) // sparse: 11 MB of NUL bytes without writing them
    const refused = cable(['parse', big])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe(`cable: ${big} is 11 MB, over the 10 MB input limit (real cables are tens of kB); raise it with --max-bytes 12M\n`)
    const raised = cable(['parse', big, '--max-bytes', '12M'])
    expect(raised.status).toBe(2)
    expect(raised.stderr).toMatch(/^cable: cannot parse .*big\.txt: the input is binary data, not text.*\n$/)
  })

  it('decodes a UTF-16 cable and refuses invalid UTF-8 with a hint', () => {
    const text = readFileSync(new URL(`../${WIKILEAKS}`, import.meta.url), 'utf8')
    const utf16 = cable(['parse', '-'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(utf16.status).toBe(0)
    expect(JSON.parse(utf16.stdout)).toMatchObject({ id: '07BEIJING2566', pages: 8 })
    const latin1 = cable(['parse', '-'], Buffer.from('07PARIS1\n\n1. (U) Caf\xe9 talks.\n', 'latin1'))
    expect(latin1.status).toBe(2)
    expect(latin1.stderr).toMatch(/^cable: cannot parse standard input: the input is not valid UTF-8 \(first bad byte at offset 20\); convert it .*iconv/)
  })
})

/** Feeds `cable parse -` cable-like lines without end until it exits; returns how much was fed. */
function cableOnEndlessStdin(): Promise<{ status: number | null; stderr: string; fedBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cable.ts', 'parse', '-'], { cwd: root })
    const block = Buffer.from('1. (U) The ministry said the review continues.\n'.repeat(1000))
    let fedBytes = 0
    const endless = new Readable({
      read() {
        fedBytes += block.length
        this.push(block)
      },
    })
    child.stdin.on('error', () => {}) // EPIPE once the command stops reading: expected
    endless.pipe(child.stdin)
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdout.resume()
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', (status) => {
      clearTimeout(timer)
      endless.unpipe()
      endless.destroy()
      resolve({ status, stderr, fedBytes })
    })
  })
}
