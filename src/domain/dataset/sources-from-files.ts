/** Turns the source manifest plus file contents (however they were read) into builder input. */
import type { CableSource } from './build-dataset.ts'

export interface ManifestEntry {
  id: string
  primary: string
  others: readonly string[]
}

/** Resolves each manifest file name with `read`; throws naming the file when one is missing. */
export function sourcesFromFiles(
  manifest: readonly ManifestEntry[],
  read: (fileName: string) => string | undefined,
): CableSource[] {
  const rendering = (name: string) => {
    const text = read(name)
    if (text === undefined) throw new Error(`Cable rendering ${name} is listed in data/sources.ts but was not found`)
    return { name, text }
  }
  return manifest.map((entry) => ({
    id: entry.id,
    primary: rendering(entry.primary),
    others: entry.others.map(rendering),
  }))
}
