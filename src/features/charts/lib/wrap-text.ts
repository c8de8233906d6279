/** Greedy word wrap for SVG text, which cannot wrap itself; `maxChars` is per line. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Characters of text at `fontSize` px that a line `width` px wide holds, on the safe side (an average
 * character at 0.6em, a bold one at 0.65em): a drawing's lines wrapped at a fixed 78 ran off a phone's chart.
 */
export const charsPerLine = (width: number, fontSize: number, bold = false): number => Math.max(12, Math.floor(width / (fontSize * (bold ? 0.65 : 0.6))))
