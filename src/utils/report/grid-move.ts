/**
 * Where an arrow key moves focus in a table of numbers (src/client/table-keys.ts): left and
 * right along the row, up and down to the number below or above the current one's middle
 * (rows differ in width: table 二's blocks merge cells), Home/End to the row's ends and, with
 * Ctrl, to the table's first and last numbers. Pure: the page measures the cells.
 */

/** A cell's horizontal extent on screen. */
export interface GridCell {
  left: number
  right: number
}

/** A position in the grid: row, then the cell's index in that row. */
export interface GridPosition {
  row: number
  cell: number
}

/** The keys the grid answers. */
export const gridKeys: ReadonlySet<string> = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'])

/** The cell of `row` under the horizontal middle `x`, or the nearest one. */
function cellUnder(row: readonly GridCell[], x: number): number {
  let best = 0
  let distance = Infinity
  row.forEach((c, i) => {
    const d = x < c.left ? c.left - x : x > c.right ? x - c.right : 0
    if (d < distance) [best, distance] = [i, d]
  })
  return best
}

/** The position `key` moves to from `at`; null when it stays (an edge, or not a grid key). */
export function gridMove(rows: readonly (readonly GridCell[])[], at: GridPosition, key: string, ctrl = false): GridPosition | null {
  const row = rows[at.row]
  if (!row) return null
  let next: GridPosition
  if (key === 'Home' || key === 'End') {
    const r = ctrl ? (key === 'Home' ? 0 : rows.length - 1) : at.row
    next = { row: r, cell: key === 'Home' ? 0 : rows[r]!.length - 1 }
  } else if (key === 'ArrowLeft' || key === 'ArrowRight') {
    next = { row: at.row, cell: Math.min(Math.max(at.cell + (key === 'ArrowLeft' ? -1 : 1), 0), row.length - 1) }
  } else if (key === 'ArrowUp' || key === 'ArrowDown') {
    const r = at.row + (key === 'ArrowUp' ? -1 : 1)
    if (r < 0 || r >= rows.length) return null
    const here = row[at.cell]!
    next = { row: r, cell: cellUnder(rows[r]!, (here.left + here.right) / 2) }
  } else return null
  return next.row === at.row && next.cell === at.cell ? null : next
}
