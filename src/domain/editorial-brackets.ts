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
  let plainFrom = 0
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (open < 0 && (char === '"' || char === '“' || char === '”')) quoted = char === '"' ? !quoted : char === '“'
    else if (char === '[' && !quoted && open < 0) open = i
    else if (char === ']' && open >= 0) {
      if (open > plainFrom) pieces.push({ text: text.slice(plainFrom, open), editorial: false })
      pieces.push({ text: text.slice(open, i + 1), editorial: true })
      plainFrom = i + 1
      open = -1
    }
  }
  // The rest reads as it is, an unclosed bracket with it: it is not a note.
  if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom), editorial: false })
  return pieces
}
