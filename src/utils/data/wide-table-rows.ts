/**
 * The rows of a report's three tables as people read them: one row per table row of the
 * official template (the record's format), each with its group, its label and its cells by
 * column. The Excel-friendly CSV (wide-csv.ts) writes these rows.
 *
 * `group` is the heading the row stands under in the printed table (row-group.ts), so that a bare
 * 总计 or 其他 keeps its place; `item` is the canonical row label (the `row` of the record and of
 * the long CSV).
 */
import { appealColumns, appealRows, proactiveRows, requestColumns, requestRows } from '../../lib/template/labels.ts'
import { tableKeys, tableNames, type TableKey } from '../../lib/template/tables.ts'
import { cellLookup } from '../../lib/tables/cell-lookup.ts'
import type { Cell, ReportRecord } from '../../lib/types.ts'
import { appealGroup, requestGroup } from './row-group.ts'

/** One table row. */
export interface WideRow {
  table: TableKey
  /** The headings above the row label, outermost first, separated by a space (第二十条第（六）项; 三、本年度办理结果 （七）). */
  group: string
  /** The canonical row label; '' for the row that stands for a table not found. */
  item: string
  /** The row's columns in template order, each with its cell (undefined: the engine did not find it). */
  cells: { column: string; cell: Cell | undefined }[]
  /** True for the one row of a table the report does not have (or that could not be read). */
  missing?: true
}

/** The rows of one table as the record has it, in template order. */
function tableRows(record: Pick<ReportRecord, 'tables'>, key: TableKey): WideRow[] {
  const table = record.tables[key]
  if (!table) return [{ table: key, group: '', item: '', cells: [], missing: true }]
  const cellAt = cellLookup(table.cells)
  const row = (group: string, item: string, columns: readonly string[]): WideRow => ({
    table: key,
    group,
    item,
    cells: columns.map((column) => ({ column, cell: cellAt(item, column) })),
  })
  if (key === 'appeals') return appealRows.map((r) => row(appealGroup(r), r, appealColumns))
  const format = 'format' in table ? table.format : '2021'
  if (key === 'proactive') return proactiveRows[format].map((r) => row(r.item, r.row, r.columns))
  return requestRows[format].map((r) => row(requestGroup(r), r.row, requestColumns))
}

/** Every row of the record's tables 二, 三 and 四, in template order. */
export function wideTableRows(record: Pick<ReportRecord, 'tables'>): WideRow[] {
  return tableKeys.flatMap((key) => tableRows(record, key))
}

/** The short name of a row's table: 表二, 表三, 表四. */
export const tableShort = (key: TableKey): string => tableNames[key].short
