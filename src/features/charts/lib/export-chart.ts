import { wrapText } from './wrap-text'

const SVG_NS = 'http://www.w3.org/2000/svg'
/** Presentation properties that CSS (and CSS variables) may set; inlined so the file renders on its own. */
const INLINED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility'] as const
const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif"

function inlineComputedStyles(source: Element, clone: Element) {
  const computed = window.getComputedStyle(source)
  const parent = source.parentElement ? window.getComputedStyle(source.parentElement) : null
  // A presentation attribute already renders standalone, and an inherited value stays inherited;
  // only what CSS set on this very element needs inlining.
  const declarations = INLINED.filter((prop) => !source.hasAttribute(prop))
    .map((prop) => [prop, computed.getPropertyValue(prop)] as const)
    .filter(([prop, v]) => v && v !== 'normal' && v !== parent?.getPropertyValue(prop))
  if (declarations.length) {
    const existing = clone.getAttribute('style')
    clone.setAttribute('style', [existing, ...declarations.map(([p, v]) => `${p}:${v}`)].filter(Boolean).join(';'))
  }
  const sourceChildren = source.children
  const cloneChildren = clone.children
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i]
    const c = cloneChildren[i]
    if (s && c) inlineComputedStyles(s, c)
  }
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width || 800
  const height = Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || svg.getBoundingClientRect().height || 300
  return { width, height }
}

function textBlock(doc: Document, lines: string[], y: number, size: number, weight: string) {
  const text = doc.createElementNS(SVG_NS, 'text')
  text.setAttribute('x', '16')
  text.setAttribute('y', String(y))
  text.setAttribute('style', `font-family:${FONT};font-size:${size}px;font-weight:${weight};fill:#1a1d21`)
  lines.forEach((line, i) => {
    const tspan = doc.createElementNS(SVG_NS, 'tspan')
    tspan.setAttribute('x', '16')
    tspan.setAttribute('dy', i === 0 ? '0' : String(size * 1.3))
    tspan.textContent = line
    text.append(tspan)
  })
  return text
}

export interface ExportText {
  /** The handling line, printed above the title: "Highest marking of its sources: SBU". */
  banner: string
  title: string
  takeaway: string
  /** Lines printed under the chart: source, qualifiers, disputes, legend. */
  notes: string[]
}

/** A standalone SVG document: the handling line, title and takeaway above the chart, notes below, styles inlined. */
export function buildExportSvg(chart: SVGSVGElement, text: ExportText): { markup: string; width: number; height: number } {
  const doc = chart.ownerDocument
  const { width: chartWidth, height: chartHeight } = svgSize(chart)
  const width = Math.max(chartWidth + 32, 640)
  const perLine = Math.floor((width - 32) / 10)
  const bannerLines = wrapText(text.banner, perLine)
  const titleLines = wrapText(text.title, Math.floor((width - 32) / 12))
  const takeawayLines = wrapText(text.takeaway, perLine)
  const noteLines = text.notes.flatMap((note) => wrapText(note, perLine))
  const bannerHeight = bannerLines.length * 23
  const headerHeight = 24 + bannerHeight + titleLines.length * 29 + takeawayLines.length * 23 + 8
  const height = headerHeight + chartHeight + 16 + noteLines.length * 23 + 8

  const root = doc.createElementNS(SVG_NS, 'svg')
  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.setAttribute('font-family', FONT)
  const background = doc.createElementNS(SVG_NS, 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', '#ffffff')
  root.append(
    background,
    textBlock(doc, bannerLines, 28, 16, '700'),
    textBlock(doc, titleLines, 32 + bannerHeight, 22, '700'),
    textBlock(doc, takeawayLines, 32 + bannerHeight + titleLines.length * 29, 17, '400'),
  )

  const clone = chart.cloneNode(true) as SVGSVGElement
  inlineComputedStyles(chart, clone)
  clone.setAttribute('x', '16')
  clone.setAttribute('y', String(headerHeight))
  clone.setAttribute('width', String(chartWidth))
  clone.setAttribute('height', String(chartHeight))
  clone.removeAttribute('aria-hidden')
  root.append(clone)
  if (noteLines.length) root.append(textBlock(doc, noteLines, headerHeight + chartHeight + 28, 16, '400'))
  // The serializer declares the SVG namespace itself; setting xmlns by hand would duplicate it.
  return { markup: new XMLSerializer().serializeToString(root), width, height }
}

/** Draws the SVG into a canvas at `scale`× for a sharp PNG; the SVG is already self-contained, so the canvas is not tainted. */
export async function svgToPngBlob(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.decoding = 'sync'
    await new Promise<void>((resolve, reject) => {
      image.addEventListener('load', () => resolve(), { once: true })
      image.addEventListener('error', () => reject(new Error('The chart image could not be drawn.')), { once: true })
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = width * scale
    canvas.height = height * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw to a canvas.')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0, width, height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}


