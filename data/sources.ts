/**
 * Which rendering of each cable is parsed (the complete one) and which are compared with it.
 * File names are relative to data/cables/; Node (static build) and the browser (MSW) both read this.
 */
export interface SourceManifestEntry {
  id: string
  primary: string
  others: string[]
}

export const sources: SourceManifestEntry[] = [
  { id: '07BEIJING2566', primary: '07BEIJING2566.wikileaks.txt', others: ['07BEIJING2566.scoop.txt'] },
  { id: '07GUANGZHOU376', primary: '07GUANGZHOU376.wikileaks.txt', others: [] },
]
