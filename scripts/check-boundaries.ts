/**
 * Keeps the architecture true to its picture: imports run one way,
 *   contract → domain → (api, lib, components) → features → app,
 * domain code has no React and no I/O, and no feature imports another feature.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const src = join(root, 'src')

type Layer = 'contract' | 'domain' | 'shared' | 'feature' | 'app' | 'testing' | 'entry'

function layerOf(file: string): { layer: Layer; feature?: string } {
  const [top, second] = relative(src, file).split('/')
  if (top === 'contract') return { layer: 'contract' }
  if (top === 'domain') return { layer: 'domain' }
  if (top === 'features') return { layer: 'feature', feature: second }
  if (top === 'app') return { layer: 'app' }
  if (top === 'testing') return { layer: 'testing' }
  if (top === 'api' || top === 'lib' || top === 'components') return { layer: 'shared' }
  return { layer: 'entry' }
}

/** Which layers each layer may import from (besides itself). */
const allowed: Record<Layer, Layer[]> = {
  contract: [],
  domain: ['contract'],
  shared: ['contract', 'domain'],
  feature: ['contract', 'domain', 'shared'],
  app: ['contract', 'domain', 'shared', 'feature'],
  testing: ['contract', 'domain', 'shared', 'feature', 'app'],
  entry: ['contract', 'domain', 'shared', 'feature', 'app'],
}
const PURE_LAYERS: Layer[] = ['contract', 'domain']
const FORBIDDEN_IN_PURE = /^(react|react-dom|@tanstack\/|zustand|recharts|msw|node:|fs$|path$)/

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path
  }
}

const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm

const problems: string[] = []
for (const file of sourceFiles(src)) {
  const from = layerOf(file)
  const text = readFileSync(file, 'utf8')
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2]
    if (!specifier) continue
    const where = relative(root, file)
    if (PURE_LAYERS.includes(from.layer) && FORBIDDEN_IN_PURE.test(specifier)) {
      problems.push(`${where}: ${from.layer} code must stay pure, but imports '${specifier}'`)
      continue
    }
    const target = specifier.startsWith('@/')
      ? join(src, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : null
    if (!target) continue
    if (!target.startsWith(src + '/')) {
      if (from.layer !== 'entry' && from.layer !== 'testing') problems.push(`${where}: imports '${specifier}' from outside src/`)
      continue
    }
    const to = layerOf(target)
    if (to.layer === from.layer) {
      if (from.layer === 'feature' && to.feature !== from.feature) {
        problems.push(`${where}: feature '${from.feature}' imports feature '${to.feature}'; let them meet in src/app`)
      }
      continue
    }
    if (!allowed[from.layer].includes(to.layer)) problems.push(`${where}: ${from.layer} may not import ${to.layer} ('${specifier}')`)
  }
}

if (problems.length > 0) {
  console.error(`Import boundaries broken (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(1)
}
console.log('Import boundaries: ok')
