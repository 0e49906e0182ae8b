/** The one way to find a table cell by its canonical row and column labels (rules and pages alike). */
import type { Cell } from '../types.ts'

/** Find a cell by canonical row and column label; the first cell at that place wins. */
export type CellLookup = (row: string, column: string) => Cell | undefined

const lookups = new WeakMap<readonly Cell[], CellLookup>()

/** A look-up over `cells`, keyed by row and column (built once per cell list). */
export function cellLookup(cells: readonly Cell[]): CellLookup {
  const known = lookups.get(cells)
  if (known) return known
  const rows = new Map<string, Map<string, Cell>>()
  for (const cell of cells) {
    let columns = rows.get(cell.row)
    if (!columns) rows.set(cell.row, (columns = new Map()))
    if (!columns.has(cell.column)) columns.set(cell.column, cell)
  }
  const lookup: CellLookup = (row, column) => rows.get(row)?.get(column)
  lookups.set(cells, lookup)
  return lookup
}
