/**
 * pdf.js text items → runs: upright, horizontal pieces of text placed in top-down page
 * coordinates (origin top left, y growing downwards, units of 1/72 inch), radicals read as the
 * ideographs they stand for. Items are split at inner spaces so that text a generator wrote as
 * "0   0   0" still falls into its cells.
 */
import { normaliseText } from '../decode.ts'
import { multiply } from './matrix.ts'
import { foldRadicals } from '../../text/radicals.ts'

/** A piece of text on one baseline, with its horizontal extent. */
export interface Run {
  text: string
  x0: number
  x1: number
  /** The baseline, top-down. */
  base: number
  /** The font size (glyph height). */
  size: number
}

/** The parts of a pdf.js text item that are read. */
export interface TextItemLike {
  str: string
  transform: number[]
  width: number
  height: number
}

/** Whether a character is set full width (CJK, full-width forms): about one em wide. */
export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && ch.charCodeAt(0) >= 0x2e80
}

/** Rough advance of `text` in ems: wide characters 1, others 0.5; used to place split parts. */
function ems(text: string): number {
  let n = 0
  for (const ch of text) n += isWide(ch) ? 1 : 0.5
  return n
}

/** The runs of one text item under the page's `view` matrix; none for rotated or empty text. */
export function itemRuns(item: TextItemLike, view: readonly number[]): Run[] {
  const text = foldRadicals(normaliseText(item.str)).replace(/\n/g, ' ')
  if (!text.trim()) return []
  const [a, b, c, d, e, f] = multiply(view, item.transform)
  // Upright horizontal text only: watermarks and vertical writing are not report text.
  if (a! <= 0 || Math.abs(b!) > 0.05 * a! || Math.abs(c!) > 0.05 * Math.abs(d!) || d! >= 0) return []
  const size = Math.hypot(c!, d!) || item.height
  const scale = Math.hypot(view[0]!, view[1]!) || 1
  const width = item.width * scale
  const total = ems(text) || 1
  const runs: Run[] = []
  for (const m of text.matchAll(/\S+/g)) {
    const x0 = e! + (width * ems(text.slice(0, m.index))) / total
    const x1 = x0 + (width * ems(m[0])) / total
    runs.push({ text: m[0], x0, x1, base: f!, size })
  }
  return runs
}

/** Drop runs painted twice at (almost) the same place, as fake bold does. */
export function withoutDoubles(runs: Run[]): Run[] {
  const seen = new Map<string, Run[]>()
  return runs.filter((r) => {
    const same = seen.get(r.text) ?? []
    const twin = same.some((s) => Math.abs(s.x0 - r.x0) < 0.3 * r.size && Math.abs(s.base - r.base) < 0.3 * r.size)
    same.push(r)
    seen.set(r.text, same)
    return !twin
  })
}
