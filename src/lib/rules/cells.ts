/**
 * Cell arithmetic shared by the table rules: look-up by canonical labels, sums that skip
 * blank cells and mixed units, float-tolerant comparison and message-friendly numbers.
 */
import type { Cell } from '../types.ts'
export { cellLookup, type CellLookup } from '../tables/cell-lookup.ts'
export { formatNumber } from '../text/format-number.ts'

/** A failed comparison: both sides and their absolute difference. */
export interface Mismatch {
  left: number
  right: number
  difference: number
}

/** Relative tolerance for sums of decimals (3.2 + 0.1 ≠ 3.3 in binary floating point). */
const relativeTolerance = 1e-9

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
  if (left.length + right.length === 0) return undefined
  for (const cell of left) if (valueOf(cell) === undefined) return undefined
  for (const cell of right) if (valueOf(cell) === undefined) return undefined
  const unit = (left[0] ?? right[0])!.unit
  for (const cell of left) if (cell!.unit !== unit) return undefined
  for (const cell of right) if (cell!.unit !== unit) return undefined
  // Sums in order, from 0, as written left to right (floating point sums depend on the order).
  let l = 0
  let r = 0
  let magnitude = 0
  for (const cell of left) ((l += cell!.value!), (magnitude = Math.max(magnitude, Math.abs(cell!.value!))))
  for (const cell of right) ((r += cell!.value!), (magnitude = Math.max(magnitude, Math.abs(cell!.value!))))
  magnitude = Math.max(magnitude, Math.abs(l), Math.abs(r))
  if (nearlyEqual(l, r, magnitude)) return undefined
  return { left: l, right: r, difference: Math.abs(l - r) }
}

/** Whether all cells carry the same unit as written (no unit counts as a unit of its own). */
export function sameUnit(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell.unit === cells[0]?.unit)
}
