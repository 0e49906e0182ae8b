/**
 * The HTML table model, reduced: expand colspan and rowspan into a rectangular grid of
 * CellTokens where a spanning cell's text appears once and the slots it covers are ''.
 */
import type { Point } from 'unist'
import type { CellToken } from '../../types.ts'

/** One `<td>`/`<th>` as found in a row. */
export interface GridCell {
  text: string
  /** Where the cell's text starts (its tag when empty). */
  point: Point
  /** Where the cell's start tag is. */
  at: Point
  colspan: number
  rowspan: number
}

/** Rowspans still open in a row group: remaining rows covered, per column. */
export interface Grid {
  pending: number[]
}

/** Start a new row group (rowspans never cross thead/tbody/tfoot). */
export function newGrid(): Grid {
  return { pending: [] }
}

/** Clamp a colspan to 1..1000 as browsers do. */
export function colspanOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), 1000) : 1
}

/** Clamp a rowspan; 0 means "to the end of the row group". */
export function rowspanOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  if (!Number.isFinite(n) || n < 0) return 1
  return n === 0 ? 65534 : Math.min(Math.floor(n), 65534)
}

/** An empty CellToken standing for a slot covered by a spanning cell. */
function empty(point: Point): CellToken {
  return { text: '', line: point.line, column: point.column }
}

/** Place one row's cells into the grid and return its expanded, rectangular CellTokens. */
export function placeRow(grid: Grid, cells: GridCell[], rowPoint: Point): CellToken[] {
  const covered = grid.pending.map((n) => n > 0)
  const spans: Array<[number, number]> = []
  const out: CellToken[] = []
  let col = 0
  for (const cell of cells) {
    while (covered[col]) out[col++] = empty(rowPoint)
    out[col] = { text: cell.text, line: cell.point.line, column: cell.point.column }
    for (let k = 1; k < cell.colspan; k++) out[col + k] = { ...empty(cell.at), covered: true }
    if (cell.rowspan > 1) for (let k = 0; k < cell.colspan; k++) spans.push([col + k, cell.rowspan - 1])
    col += cell.colspan
  }
  for (let c = col; c < covered.length; c++) if (covered.slice(c).some(Boolean)) out[c] = empty(rowPoint)
  grid.pending = grid.pending.map((n) => (n > 0 ? n - 1 : 0))
  for (const [c, n] of spans) {
    while (grid.pending.length < c) grid.pending.push(0)
    grid.pending[c] = n
  }
  for (let c = 0; c < out.length; c++) out[c] ??= empty(rowPoint)
  return out
}
