/**
 * A ruled table's text → its rows, in the one table model every reader hands on: each run goes
 * to the cell under its centre, a cell's lines are joined in order, and each grid row becomes a
 * `row` block with spans expanded (a merged cell's text once, in its first slot; covered slots '',
 * those of its colspan marked covered).
 */
import type { Block } from '../blocks.ts'
import type { Run } from './runs.ts'
import { type Grid, type GridCell, slotOf } from './table-grid.ts'
import { joinLines, textLines } from './text-lines.ts'

/** A ruled table placed on its page: its rows and where it starts. */
export interface PlacedTable {
  top: number
  bottom: number
  rows: Block[]
}

/** The point of a run that decides its cell: the middle of its glyphs. */
export function runCentre(run: Run): { x: number; y: number } {
  return { x: (run.x0 + run.x1) / 2, y: run.base - 0.35 * run.size }
}

/** Whether a run lies inside the grid's outer border. */
export function inGrid(grid: Grid, run: Run): boolean {
  const { x, y } = runCentre(run)
  return slotOf(grid.xs, x) >= 0 && slotOf(grid.ys, y) >= 0
}

/** The rows of a grid filled with `runs` (all of them inside it). */
export function tableRows(grid: Grid, runs: readonly Run[]): PlacedTable {
  const texts = new Map<GridCell, Run[]>()
  for (const run of runs) {
    const { x, y } = runCentre(run)
    const cell = grid.owner[slotOf(grid.ys, y)]?.[slotOf(grid.xs, x)]
    if (!cell) continue
    const list = texts.get(cell)
    if (list) list.push(run)
    else texts.set(cell, [run])
  }
  const rows: Block[] = grid.owner.map((slots, i) => ({
    kind: 'row',
    cells: slots.map((cell, j) => (cell.row === i && cell.col === j ? cellText(texts.get(cell)) : '')),
    // As in HTML: only the slots a cell spans in its own first row are marked (its colspan).
    covered: slots.map((cell, j) => cell.row === i && j > cell.col),
  }))
  return { top: grid.ys[0]!, bottom: grid.ys.at(-1)!, rows }
}

/** The text of one cell: its lines top to bottom, joined. */
function cellText(runs: readonly Run[] | undefined): string {
  return runs ? joinLines(textLines(runs).map((l) => l.text)) : ''
}
