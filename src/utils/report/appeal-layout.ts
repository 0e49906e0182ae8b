/**
 * Table 四 in the official layout: 行政复议 | 行政诉讼 › 未经复议直接起诉 / 复议后起诉, each with
 * the five outcome columns, and one row of fifteen values.
 */
import { appealColumns, appealRows } from '../../lib/template/labels.ts'
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { AppealTable, Cell } from '../../lib/types.ts'

/** One of the fifteen values, with its group and column. */
export interface AppealValue {
  row: (typeof appealRows)[number]
  column: (typeof appealColumns)[number]
  /** Group and column for people: 行政诉讼 未经复议直接起诉 结果维持. */
  label: string
  cell: Cell | undefined
}

/** The group heading above a row label: 行政诉讼 for both kinds of lawsuit. */
const appealGroupOf = (row: string): string => (row === '行政复议' ? '行政复议' : '行政诉讼')

/** The fifteen values of a table 四, in template order. */
export function appealValues(table: Pick<AppealTable, 'cells'>): AppealValue[] {
  const cellAt = cellLookup(table.cells)
  return appealRows.flatMap((row) =>
    appealColumns.map((column) => ({
      row,
      column,
      label: row === '行政复议' ? `${row} ${column}` : `${appealGroupOf(row)} ${row} ${column}`,
      cell: cellAt(row, column),
    })),
  )
}
