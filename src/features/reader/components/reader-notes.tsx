import { RESTORED_NOTE } from '@/components/citation-preview-text'
import type { Cable } from '@/contract/schemas'
import { pluralize } from '@/lib/format'

/** The legend for restored words and the public-safe notice: what the reader's marks mean. */
export function ReaderNotes({ cable, hiddenCount }: { cable: Cable; hiddenCount: number }) {
  const restored = cable.paragraphs.reduce((sum, p) => sum + p.restored.length, 0)
  if (restored === 0 && hiddenCount === 0) return null
  return (
    <section className="panel reader__notes" aria-label="About this text">
      {restored > 0 && (
        <p>
          <ins className="restored">Dotted underline</ins>: {RESTORED_NOTE.toLowerCase().replace(/^restored/, 'words restored')} (
          {pluralize(restored, 'passage')}). Text parsed from the {cable.rendering} rendering
          {cable.comparedWith.length ? `, compared with ${cable.comparedWith.join(', ')}` : ''}.
        </p>
      )}
      {hiddenCount > 0 && (
        <p className="reader__public-safe">
          <strong>Public-safe view:</strong> {pluralize(hiddenCount, 'paragraph')} not marked (U) {hiddenCount === 1 ? 'is' : 'are'} hidden.
        </p>
      )}
    </section>
  )
}
