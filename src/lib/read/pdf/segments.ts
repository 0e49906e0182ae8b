/**
 * A page's operator list → the straight horizontal and vertical lines it paints, in top-down
 * page coordinates: stroked paths, and filled rectangles thin enough to be a rule (Word draws
 * every cell border as one). The graphics state (save/restore, cm, form XObjects, colour) is
 * followed so that every point is placed where it shows; white rules are left out.
 */
import { type Subpath, subpaths } from './paths.ts'
import { multiply } from './matrix.ts'

/** A horizontal (`y` fixed, x0 < x1) or vertical (`x` fixed, y0 < y1) rule. */
export type Segment = { dir: 'h'; y: number; x0: number; x1: number } | { dir: 'v'; x: number; y0: number; y1: number }

/** The pdf.js operator codes this module reads (pdfjs `OPS`). */
export interface OpCodes {
  save: number
  restore: number
  transform: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  setStrokeRGBColor: number
  setFillRGBColor: number
  constructPath: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

/** The part of the graphics state that decides where and whether a rule shows. */
interface State {
  ctm: number[]
  strokeWhite: boolean
  fillWhite: boolean
}

/** Thicker than this (points), a filled rectangle is a shaded area, not a rule. */
const THIN = 2.5

/** Whether a `#rrggbb` colour is (nearly) white. */
function white(color: unknown): boolean {
  return typeof color === 'string' && /^#(?:f[0-9a-f]){3}$/i.test(color)
}

/** The rules painted by an operator list, under the page's `view` matrix. */
export function pageSegments(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, view: readonly number[]): Segment[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke])
  const out: Segment[] = []
  const stack: State[] = []
  let state: State = { ctm: [...view], strokeWhite: false, fillWhite: false }
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!
    const args = argsArray[i] as unknown[] | null
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      stack.push(state)
      state = { ...state }
      const matrix = fn === ops.save ? null : (args?.[0] as number[] | null)
      if (matrix) state.ctm = multiply(state.ctm, matrix)
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state
    else if (fn === ops.transform && args) state.ctm = multiply(state.ctm, args as number[])
    else if (fn === ops.setStrokeRGBColor) state.strokeWhite = white(args?.[0])
    else if (fn === ops.setFillRGBColor) state.fillWhite = white(args?.[0])
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number
      const data = (args[1] as ArrayLike<number>[] | null)?.[0]
      if (!data) continue
      const points = subpaths(data, state.ctm)
      if (strokes.has(paint) && !state.strokeWhite) for (const p of points) strokedRules(p, out)
      if (fills.has(paint) && !state.fillWhite) for (const p of points) filledRule(p, out)
    }
  }
  return out
}

/** Add the straight axis-parallel pieces of a stroked subpath. */
function strokedRules(p: Subpath, out: Segment[]): void {
  if (p.curved) return
  const { pts } = p
  const n = pts.length / 2
  for (let k = 1; k < n + (p.closed ? 1 : 0); k++) {
    const j = k % n
    addRule(pts[2 * k - 2]!, pts[2 * k - 1]!, pts[2 * j]!, pts[2 * j + 1]!, out)
  }
}

/** Add a filled subpath that is a thin axis-parallel rectangle as the rule along its middle. */
function filledRule(p: Subpath, out: Segment[]): void {
  const { pts } = p
  if (p.curved || pts.length < 6 || pts.length > 10) return
  const xs = pts.filter((_, k) => k % 2 === 0)
  const ys = pts.filter((_, k) => k % 2 === 1)
  const x0 = Math.min(...xs),
    x1 = Math.max(...xs),
    y0 = Math.min(...ys),
    y1 = Math.max(...ys)
  if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) out.push({ dir: 'h', y: (y0 + y1) / 2, x0, x1 })
  else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) out.push({ dir: 'v', x: (x0 + x1) / 2, y0, y1 })
}

/** Add the line from (ax, ay) to (bx, by) when it is horizontal or vertical. */
function addRule(ax: number, ay: number, bx: number, by: number, out: Segment[]): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 1)
    out.push({ dir: 'h', y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) })
  else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 1)
    out.push({ dir: 'v', x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) })
}
