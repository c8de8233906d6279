/**
 * Which rendering of each cable is parsed (the complete one) and which are compared with it.
 * File names are relative to data/cables/; Node (static build) and the browser (MSW) both read this.
 */
export interface SourceManifestEntry {
  id: string
  primary: string
  others: string[]
}

/** In the order the cables were sent: the series reads as it happened. */
export const sources: SourceManifestEntry[] = [
  { id: '07GUANGZHOU376', primary: '07GUANGZHOU376.wikileaks.txt', others: [] },
  { id: '07BEIJING2455', primary: '07BEIJING2455.wikileaks.txt', others: [] },
  { id: '07BEIJING2463', primary: '07BEIJING2463.wikileaks.txt', others: [] },
  { id: '07BEIJING2566', primary: '07BEIJING2566.wikileaks.txt', others: ['07BEIJING2566.scoop.txt'] },
  { id: '08SHANGHAI330', primary: '08SHANGHAI330.wikileaks.txt', others: [] },
]
