/**
 * How much room a chart's text takes, estimated without a browser (the SVG is drawn at build
 * time): wide enough for the common system fonts (digits ≈ 0.55 em, CJK 1 em), so a layout that
 * keeps these boxes inside the viewBox does not clip its labels.
 */

/** A rectangle in user units of the viewBox. */
export interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/** Where a text's x is: its start, middle or end (SVG `text-anchor`). */
export type Anchor = 'start' | 'middle' | 'end'

/** The width of one character in em: narrow punctuation, CJK and full-width forms, the rest. */
function charWidth(char: string): number {
  if (/[,.:;'!|]/.test(char)) return 0.35
  if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(char)) return 1
  return 0.62
}

/** The estimated width of `text` at `fontSize` (user units), never less than the real one in the usual fonts. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text) em += charWidth(char)
  return em * fontSize
}

/** The box of `text` drawn at (`x`, `baseline`) with `anchor`: a full em above the baseline, a quarter below. */
export function textBox(text: string, x: number, baseline: number, fontSize: number, anchor: Anchor): Box {
  const width = textWidth(text, fontSize)
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width
  return { left, right: left + width, top: baseline - fontSize, bottom: baseline + fontSize / 4 }
}

/** Whether `box` lies inside a viewBox `0 0 width height`. */
export function insideViewBox(box: Box, width: number, height: number): boolean {
  return box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height
}
