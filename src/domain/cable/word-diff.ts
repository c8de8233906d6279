/** One run of words present in only one of two texts. */
export interface WordChange {
  kind: 'delete' | 'insert'
  /** Index in the first text's words where the change sits. */
  at: number
  words: string[]
}

/**
 * Word-level diff (longest common subsequence) of two word lists: the changes that turn `a`
 * into `b`, adjacent words grouped. Quadratic; meant for paragraph-sized texts.
 */
export function diffWords(a: readonly string[], b: readonly string[]): WordChange[] {
  const n = a.length
  const m = b.length
  const width = m + 1
  const lcs = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0)
    }
  }
  const changes: WordChange[] = []
  const push = (kind: WordChange['kind'], at: number, word: string): void => {
    const last = changes[changes.length - 1]
    if (last && last.kind === kind && last.at + (kind === 'delete' ? last.words.length : 0) === at) last.words.push(word)
    else changes.push({ kind, at, words: [word] })
  }
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++
      j++
    } else if (j >= m || (i < n && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      push('delete', i, a[i] ?? '')
      i++
    } else {
      push('insert', i, b[j] ?? '')
      j++
    }
  }
  return changes
}
