/**
 * Cell arithmetic shared by the table rules: look-up by canonical labels, sums that skip
 * blank cells and mixed units, float-tolerant comparison and message-friendly numbers.
 */
import type { Cell } from '../types.ts'

/** Find a cell by canonical row and column label; the first cell at that place wins. */
export type CellLookup = (row: string, column: string) => Cell | undefined

/** A failed comparison: both sides and their absolute difference. */
export interface Mismatch {
  left: number
  right: number
  difference: number
}

/** Relative tolerance for sums of decimals (3.2 + 0.1 ≠ 3.3 in binary floating point). */
const relativeTolerance = 1e-9

const lookups = new WeakMap<readonly Cell[], CellLookup>()

/** Build a look-up over `cells`, keyed by row and column (built once per cell list). */
export function cellLookup(cells: readonly Cell[]): CellLookup {
  const known = lookups.get(cells)
  if (known) return known
  const lookup = buildLookup(cells)
  lookups.set(cells, lookup)
  return lookup
}

/** Index `cells` by row and column (nested maps: no key strings to build per look-up). */
function buildLookup(cells: readonly Cell[]): CellLookup {
  const rows = new Map<string, Map<string, Cell>>()
  for (const cell of cells) {
    let columns = rows.get(cell.row)
    if (!columns) rows.set(cell.row, (columns = new Map()))
    if (!columns.has(cell.column)) columns.set(cell.column, cell)
  }
  return (row, column) => rows.get(row)?.get(column)
}

/** The value a cell contributes, or undefined when it is missing, blank or not a finite number. */
export function valueOf(cell: Cell | undefined): number | undefined {
  return cell && typeof cell.value === 'number' && Number.isFinite(cell.value) ? cell.value : undefined
}

/** Whether two numbers are equal within the relative tolerance of the given magnitude. */
export function nearlyEqual(a: number, b: number, magnitude = Math.max(Math.abs(a), Math.abs(b))): boolean {
  return Math.abs(a - b) <= relativeTolerance * magnitude
}

/**
 * Compare Σ`left` with Σ`right`. Undefined when equal, or when the relation cannot be
 * evaluated: a cell is missing or blank, or the cells do not all carry the same unit.
 */
export function compareSums(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): Mismatch | undefined {
  const cells = [...left, ...right]
  const values = cells.map(valueOf)
  if (cells.length === 0 || values.some((value) => value === undefined)) return undefined
  if (!sameUnit(cells as Cell[])) return undefined
  const numbers = values as number[]
  const l = numbers.slice(0, left.length).reduce((a, b) => a + b, 0)
  const r = numbers.slice(left.length).reduce((a, b) => a + b, 0)
  const magnitude = Math.max(...numbers.map(Math.abs), Math.abs(l), Math.abs(r))
  if (nearlyEqual(l, r, magnitude)) return undefined
  return { left: l, right: r, difference: Math.abs(l - r) }
}

/** Whether all cells carry the same unit as written (no unit counts as a unit of its own). */
export function sameUnit(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell.unit === cells[0]?.unit)
}

/** Print a number for a message: at most 12 significant digits, so float noise never shows. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)))
}
