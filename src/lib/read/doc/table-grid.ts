/**
 * The grid of a .doc table. A .doc stores no column grid, only each row's cell edges: the grid
 * columns are the distinct edges of all rows (edges a few twips apart are one), and a cell spans
 * the grid columns between its edges, so merged cells take their place as in the .docx. A row
 * without edges (or with a cell count its edges do not match) keeps one column per cell.
 */
import type { Block } from '../blocks.ts'
import type { WordRow } from '../word/table-blocks.ts'
import type { RowDef } from './sprms.ts'

/** A row as read from the text: its cells' content, and its definition from the row-end mark. */
export interface RowDraft {
  cells: Block[][]
  def: RowDef | null
}

/** Edges closer than this (twips; 1/1440 inch) are one grid line: visually the same border. */
const tolerance = 15

/** The definition of a row when it fits the row's cells. */
function fitting(row: RowDraft): RowDef | null {
  return row.def && row.def.edges.length === row.cells.length + 1 ? row.def : null
}

/** The grid lines of a table: every row's edges, sorted, near ones merged. */
function gridLines(rows: readonly RowDraft[]): number[] {
  const all = rows.flatMap((r) => fitting(r)?.edges ?? []).sort((a, b) => a - b)
  const lines: number[] = []
  for (const x of all) if (lines.length === 0 || x - lines[lines.length - 1] > tolerance) lines.push(x)
  return lines
}

/** The index of the grid line nearest to `x`. */
function lineIndex(lines: readonly number[], x: number): number {
  let best = 0
  for (let i = 1; i < lines.length; i++) if (Math.abs(lines[i] - x) < Math.abs(lines[best] - x)) best = i
  return best
}

/** The rows of a table in the Word table model (see the module comment). */
export function gridRows(rows: readonly RowDraft[]): WordRow[] {
  const lines = gridLines(rows)
  return rows.map((row) => {
    const def = fitting(row)
    if (!def) return { before: 0, cells: row.cells.map((content) => ({ content, span: 1, covered: false })) }
    const at = def.edges.map((x) => lineIndex(lines, x))
    return {
      before: at[0],
      cells: row.cells.map((content, i) => {
        const covered = def.covered[i] ?? false
        return { content: covered ? [] : content, span: Math.max(1, at[i + 1] - at[i]), covered }
      }),
    }
  })
}
