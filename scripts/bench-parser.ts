/**
 * `npm run bench:parser` — parse a ~50 MB in-memory corpus of varied cables (mutations of the
 * two real renderings) on one core and print throughput. Not a test: no timed assertions.
 */
import { readFileSync } from 'node:fs'
import { parseCable } from '../src/domain/cable/parse-cable.ts'
import { seededRandom } from '../src/domain/seeded-random.ts'

const TARGET_BYTES = 50 * 1024 * 1024
const sources = ['07BEIJING2566.wikileaks.txt', '07BEIJING2566.scoop.txt'].map((name) =>
  readFileSync(new URL(`../data/cables/${name}`, import.meta.url), 'utf8').split('\n'),
)


const MARKINGS = ['U', 'SBU', 'C', 'S', 'C/NF', 'S//NF', 'SBU/NF']
const POSTS = ['BEIJING', 'SHANGHAI', 'TOKYO', 'PARIS', 'LIMA', 'ANKARA', 'MOSCOW']
const BANNERS = ['UNCLAS', 'C O N F I D E N T I A L', 'S E C R E T', 'CONFIDENTIAL']

function varyCable(lines: readonly string[], rnd: () => number, serial: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const shift = Math.floor(rnd() * 3) // renumber: start at 1, 2 or 3 (gaps show up as diagnostics)
  const marking = pick(MARKINGS)
  const post = pick(POSTS)
  const banner = pick(BANNERS)
  const noSpace = rnd() < 0.3
  const dropSigns = rnd() < 0.3
  const out: string[] = []
  for (const line of lines) {
    const r = rnd()
    let l = line
      .replace(/^(¶?\s?)(\d{1,2})\. \((U|SBU)\)/, (_m, sign: string, n: string) =>
        `${dropSigns ? '' : sign}${Number(n) + shift}.${noSpace ? '' : ' '}(${rnd() < 0.8 ? marking : pick(MARKINGS)})`)
      .replace(/BEIJING 00002566/, `${post} 0000${serial % 10000}`.padEnd(post.length + 9, '0'))
      .replace(/UNCLAS SECTION/, `${banner} SECTION`)
      .replace(/#2566\//, `#${serial % 10000}/`)
    if (r < 0.01) continue // deleted line
    if (r < 0.015) out.push(l) // duplicated line
    if (r < 0.02) l = `¶2007 ${l}` // false paragraph sign
    else if (r < 0.022) l = `${l} ${'junk '.repeat(Math.floor(rnd() * 40))}`
    out.push(l)
  }
  if (rnd() < 0.2) out.push('', post === 'BEIJING' ? 'RANDT' : 'SMITH')
  return out.join(rnd() < 0.1 ? '\r\n' : '\n')
}

function buildCorpus(): string[] {
  const rnd = seededRandom(2566)
  const corpus: string[] = []
  let bytes = 0
  for (let serial = 1; bytes < TARGET_BYTES; serial++) {
    const text = varyCable(sources[serial % 2] ?? [], rnd, serial)
    corpus.push(text)
    bytes += Buffer.byteLength(text, 'utf8')
  }
  return corpus
}

const corpus = buildCorpus()
const bytes = corpus.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0)
for (let i = 0; i < 50; i++) parseCable(corpus[i] ?? '') // warm up the JIT

/** One timed pass over the whole corpus. */
function timePass(): { seconds: number; cpu: number; paragraphs: number; diagnostics: number } {
  const cpuStart = process.cpuUsage()
  const started = performance.now()
  let paragraphs = 0
  let diagnostics = 0
  for (const text of corpus) {
    const r = parseCable(text)
    paragraphs += r.paragraphs.length
    diagnostics += r.diagnostics.length
  }
  const cpu = process.cpuUsage(cpuStart)
  return { seconds: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6, paragraphs, diagnostics }
}

// Three passes: a shared machine is noisy, and the best pass is the closest to the parser's own speed.
const passes = [timePass(), timePass(), timePass()]
const mb = bytes / (1024 * 1024)
const row = (cells: string[]) => `| ${cells.join(' | ')} |`
const cells = (label: string, seconds: number, cpu: number) =>
  row([
    label,
    mb.toFixed(1),
    String(corpus.length),
    seconds.toFixed(2),
    (mb / seconds).toFixed(1),
    Math.round(corpus.length / seconds).toString(),
    cpu.toFixed(2),
  ])
console.log(row(['pass', 'MB', 'cables', 'seconds', 'MB/s', 'cables/s', 'CPU s']))
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']))
passes.forEach((p, i) => console.log(cells(String(i + 1), p.seconds, p.cpu)))
const best = passes.reduce((a, b) => (b.seconds < a.seconds ? b : a))
console.log(cells('best', best.seconds, best.cpu))
const { paragraphs, diagnostics } = passes[0] ?? { paragraphs: 0, diagnostics: 0 }
console.log(`\n${paragraphs} paragraphs, ${diagnostics} diagnostics per pass; target 50 MB/s on one core.`)
