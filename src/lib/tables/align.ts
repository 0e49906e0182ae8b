/**
 * Align the value cells found after a row label to the row's columns. The header tells how
 * many columns a row has; extraction adds empty cells (merged label cells, trailing tabs) and
 * loses cells. Excess empty cells are dropped from the end first, then from the start; a row
 * still too long or too short cannot be aligned and all its cells are uncertain.
 */
import type { CellToken } from '../types.ts'

/** How a row's cells were aligned. */
export type AlignStatus = 'exact' | 'trimmed' | 'placed' | 'short' | 'long' | 'empty'

/** The aligned cells (null where there is no cell) and the outcome. */
export interface Aligned {
  cells: (CellToken | null)[]
  status: AlignStatus
}

/**
 * Align `values` (value-like cells, blanks included, in order) to `n` columns. `edges` are
 * the display columns where each column's values end in space-aligned text (learned from
 * the table's complete rows): with them, a short row's values are placed by position.
 */
export function alignValues(values: readonly CellToken[], n: number, edges?: readonly number[] | null): Aligned {
  const list = [...values]
  if (list.length === 0) return { cells: new Array<CellToken | null>(n).fill(null), status: 'empty' }
  if (list.length === n) return { cells: list, status: 'exact' }
  if (list.length > n) {
    while (list.length > n && list.at(-1)!.text === '') list.pop()
    while (list.length > n && list[0]!.text === '') list.shift()
    if (list.length === n) return { cells: list, status: 'trimmed' }
    return { cells: new Array<CellToken | null>(n).fill(null), status: 'long' }
  }
  const placed = edges ? placeByEdges(list, edges) : null
  if (placed) return { cells: placed, status: 'placed' }
  return { cells: new Array<CellToken | null>(n).fill(null), status: 'short' }
}

/** Put each value under the column edge it ends at; null when any value is not clearly under one. */
function placeByEdges(values: readonly CellToken[], edges: readonly number[]): (CellToken | null)[] | null {
  const gaps = edges.slice(1).map((e, i) => e - edges[i]!)
  const tolerance = Math.max(1, Math.min(...gaps, 8) / 2)
  const cells = new Array<CellToken | null>(edges.length).fill(null)
  for (const v of values) {
    if (v.text === '') continue
    if (v.x === undefined) return null
    let best = 0
    for (let j = 1; j < edges.length; j++) if (Math.abs(edges[j]! - v.x) < Math.abs(edges[best]! - v.x)) best = j
    if (Math.abs(edges[best]! - v.x) > tolerance || cells[best]) return null
    cells[best] = v
  }
  return cells
}

/** Learn where each of `n` columns ends from rows that have exactly `n` filled, positioned values. */
export function learnEdges(rows: readonly { values: readonly CellToken[] }[], n: number): number[] | null {
  let samples: number[][] | null = null
  rows: for (const row of rows) {
    let filled = 0
    for (const v of row.values) {
      if (v.text === '') continue
      if (v.x === undefined || ++filled > n) continue rows
    }
    if (filled !== n) continue
    samples ??= Array.from({ length: n }, () => [])
    let i = 0
    for (const v of row.values) if (v.text !== '') samples[i++]!.push(v.x!)
  }
  if (!samples || samples[0]!.length < 2) return null
  const edges = samples.map((xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!)
  return edges.every((e, i) => i === 0 || e > edges[i - 1]!) ? edges : null
}
