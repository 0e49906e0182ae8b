/**
 * Value columns of a table without ruling lines: the rows that have a value in every column
 * teach where the columns are (the middle of each value); a row with fewer values has each put
 * under the nearest column, and the columns it lacks stay blank.
 */
import type { Chunk } from './chunks.ts'

/** The middle of a chunk. */
function centre(c: Chunk): number {
  return (c.x0 + c.x1) / 2
}

/** The median of some numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

/** Column centres from the rows with the most values (at least two such rows), else null. */
export function valueColumns(rows: readonly (readonly Chunk[])[]): number[] | null {
  const n = Math.max(0, ...rows.map((r) => r.length))
  const complete = rows.filter((r) => r.length === n)
  if (n < 2 || complete.length < 2) return null
  const centres = Array.from({ length: n }, (_, k) => median(complete.map((r) => centre(r[k]!))))
  return centres.every((c, k) => k === 0 || c > centres[k - 1]!) ? centres : null
}

/** A row's value texts in column order, '' where it has none; as written when they cannot be placed. */
export function placeValues(values: readonly Chunk[], columns: readonly number[] | null): string[] {
  const texts = values.map((v) => v.text)
  if (!columns || values.length >= columns.length) return texts
  const spacing = Math.min(...columns.slice(1).map((c, k) => c - columns[k]!))
  const out = new Array<string>(columns.length).fill('')
  for (const v of values) {
    let best = 0
    for (let k = 1; k < columns.length; k++) if (Math.abs(columns[k]! - centre(v)) < Math.abs(columns[best]! - centre(v))) best = k
    if (Math.abs(columns[best]! - centre(v)) > spacing / 2 || out[best]) return texts
    out[best] = v.text
  }
  return out
}
