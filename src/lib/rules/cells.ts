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

/** Both sums of a relation that could be evaluated, and whether they agree within the tolerance. */
export interface Sums {
  left: number
  right: number
  equal: boolean
}

/** Why a relation could not be evaluated (blank or missing cells, or mixed units), in Chinese. */
export interface Unevaluable {
  reason: string
}

/** Name a cell for people: 「总计」行「自然人」列. */
function cellName(cell: Cell): string {
  return `「${cell.row}」行「${cell.column}」列`
}

/** Why a relation with a missing or blank cell cannot be evaluated. */
function unevaluable(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): Unevaluable {
  const all = [...left, ...right]
  if (all.some((cell) => cell === undefined)) return { reason: '所需的单元格有的没有读出（整行缺失或无法读取）' }
  const blank = all.filter((cell) => valueOf(cell) === undefined) as Cell[]
  const unread = blank.some((cell) => cell.uncertain)
  const which = blank.length > 1 ? `${cellName(blank[0]!)}等 ${blank.length} 格` : cellName(blank[0]!)
  return { reason: `${which}${unread ? '无法读取或' : ''}为空（未填报），不能当作 0` }
}

/**
 * Evaluate Σ`left` against Σ`right`: both sums, or why they cannot be compared (a cell is missing
 * or blank, or the cells do not all carry the same unit).
 */
export function evaluateSums(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): Sums | Unevaluable {
  if (left.length + right.length === 0) return { reason: '没有可核对的单元格' }
  const unit = (left[0] ?? right[0])?.unit
  let sameUnit = true
  for (const side of [left, right])
    for (const cell of side) {
      if (valueOf(cell) === undefined) return unevaluable(left, right)
      if (cell!.unit !== unit) sameUnit = false
    }
  if (!sameUnit) return { reason: '各单元格的金额单位不同，不换算比较' }
  // Sums in order, from 0, as written left to right (floating point sums depend on the order).
  let l = 0
  let r = 0
  let magnitude = 0
  for (const cell of left) ((l += cell!.value!), (magnitude = Math.max(magnitude, Math.abs(cell!.value!))))
  for (const cell of right) ((r += cell!.value!), (magnitude = Math.max(magnitude, Math.abs(cell!.value!))))
  magnitude = Math.max(magnitude, Math.abs(l), Math.abs(r))
  return { left: l, right: r, equal: nearlyEqual(l, r, magnitude) }
}

/**
 * Compare Σ`left` with Σ`right`. Undefined when equal, or when the relation cannot be
 * evaluated: a cell is missing or blank, or the cells do not all carry the same unit.
 */
export function compareSums(left: readonly (Cell | undefined)[], right: readonly (Cell | undefined)[]): Mismatch | undefined {
  const sums = evaluateSums(left, right)
  if ('reason' in sums || sums.equal) return undefined
  return { left: sums.left, right: sums.right, difference: Math.abs(sums.left - sums.right) }
}

/** Whether all cells carry the same unit as written (no unit counts as a unit of its own). */
export function sameUnit(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cell.unit === cells[0]?.unit)
}
