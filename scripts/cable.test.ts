// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const WIKILEAKS = 'data/cables/07BEIJING2566.wikileaks.txt'

function cable(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'scripts/cable.ts', ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 })
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
