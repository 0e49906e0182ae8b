/**
 * Align the value cells found after a row label to the row's columns. The header tells how
 * many columns a row has; extraction adds empty cells (merged label cells, trailing tabs) and
 * loses cells. Excess empty cells are dropped from the end first, then from the start; a row
 * still too long or too short cannot be aligned and all its cells are uncertain.
 */
import type { CellToken } from '../types.ts'

/** How a row's cells were aligned. */
export type AlignStatus = 'exact' | 'trimmed' | 'short' | 'long' | 'empty'

/** The aligned cells (null where there is no cell) and the outcome. */
export interface Aligned {
  cells: (CellToken | null)[]
  status: AlignStatus
}

/** Align `values` (value-like cells, blanks included, in order) to `n` columns. */
export function alignValues(values: readonly CellToken[], n: number): Aligned {
  const list = [...values]
  if (list.length === 0) return { cells: new Array<CellToken | null>(n).fill(null), status: 'empty' }
  if (list.length === n) return { cells: list, status: 'exact' }
  if (list.length > n) {
    while (list.length > n && list.at(-1)!.text === '') list.pop()
    while (list.length > n && list[0]!.text === '') list.shift()
    if (list.length === n) return { cells: list, status: 'trimmed' }
    return { cells: new Array<CellToken | null>(n).fill(null), status: 'long' }
  }
  return { cells: new Array<CellToken | null>(n).fill(null), status: 'short' }
}
