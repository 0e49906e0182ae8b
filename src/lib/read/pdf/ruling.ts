/**
 * Rules → table frames. Collinear pieces are joined into lines (Word draws a border cell by
 * cell), and the lines that touch each other form one frame: a table drawn with ruling lines.
 */
import type { Segment } from './segments.ts'

/** A horizontal line at `at` from `from` to `to`, or a vertical one (at = x). */
export interface Rule {
  at: number
  from: number
  to: number
}

/** The lines of one ruled table. */
export interface Frame {
  h: Rule[]
  v: Rule[]
}

/** How far apart (points) two rules may be and still count as one line or as touching. */
export const TOLERANCE = 2

/** Join rules at (almost) the same position whose extents overlap or nearly touch. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from)
  const rows: Rule[][] = []
  for (const r of sorted) {
    const row = rows.at(-1)
    if (row && r.at - row[0]!.at <= TOLERANCE) row.push(r)
    else rows.push([r])
  }
  const out: Rule[] = []
  for (const row of rows) {
    const at = row.reduce((s, r) => s + r.at, 0) / row.length
    const spans = row.map((r) => [r.from, r.to] as const).sort((a, b) => a[0] - b[0])
    let cur: Rule | null = null
    for (const [from, to] of spans) {
      if (cur && from <= cur.to + TOLERANCE) cur.to = Math.max(cur.to, to)
      else out.push((cur = { at, from, to }))
    }
  }
  return out
}

/** Whether a horizontal and a vertical line cross or meet. */
function touch(h: Rule, v: Rule): boolean {
  return v.at >= h.from - TOLERANCE && v.at <= h.to + TOLERANCE && h.at >= v.from - TOLERANCE && h.at <= v.to + TOLERANCE
}

/** Group a page's rules into frames; a frame needs two lines each way (at least one cell). */
export function tableFrames(segments: readonly Segment[]): Frame[] {
  const h = mergeRules(segments.flatMap((s) => (s.dir === 'h' ? [{ at: s.y, from: s.x0, to: s.x1 }] : [])))
  const v = mergeRules(segments.flatMap((s) => (s.dir === 'v' ? [{ at: s.x, from: s.y0, to: s.y1 }] : [])))
  const parent = [...h, ...v].map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) if (touch(h[i]!, v[j]!)) parent[find(i)] = find(h.length + j)
  }
  const groups = new Map<number, Frame>()
  const frameOf = (i: number): Frame => {
    const root = find(i)
    let frame = groups.get(root)
    if (!frame) groups.set(root, (frame = { h: [], v: [] }))
    return frame
  }
  h.forEach((r, i) => frameOf(i).h.push(r))
  v.forEach((r, j) => frameOf(h.length + j).v.push(r))
  return [...groups.values()].filter((f) => f.h.length >= 2 && f.v.length >= 2)
}
