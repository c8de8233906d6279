/** Word-level comparison of two renderings of the same paragraph. */

export interface TextRange {
  start: number
  end: number
}

interface Word {
  text: string
  start: number
  end: number
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
}

/** Indices of `a` that belong to a longest common subsequence of `a` and `b` (by word text). */
function commonIndices(a: readonly string[], b: readonly string[]): Set<number> {
  const width = b.length + 1
  // lengths[i * width + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0)
    }
  }
  const kept = new Set<number>()
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(i)
      i++
      j++
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i++
    else j++
  }
  return kept
}

/**
 * Character ranges of `primary` holding words that `other` lacks. Adjacent missing words
 * merge into one range so a lost phrase reads as one restoration.
 */
export function missingWordRanges(primary: string, other: string): TextRange[] {
  const primaryWords = words(primary)
  const kept = commonIndices(
    primaryWords.map((w) => w.text),
    words(other).map((w) => w.text),
  )
  const ranges: TextRange[] = []
  let previousMissing = false
  primaryWords.forEach((word, index) => {
    const missing = !kept.has(index)
    const last = ranges[ranges.length - 1]
    if (missing && previousMissing && last) last.end = word.end
    else if (missing) ranges.push({ start: word.start, end: word.end })
    previousMissing = missing
  })
  return ranges
}

/** Sorted union of ranges, merging overlapping or touching ones. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end)
  const merged: TextRange[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}
