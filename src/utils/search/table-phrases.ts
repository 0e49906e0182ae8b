/**
 * The statistical tables of a report as phrases a search snippet can show: one per table row,
 * naming the table, the row as the page labels it, and its columns with their values —
 * 表二 行政处罚 本年处理决定数量 51, or 表二 规章 本年制发件数 0，本年废止件数 0，现行有效件数 0.
 * Tables 三 and 四 have many columns, mostly 0: their phrases name 总计 and the columns that are
 * not 0 (表三 一、本年新收政府信息公开申请数量 自然人 3，总计 3), and table 三 leaves out the
 * outcomes no request had (（三）不予公开 1.属于国家秘密 all 0), so a search for an outcome finds
 * the reports that report it; its rows 一, 二, （七）总计 and 四 are always there. This reads better
 * and keeps the index small: Pagefind's time grows with the text it is given.
 * Rows and labels come from the layouts the report page draws (src/utils/report/).
 */
import { requestRows } from '../../lib/template/labels.ts'
import { tableNames, type TableKey } from '../../lib/template/tables.ts'
import type { AppealTable, Cell, FormattedTable, ReportRecord } from '../../lib/types.ts'
import { appealValues } from '../report/appeal-layout.ts'
import { valueText } from '../report/cell-view.ts'
import { proactiveBlocks } from '../report/proactive-layout.ts'
import { requestLines } from '../report/request-layout.ts'

/** A column of a row and its cell (undefined: the engine did not find it). */
interface RowCell {
  column: string
  cell: Cell | undefined
}

/**
 * A cell's value in words: the number with its unit, or what a blank cell means (the words the
 * report page reads out for its dashes); null for a cell the engine did not find.
 */
function cellWords(cell: Cell | undefined): string | null {
  if (!cell) return null
  if (cell.value !== null) return valueText(cell)
  return cell.uncertain ? '无法确定' : '未填报'
}

/** The column every row of tables 三 and 四 ends with. */
const TOTAL = '总计'

/**
 * `表二 行政处罚 本年处理决定数量 51`; with `omitZeros`, columns whose value is 0 are left out
 * except 总计. Null when no cell of the row was found.
 */
function rowPhrase(table: TableKey, row: string, cells: readonly RowCell[], omitZeros = false): string | null {
  const values = cells.flatMap(({ column, cell }) => {
    const words = cellWords(cell)
    if (words === null || (omitZeros && cell?.value === 0 && column !== TOTAL)) return []
    // （七）总计 总计 0 says 总计 twice: the row's own name is enough.
    return [row.endsWith(column) ? words : `${column} ${words}`]
  })
  return values.length > 0 ? `${tableNames[table].short} ${row} ${values.join('，')}` : null
}

/** Table 二: a phrase per row, in template order. */
export function proactivePhrases(table: Pick<FormattedTable, 'format' | 'cells'>): string[] {
  return proactiveBlocks(table).flatMap((block) => block.rows.flatMap((r) => rowPhrase('proactive', r.row, r.cells) ?? []))
}

/**
 * Table 三: a phrase per row (labelled as on the page: （三）不予公开 1.属于国家秘密), in template
 * order, without the outcome rows whose every cell is 0.
 */
export function requestPhrases(table: Pick<FormattedTable, 'format' | 'cells'>): string[] {
  const rows = requestRows[table.format]
  return requestLines(table).flatMap((line, i) => {
    const none = rows[i]!.outcome && line.cells.every(({ cell }) => !cell || cell.value === 0)
    return none ? [] : (rowPhrase('requests', line.label, line.cells, true) ?? [])
  })
}

/** Table 四: a phrase per group (行政复议; 行政诉讼 未经复议直接起诉; 行政诉讼 复议后起诉) with its outcomes. */
export function appealPhrases(table: Pick<AppealTable, 'cells'>): string[] {
  const groups = new Map<string, RowCell[]>()
  for (const value of appealValues(table)) {
    const group = value.label.slice(0, -value.column.length).trim()
    groups.set(group, [...(groups.get(group) ?? []), { column: value.column, cell: value.cell }])
  }
  return [...groups].flatMap(([group, cells]) => rowPhrase('appeals', group, cells, true) ?? [])
}

/** The phrases of one table of `record`; [] when the table was not found. */
export function tablePhrases(record: Pick<ReportRecord, 'tables'>, key: TableKey): string[] {
  const { proactive, requests, appeals } = record.tables
  if (key === 'proactive') return proactive ? proactivePhrases(proactive) : []
  if (key === 'requests') return requests ? requestPhrases(requests) : []
  return appeals ? appealPhrases(appeals) : []
}
