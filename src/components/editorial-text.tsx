import { editorialPieces } from '@/domain/editorial-brackets'

/**
 * A paraphrase with the dashboard's bracketed words set apart (class `editorial`: muted, and italic on
 * slides): read from a slide or a venue page, an insertion or a note must not pass for what the official said.
 */
export function EditorialText({ text }: { text: string }) {
  return editorialPieces(text).map((piece, index) =>
    piece.editorial ? (
      <span key={index} className="editorial">
        {piece.text}
      </span>
    ) : (
      piece.text
    ),
  )
}
