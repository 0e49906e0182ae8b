/**
 * A table frame → its cell grid. Every distinct line position is a grid line; a slot whose
 * border is missing is joined with its neighbour (a merged cell: colspan across a missing
 * vertical, rowspan across a missing horizontal), as the table was drawn.
 */
import { type Frame, type Rule, TOLERANCE } from './ruling.ts'

/** One cell: the slot where it starts and how many slots it covers each way. */
export interface GridCell {
  row: number
  col: number
  rowspan: number
  colspan: number
}

/** The grid lines (top-down) and the cells; `owner[row][col]` is the cell covering a slot. */
export interface Grid {
  xs: number[]
  ys: number[]
  cells: GridCell[]
  owner: GridCell[][]
}

/** Cluster positions closer than the tolerance into their mean, sorted. */
export function clusterPositions(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const groups: number[][] = []
  for (const v of sorted) {
    const g = groups.at(-1)
    if (g && v - g.at(-1)! <= TOLERANCE) g.push(v)
    else groups.push([v])
  }
  return groups.map((g) => g.reduce((s, v) => s + v, 0) / g.length)
}

/** Whether some line at `at` covers most of the stretch from `a` to `b`. */
function drawn(rules: readonly Rule[], at: number, a: number, b: number): boolean {
  let covered = 0
  for (const r of rules) {
    if (Math.abs(r.at - at) > TOLERANCE) continue
    covered += Math.max(0, Math.min(r.to, b) - Math.max(r.from, a))
  }
  return covered >= 0.5 * (b - a)
}

/** Build the grid of a frame; the outer edges come from the lines' extents where no line is drawn. */
export function frameGrid(frame: Frame): Grid {
  const xs = clusterPositions([...frame.v.map((r) => r.at), ...frame.h.flatMap((r) => [r.from, r.to])])
  const ys = clusterPositions([...frame.h.map((r) => r.at), ...frame.v.flatMap((r) => [r.from, r.to])])
  const rows = ys.length - 1
  const cols = xs.length - 1
  const owner: GridCell[][] = Array.from({ length: rows }, () => new Array<GridCell>(cols))
  const cells: GridCell[] = []
  const vertical = (i: number, j: number): boolean => drawn(frame.v, xs[j]!, ys[i]!, ys[i + 1]!)
  const horizontal = (i: number, j: number): boolean => drawn(frame.h, ys[i]!, xs[j]!, xs[j + 1]!)
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (owner[i]![j]) continue
      let colspan = 1
      while (j + colspan < cols && !owner[i]![j + colspan] && !vertical(i, j + colspan)) colspan++
      let rowspan = 1
      const open = (r: number): boolean => {
        for (let k = j; k < j + colspan; k++) if (owner[r]![k] || horizontal(r, k)) return false
        return true
      }
      while (i + rowspan < rows && open(i + rowspan)) rowspan++
      const cell: GridCell = { row: i, col: j, rowspan, colspan }
      cells.push(cell)
      for (let r = i; r < i + rowspan; r++) for (let k = j; k < j + colspan; k++) owner[r]![k] = cell
    }
  }
  return { xs, ys, cells, owner }
}

/** The slot index of `v` among grid lines `lines` (-1 outside). */
export function slotOf(lines: readonly number[], v: number): number {
  if (v < lines[0]! || v > lines.at(-1)!) return -1
  let lo = 0
  let hi = lines.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]! <= v) lo = mid
    else hi = mid - 1
  }
  return lo
}
