/**
 * The dashboard's own words in a paraphrase: what stands in square brackets ("[should]", "[The cable
 * does not say whose efforts; …]"), outside quotation marks. Inside quotation marks the words are the
 * cable's (the dataset build checks that every quotation is), so brackets there are its drafter's own:
 * "The embassy did not provide us with this question [in advance]."
 */
export interface TextPiece {
  text: string
  editorial: boolean
}

export function editorialPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let quoted = false
  let start = 0
  let open = -1
  const push = (end: number, editorial: boolean) => {
    if (end > start) pieces.push({ text: text.slice(start, end), editorial })
    start = end
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (open < 0 && (char === '"' || char === '“' || char === '”')) quoted = char === '"' ? !quoted : char === '“'
    else if (char === '[' && !quoted && open < 0) {
      push(i, false)
      open = i
    } else if (char === ']' && open >= 0) {
      push(i + 1, true)
      open = -1
    }
  }
  // An unclosed bracket is not a note: the rest reads as it is.
  push(text.length, false)
  return pieces.reduce<TextPiece[]>((merged, piece) => {
    const last = merged.at(-1)
    if (last && !last.editorial && !piece.editorial) last.text += piece.text
    else merged.push({ ...piece })
    return merged
  }, [])
}
